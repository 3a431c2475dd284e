import type { ConsentMessages } from '../messages.js';

/*
 * Slovenian consent strings (slovenščina). Draft: translated by the Polis team with machine
 * assistance, not yet reviewed by a native speaker or a lawyer. Addresses people as "vi"
 * (lower case mid-sentence). Slovenian would decline a label after a preposition, so
 * category labels go in „…“ after "kategorije", lower-cased, and lists of purposes follow a
 * colon or stand in brackets. The banner heading makes the service its subject ("{service}
 * uporablja piškotke"), so a name is never declined; the fallback is "Ta storitev". Services
 * write a category's `purpose` to finish "piškotke, ki …" ("merijo, kako uporabljate
 * storitev").
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Slovenian consent strings (draft, see `reviewed`). */
export const consentSl = {
  consentBannerHeading: '{service} uporablja piškotke',
  consentBannerIntro: 'Uporabljamo nekaj nujnih piškotkov, da ta storitev deluje.',
  consentBannerAsk: 'Če se strinjate, bi radi uporabljali piškotke tudi za te namene: {purposes}.',
  consentGpcHonoured:
    'Vaš brskalnik je spletna mesta prosil, naj vaših podatkov ne prodajajo in ne delijo z drugimi (Global Privacy Control). To prošnjo upoštevamo: piškotkov za te namene ({purposes}) ne bomo uporabljali, razen če jih sami vklopite v nastavitvah piškotkov.',
  consentAccept: 'Sprejmi dodatne piškotke',
  consentReject: 'Zavrni dodatne piškotke',
  consentViewCookies: 'Prikaži piškotke',
  consentAcceptedConfirmation:
    'Sprejeli ste dodatne piškotke. Kadar koli lahko spremenite nastavitve piškotkov.',
  consentRejectedConfirmation:
    'Zavrnili ste dodatne piškotke. Kadar koli lahko spremenite nastavitve piškotkov.',
  consentPartialConfirmation:
    'Sprejeli ste nekatere dodatne piškotke. Kadar koli lahko spremenite nastavitve piškotkov.',
  consentChangeSettings: 'spremenite nastavitve piškotkov',
  consentHide: 'Skrij sporočilo o piškotkih',
  consentSettingsHeading: 'Spremenite nastavitve piškotkov',
  consentNecessaryHeading: 'Nujno potrebni piškotki',
  consentNecessaryText:
    'Ti piškotki omogočajo delovanje storitve, na primer si zapomnijo vaše odgovore in vaše izbire glede piškotkov. Vedno so vklopljeni.',
  consentUse: 'Ali želite uporabljati piškotke kategorije „{category:lower}“?',
  consentYes: 'Da',
  consentNo: 'Ne',
  consentSave: 'Shrani nastavitve piškotkov',
  consentSaved: 'Vaše nastavitve piškotkov so shranjene.',
  consentChoiceRequired: 'Za kategorijo „{category:lower}“ izberite da ali ne',
  consentEmbedText:
    'Ta vsebina prihaja s spletnega mesta {host}. Če jo naložite, lahko spletno mesto {host} nastavi piškotke, ki {purpose}.',
  consentEmbedTextGeneric:
    'Ta vsebina prihaja s spletnega mesta {host}. Če jo naložite, lahko spletno mesto {host} nastavi piškotke kategorije „{category:lower}“.',
  consentEmbedAllow: 'Dovoli piškotke kategorije „{category:lower}“',
  consentEmbedSettings: 'Spremenite nastavitve piškotkov',
  consentEmbedLabel: 'Vsebina ni naložena: {title}',
  consentServiceFallback: 'Ta storitev',
  consentActionInvalid: 'Izberite, ali dodatne piškotke sprejmete ali zavrnete',
  consentGpcSettingsNote:
    'Vaš brskalnik pošilja signal Global Privacy Control, zato ti piškotki ostanejo izklopljeni, razen če izberete „Da“.',
} satisfies ConsentMessages;

export default consentSl;
