import type { ConsentMessages } from '../messages.js';

/*
 * Slovak consent strings (slovenčina). Draft: translated by the Polis team with machine
 * assistance, not yet reviewed by a native speaker or a lawyer. Addresses people as "vy"
 * (lower case mid-sentence). Slovak would decline a label after a preposition, so category
 * labels go in „…“ after "kategórie", lower-cased, and lists of purposes follow a colon or
 * stand in brackets. The banner heading makes the service its subject ("{service} používa
 * súbory cookie"), so a name is never declined; the fallback is "Táto služba". Services
 * write a category's `purpose` to finish "súbory cookie, ktoré …" ("merajú, ako službu
 * používate").
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Slovak consent strings (draft, see `reviewed`). */
export const consentSk = {
  consentBannerHeading: '{service} používa súbory cookie',
  consentBannerIntro: 'Používame niektoré nevyhnutné súbory cookie, aby táto služba fungovala.',
  consentBannerAsk: 'Ak súhlasíte, radi by sme používali súbory cookie aj na tieto účely: {purposes}.',
  consentGpcHonoured:
    'Váš prehliadač požiadal webové stránky, aby vaše údaje nepredávali ani nezdieľali (Global Privacy Control). Túto požiadavku rešpektujeme: súbory cookie na tieto účely ({purposes}) nebudeme používať, pokiaľ ich sami nezapnete v nastaveniach súborov cookie.',
  consentAccept: 'Prijať doplnkové súbory cookie',
  consentReject: 'Odmietnuť doplnkové súbory cookie',
  consentViewCookies: 'Zobraziť súbory cookie',
  consentAcceptedConfirmation:
    'Prijali ste doplnkové súbory cookie. Kedykoľvek môžete zmeniť nastavenia súborov cookie.',
  consentRejectedConfirmation:
    'Odmietli ste doplnkové súbory cookie. Kedykoľvek môžete zmeniť nastavenia súborov cookie.',
  consentPartialConfirmation:
    'Prijali ste niektoré doplnkové súbory cookie. Kedykoľvek môžete zmeniť nastavenia súborov cookie.',
  consentChangeSettings: 'zmeniť nastavenia súborov cookie',
  consentHide: 'Skryť správu o súboroch cookie',
  consentSettingsHeading: 'Zmeniť nastavenia súborov cookie',
  consentNecessaryHeading: 'Nevyhnutne potrebné súbory cookie',
  consentNecessaryText:
    'Tieto súbory cookie zabezpečujú fungovanie služby, napríklad si pamätajú vaše odpovede a vaše voľby týkajúce sa súborov cookie. Sú vždy zapnuté.',
  consentUse: 'Používať súbory cookie kategórie „{category:lower}“?',
  consentYes: 'Áno',
  consentNo: 'Nie',
  consentSave: 'Uložiť nastavenia súborov cookie',
  consentSaved: 'Vaše nastavenia súborov cookie boli uložené.',
  consentChoiceRequired: 'Pri kategórii „{category:lower}“ vyberte áno, alebo nie',
  consentEmbedText:
    'Tento obsah pochádza z webu {host}. Ak ho načítate, web {host} bude môcť ukladať súbory cookie, ktoré {purpose}.',
  consentEmbedTextGeneric:
    'Tento obsah pochádza z webu {host}. Ak ho načítate, web {host} bude môcť ukladať súbory cookie kategórie „{category:lower}“.',
  consentEmbedAllow: 'Povoliť súbory cookie kategórie „{category:lower}“',
  consentEmbedSettings: 'Zmeniť nastavenia súborov cookie',
  consentEmbedLabel: 'Obsah nebol načítaný: {title}',
  consentServiceFallback: 'Táto služba',
  consentActionInvalid: 'Vyberte, či doplnkové súbory cookie prijímate, alebo odmietate',
  consentGpcSettingsNote:
    'Váš prehliadač odosiela signál Global Privacy Control, preto tieto súbory cookie zostanú vypnuté, pokiaľ nevyberiete „Áno“.',
} satisfies ConsentMessages;

export default consentSk;
