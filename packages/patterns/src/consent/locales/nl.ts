import type { ConsentMessages } from '../messages.js';

/*
 * Dutch consent strings (Nederlands). Draft: translated by the Polis team with machine
 * assistance, not yet reviewed by a native speaker or a lawyer. Addresses people as "u";
 * quotations use ‘…’. Dutch would join a category to "cookies" in one word
 * ("marketingcookies"), which a template cannot do, so labels follow "cookies voor" and read
 * best as nouns ("Statistieken", "Marketing"). The `purpose` of a category finishes
 * "cookies … die …" ("meten hoe u de dienst gebruikt").
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Dutch consent strings (draft, see `reviewed`). */
export const consentNl = {
  consentBannerHeading: 'Cookies op {service}',
  consentBannerIntro: 'We gebruiken een aantal noodzakelijke cookies om deze dienst te laten werken.',
  consentBannerAsk: 'Als u akkoord gaat, willen we ook cookies gebruiken voor deze doelen: {purposes}.',
  consentGpcHonoured:
    'Uw browser heeft websites gevraagd uw gegevens niet te verkopen of te delen (Global Privacy Control). Daar houden we ons aan: we gebruiken geen cookies voor {purposes}, tenzij u ze aanzet in uw cookie-instellingen.',
  consentAccept: 'Aanvullende cookies accepteren',
  consentReject: 'Aanvullende cookies weigeren',
  consentViewCookies: 'Cookies bekijken',
  consentAcceptedConfirmation:
    'U hebt aanvullende cookies geaccepteerd. U kunt op elk moment uw cookie-instellingen wijzigen.',
  consentRejectedConfirmation:
    'U hebt aanvullende cookies geweigerd. U kunt op elk moment uw cookie-instellingen wijzigen.',
  consentPartialConfirmation:
    'U hebt een deel van de aanvullende cookies geaccepteerd. U kunt op elk moment uw cookie-instellingen wijzigen.',
  consentChangeSettings: 'uw cookie-instellingen wijzigen',
  consentHide: 'Cookiebericht verbergen',
  consentSettingsHeading: 'Uw cookie-instellingen wijzigen',
  consentNecessaryHeading: 'Strikt noodzakelijke cookies',
  consentNecessaryText:
    'Deze cookies zorgen ervoor dat de dienst werkt, bijvoorbeeld door uw antwoorden en uw cookiekeuzes te onthouden. Ze staan altijd aan.',
  consentUse: 'Mogen we cookies voor {category:lower} gebruiken?',
  consentYes: 'Ja',
  consentNo: 'Nee',
  consentSave: 'Cookie-instellingen opslaan',
  consentSaved: 'Uw cookievoorkeuren zijn opgeslagen.',
  consentChoiceRequired: 'Kies ja of nee bij cookies voor {category:lower}',
  consentEmbedText:
    'Deze inhoud komt van {host}. Als u deze laadt, kan {host} cookies plaatsen die {purpose}.',
  consentEmbedTextGeneric:
    'Deze inhoud komt van {host}. Als u deze laadt, kan {host} cookies voor {category:lower} plaatsen.',
  consentEmbedAllow: 'Cookies voor {category:lower} toestaan',
  consentEmbedSettings: 'Uw cookie-instellingen wijzigen',
  consentEmbedLabel: 'Inhoud niet geladen: {title}',
  consentServiceFallback: 'deze dienst',
  consentActionInvalid: 'Kies of u aanvullende cookies accepteert of weigert',
  consentGpcSettingsNote:
    'Uw browser stuurt het signaal Global Privacy Control. Daarom blijven deze cookies uit, tenzij u ‘ja’ kiest.',
} satisfies ConsentMessages;

export default consentNl;
