import type { ConsentMessages } from '../messages.js';

/*
 * Lithuanian consent strings (lietuvių). Draft: translated by the Polis team with machine
 * assistance, not yet reviewed by a native speaker or a lawyer. Addresses people as "jūs"
 * (lower case mid-sentence), with finite verbs ("Priėmėte") rather than participles, which
 * would carry a gender. Lithuanian would decline a label, so category labels go in „…“
 * after the genitive "kategorijos", lower-cased, and lists of purposes follow a colon or
 * stand in brackets. The banner heading makes the service its subject ("{service} naudoja
 * slapukus"), so a name is never declined; the fallback is "Ši paslauga". Services write a
 * category's `purpose` to finish "slapukus, kurie …" ("matuoja, kaip naudojatės paslauga").
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Lithuanian consent strings (draft, see `reviewed`). */
export const consentLt = {
  consentBannerHeading: '{service} naudoja slapukus',
  consentBannerIntro: 'Naudojame kelis būtinuosius slapukus, kad ši paslauga veiktų.',
  consentBannerAsk: 'Jei sutinkate, norėtume naudoti slapukus ir šiems tikslams: {purposes}.',
  consentGpcHonoured:
    'Jūsų naršyklė paprašė svetainių neparduoti jūsų duomenų ir jais nesidalyti (Global Privacy Control). Paisome šio prašymo: šiems tikslams ({purposes}) slapukų nenaudosime, nebent juos įjungsite slapukų nustatymuose.',
  consentAccept: 'Priimti papildomus slapukus',
  consentReject: 'Atmesti papildomus slapukus',
  consentViewCookies: 'Peržiūrėti slapukus',
  consentAcceptedConfirmation: 'Priėmėte papildomus slapukus. Bet kada galite pakeisti slapukų nustatymus.',
  consentRejectedConfirmation: 'Atmetėte papildomus slapukus. Bet kada galite pakeisti slapukų nustatymus.',
  consentPartialConfirmation: 'Priėmėte dalį papildomų slapukų. Bet kada galite pakeisti slapukų nustatymus.',
  consentChangeSettings: 'pakeisti slapukų nustatymus',
  consentHide: 'Slėpti pranešimą apie slapukus',
  consentSettingsHeading: 'Keisti slapukų nustatymus',
  consentNecessaryHeading: 'Būtinieji slapukai',
  consentNecessaryText:
    'Šie slapukai užtikrina, kad paslauga veiktų, pavyzdžiui, įsimena jūsų atsakymus ir pasirinkimus dėl slapukų. Jie visada įjungti.',
  consentUse: 'Naudoti kategorijos „{category:lower}“ slapukus?',
  consentYes: 'Taip',
  consentNo: 'Ne',
  consentSave: 'Išsaugoti slapukų nustatymus',
  consentSaved: 'Jūsų slapukų nustatymai išsaugoti.',
  consentChoiceRequired: 'Kategorijai „{category:lower}“ pasirinkite „Taip“ arba „Ne“',
  consentEmbedText:
    'Šis turinys yra iš svetainės {host}. Jei jį įkelsite, svetainė {host} galės įrašyti slapukus, kurie {purpose}.',
  consentEmbedTextGeneric:
    'Šis turinys yra iš svetainės {host}. Jei jį įkelsite, svetainė {host} galės įrašyti kategorijos „{category:lower}“ slapukus.',
  consentEmbedAllow: 'Leisti kategorijos „{category:lower}“ slapukus',
  consentEmbedSettings: 'Keisti slapukų nustatymus',
  consentEmbedLabel: 'Turinys neįkeltas: {title}',
  consentServiceFallback: 'Ši paslauga',
  consentActionInvalid: 'Pasirinkite, ar priimate, ar atmetate papildomus slapukus',
  consentGpcSettingsNote:
    'Jūsų naršyklė siunčia Global Privacy Control signalą, todėl šie slapukai lieka išjungti, nebent pasirinksite „Taip“.',
} satisfies ConsentMessages;

export default consentLt;
