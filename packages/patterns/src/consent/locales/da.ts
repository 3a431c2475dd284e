import type { ConsentMessages } from '../messages.js';

/*
 * Danish consent strings (dansk). Draft: translated by the Polis team with machine
 * assistance, not yet reviewed by a native speaker or a lawyer. Addresses people as "du", as
 * Danish public services and the components' Danish strings do; quotations use »…«. Danish
 * would join a category to "cookies" in one word ("marketingcookies"), which a template cannot
 * do, so labels follow "cookies til" and read best as nouns ("Statistik", "Marketing"). The
 * `purpose` of a category finishes "cookies, der …" ("måler, hvordan du bruger tjenesten").
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Danish consent strings (draft, see `reviewed`). */
export const consentDa = {
  consentBannerHeading: 'Cookies på {service}',
  consentBannerIntro: 'Vi bruger nogle nødvendige cookies for at få denne tjeneste til at virke.',
  consentBannerAsk: 'Vi vil også gerne bruge cookies til disse formål, hvis du giver samtykke: {purposes}.',
  consentGpcHonoured:
    'Din browser har bedt websites om ikke at sælge eller dele dine data (Global Privacy Control). Det respekterer vi: Vi bruger ikke cookies til {purposes}, medmindre du slår dem til i dine cookieindstillinger.',
  consentAccept: 'Accepter yderligere cookies',
  consentReject: 'Afvis yderligere cookies',
  consentViewCookies: 'Se cookies',
  consentAcceptedConfirmation:
    'Du har accepteret yderligere cookies. Du kan til enhver tid ændre dine cookieindstillinger.',
  consentRejectedConfirmation:
    'Du har afvist yderligere cookies. Du kan til enhver tid ændre dine cookieindstillinger.',
  consentPartialConfirmation:
    'Du har accepteret nogle af de yderligere cookies. Du kan til enhver tid ændre dine cookieindstillinger.',
  consentChangeSettings: 'ændre dine cookieindstillinger',
  consentHide: 'Skjul cookiebeskeden',
  consentSettingsHeading: 'Rediger dine cookieindstillinger',
  consentNecessaryHeading: 'Strengt nødvendige cookies',
  consentNecessaryText:
    'Disse cookies får tjenesten til at virke, fx ved at huske dine svar og dine valg om cookies. De er altid slået til.',
  consentUse: 'Må vi bruge cookies til {category:lower}?',
  consentYes: 'Ja',
  consentNo: 'Nej',
  consentSave: 'Gem cookieindstillinger',
  consentSaved: 'Dine cookieindstillinger er gemt.',
  consentChoiceRequired: 'Vælg ja eller nej ved cookies til {category:lower}',
  consentEmbedText:
    'Dette indhold kommer fra {host}. Hvis du indlæser det, kan {host} sætte cookies, der {purpose}.',
  consentEmbedTextGeneric:
    'Dette indhold kommer fra {host}. Hvis du indlæser det, kan {host} sætte cookies til {category:lower}.',
  consentEmbedAllow: 'Tillad cookies til {category:lower}',
  consentEmbedSettings: 'Rediger dine cookieindstillinger',
  consentEmbedLabel: 'Indholdet er ikke indlæst: {title}',
  consentServiceFallback: 'denne tjeneste',
  consentActionInvalid: 'Vælg, om du vil acceptere eller afvise yderligere cookies',
  consentGpcSettingsNote:
    'Din browser sender signalet Global Privacy Control, så disse cookies forbliver slået fra, medmindre du vælger »ja«.',
} satisfies ConsentMessages;

export default consentDa;
