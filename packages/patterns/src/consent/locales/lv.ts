import type { ConsentMessages } from '../messages.js';

/*
 * Latvian consent strings (latviešu). Draft: translated by the Polis team with machine
 * assistance, not yet reviewed by a native speaker or a lawyer. Addresses people as "jūs"
 * (lower case mid-sentence), with finite verbs ("pieņēmāt") rather than participles, which
 * would carry a gender. Latvian would decline a label, so category labels go in „…“ after
 * the genitive "kategorijas", lower-cased, and lists of purposes follow a colon or stand in
 * brackets. The banner heading makes the service its subject ("{service} izmanto
 * sīkdatnes"), so a name is never declined; the fallback is "Šis pakalpojums". Services
 * write a category's `purpose` to finish "sīkdatnes, kas …" ("mēra, kā jūs izmantojat
 * pakalpojumu").
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Latvian consent strings (draft, see `reviewed`). */
export const consentLv = {
  consentBannerHeading: '{service} izmanto sīkdatnes',
  consentBannerIntro: 'Mēs izmantojam dažas nepieciešamās sīkdatnes, lai šis pakalpojums darbotos.',
  consentBannerAsk: 'Ja piekrītat, mēs vēlētos izmantot sīkdatnes arī šādiem nolūkiem: {purposes}.',
  consentGpcHonoured:
    'Jūsu pārlūkprogramma lūdza vietnes nepārdot un nekopīgot jūsu datus (Global Privacy Control). Mēs to ievērojam: šiem nolūkiem ({purposes}) sīkdatnes neizmantosim, ja vien jūs tās neieslēgsiet sīkdatņu iestatījumos.',
  consentAccept: 'Pieņemt papildu sīkdatnes',
  consentReject: 'Noraidīt papildu sīkdatnes',
  consentViewCookies: 'Skatīt sīkdatnes',
  consentAcceptedConfirmation:
    'Jūs pieņēmāt papildu sīkdatnes. Jebkurā laikā varat mainīt sīkdatņu iestatījumus.',
  consentRejectedConfirmation:
    'Jūs noraidījāt papildu sīkdatnes. Jebkurā laikā varat mainīt sīkdatņu iestatījumus.',
  consentPartialConfirmation:
    'Jūs pieņēmāt dažas papildu sīkdatnes. Jebkurā laikā varat mainīt sīkdatņu iestatījumus.',
  consentChangeSettings: 'mainīt sīkdatņu iestatījumus',
  consentHide: 'Paslēpt ziņojumu par sīkdatnēm',
  consentSettingsHeading: 'Mainīt sīkdatņu iestatījumus',
  consentNecessaryHeading: 'Obligāti nepieciešamās sīkdatnes',
  consentNecessaryText:
    'Šīs sīkdatnes nodrošina pakalpojuma darbību, piemēram, atceras jūsu atbildes un jūsu izvēli par sīkdatnēm. Tās vienmēr ir ieslēgtas.',
  consentUse: 'Vai izmantot kategorijas „{category:lower}“ sīkdatnes?',
  consentYes: 'Jā',
  consentNo: 'Nē',
  consentSave: 'Saglabāt sīkdatņu iestatījumus',
  consentSaved: 'Jūsu sīkdatņu iestatījumi ir saglabāti.',
  consentChoiceRequired: 'Kategorijai „{category:lower}“ izvēlieties „Jā“ vai „Nē“',
  consentEmbedText:
    'Šis saturs ir no vietnes {host}. Ja to ielādēsiet, vietne {host} varēs saglabāt sīkdatnes, kas {purpose}.',
  consentEmbedTextGeneric:
    'Šis saturs ir no vietnes {host}. Ja to ielādēsiet, vietne {host} varēs saglabāt kategorijas „{category:lower}“ sīkdatnes.',
  consentEmbedAllow: 'Atļaut kategorijas „{category:lower}“ sīkdatnes',
  consentEmbedSettings: 'Mainīt sīkdatņu iestatījumus',
  consentEmbedLabel: 'Saturs nav ielādēts: {title}',
  consentServiceFallback: 'Šis pakalpojums',
  consentActionInvalid: 'Izvēlieties, vai pieņemat vai noraidāt papildu sīkdatnes',
  consentGpcSettingsNote:
    'Jūsu pārlūkprogramma sūta Global Privacy Control signālu, tāpēc šīs sīkdatnes paliek izslēgtas, ja vien neizvēlaties „Jā“.',
} satisfies ConsentMessages;

export default consentLv;
