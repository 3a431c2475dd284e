import type { ConsentMessages } from '../messages.js';

/*
 * Romanian consent strings (română). Draft: translated by the Polis team with machine
 * assistance, not yet reviewed by a native speaker or a lawyer. Addresses people as
 * "dumneavoastră", with ș and ț written with the comma below; quotations use „…”. Category
 * labels follow "cookie-uri de", so they read best as nouns ("Analiză", "Marketing"); the
 * `purpose` of a category finishes "cookie-uri care …" with a verb in the third person
 * plural ("măsoară modul în care folosiți serviciul").
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Romanian consent strings (draft, see `reviewed`). */
export const consentRo = {
  consentBannerHeading: 'Cookie-uri pe {service}',
  consentBannerIntro: 'Folosim câteva cookie-uri esențiale pentru ca acest serviciu să funcționeze.',
  consentBannerAsk: 'Dacă sunteți de acord, am dori să folosim cookie-uri și în aceste scopuri: {purposes}.',
  consentGpcHonoured:
    'Browserul dumneavoastră a cerut site-urilor să nu vă vândă și să nu vă partajeze datele (Global Privacy Control). Am respectat această cerere: nu vom folosi cookie-uri de {purposes} decât dacă le activați în setările pentru cookie-uri.',
  consentAccept: 'Acceptați cookie-urile suplimentare',
  consentReject: 'Respingeți cookie-urile suplimentare',
  consentViewCookies: 'Vedeți cookie-urile',
  consentAcceptedConfirmation:
    'Ați acceptat cookie-urile suplimentare. Puteți modifica setările pentru cookie-uri în orice moment.',
  consentRejectedConfirmation:
    'Ați respins cookie-urile suplimentare. Puteți modifica setările pentru cookie-uri în orice moment.',
  consentPartialConfirmation:
    'Ați acceptat unele cookie-uri suplimentare. Puteți modifica setările pentru cookie-uri în orice moment.',
  consentChangeSettings: 'modifica setările pentru cookie-uri',
  consentHide: 'Ascundeți mesajul despre cookie-uri',
  consentSettingsHeading: 'Modificați setările pentru cookie-uri',
  consentNecessaryHeading: 'Cookie-uri strict necesare',
  consentNecessaryText:
    'Aceste cookie-uri asigură funcționarea serviciului, de exemplu rețin răspunsurile dumneavoastră și opțiunile privind cookie-urile. Sunt întotdeauna active.',
  consentUse: 'Ne permiteți să folosim cookie-uri de {category:lower}?',
  consentYes: 'Da',
  consentNo: 'Nu',
  consentSave: 'Salvați setările pentru cookie-uri',
  consentSaved: 'Preferințele dumneavoastră privind cookie-urile au fost salvate.',
  consentChoiceRequired: 'Selectați da sau nu pentru cookie-urile de {category:lower}',
  consentEmbedText:
    'Acest conținut provine de la {host}. Dacă îl încărcați, {host} poate plasa cookie-uri care {purpose}.',
  consentEmbedTextGeneric:
    'Acest conținut provine de la {host}. Dacă îl încărcați, {host} poate plasa cookie-uri de {category:lower}.',
  consentEmbedAllow: 'Permiteți cookie-urile de {category:lower}',
  consentEmbedSettings: 'Modificați setările pentru cookie-uri',
  consentEmbedLabel: 'Conținut neîncărcat: {title}',
  consentServiceFallback: 'acest serviciu',
  consentActionInvalid: 'Selectați dacă acceptați sau respingeți cookie-urile suplimentare',
  consentGpcSettingsNote:
    'Browserul dumneavoastră trimite semnalul Global Privacy Control, așa că aceste cookie-uri rămân dezactivate, cu excepția cazului în care alegeți „da”.',
} satisfies ConsentMessages;

export default consentRo;
