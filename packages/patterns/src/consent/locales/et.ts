import type { ConsentMessages } from '../messages.js';

/*
 * Estonian consent strings (eesti). Draft: translated by the Polis team with machine
 * assistance, not yet reviewed by a native speaker or a lawyer. Instructions use the polite
 * plural ("Valige"), buttons and links the short form ("Salvesta"), as in the components.
 * The heading is a sentence ("{service} kasutab küpsiseid", fallback "See teenus"), because a
 * service name cannot take a case ending. Category labels are quoted as given („…“) after
 * "kategooria", which fits any label. `{purpose}` finishes "küpsiseid, mis …" ("mõõdavad,
 * kuidas te teenust kasutate").
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Estonian consent strings (draft, see `reviewed`). */
export const consentEt = {
  consentBannerHeading: '{service} kasutab küpsiseid',
  consentBannerIntro: 'Kasutame mõningaid hädavajalikke küpsiseid, et see teenus toimiks.',
  consentBannerAsk: 'Kui olete nõus, sooviksime kasutada küpsiseid ka järgmistel eesmärkidel: {purposes}.',
  consentGpcHonoured:
    'Teie brauser palus veebisaitidel teie andmeid mitte müüa ega jagada (Global Privacy Control). Me järgime seda: järgmistel eesmärkidel me küpsiseid ei kasuta, kui te neid oma küpsiste seadetes ise sisse ei lülita: {purposes}.',
  consentAccept: 'Nõustu lisaküpsistega',
  consentReject: 'Keeldu lisaküpsistest',
  consentViewCookies: 'Vaata küpsiseid',
  consentAcceptedConfirmation: 'Olete lisaküpsistega nõustunud. Saate igal ajal muuta oma küpsiste seadeid.',
  consentRejectedConfirmation: 'Olete lisaküpsistest keeldunud. Saate igal ajal muuta oma küpsiste seadeid.',
  consentPartialConfirmation:
    'Olete nõustunud osaga lisaküpsistest. Saate igal ajal muuta oma küpsiste seadeid.',
  consentChangeSettings: 'muuta oma küpsiste seadeid',
  consentHide: 'Peida küpsiste teade',
  consentSettingsHeading: 'Muutke oma küpsiste seadeid',
  consentNecessaryHeading: 'Hädavajalikud küpsised',
  consentNecessaryText:
    'Need küpsised tagavad teenuse toimimise, näiteks jätavad meelde teie vastused ja küpsistega seotud valikud. Need on alati sisse lülitatud.',
  consentUse: 'Kas kasutada kategooria „{category}“ küpsiseid?',
  consentYes: 'Jah',
  consentNo: 'Ei',
  consentSave: 'Salvesta küpsiste seaded',
  consentSaved: 'Teie küpsiste eelistused on salvestatud.',
  consentChoiceRequired: 'Valige kategooria „{category}“ jaoks „Jah“ või „Ei“',
  consentEmbedText:
    'See sisu pärineb saidilt {host}. Kui selle laadite, saab {host} salvestada küpsiseid, mis {purpose}.',
  consentEmbedTextGeneric:
    'See sisu pärineb saidilt {host}. Kui selle laadite, saab {host} salvestada kategooria „{category}“ küpsiseid.',
  consentEmbedAllow: 'Luba kategooria „{category}“ küpsised',
  consentEmbedSettings: 'Muuda küpsiste seadeid',
  consentEmbedLabel: 'Sisu pole laaditud: {title}',
  consentServiceFallback: 'See teenus',
  consentActionInvalid: 'Valige, kas nõustute lisaküpsistega või keeldute neist',
  consentGpcSettingsNote:
    'Teie brauser saadab signaali Global Privacy Control, seega jäävad need küpsised välja lülitatuks, kui te ei vali „Jah“.',
} satisfies ConsentMessages;

export default consentEt;
