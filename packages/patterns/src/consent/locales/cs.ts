import type { ConsentMessages } from '../messages.js';

/*
 * Czech consent strings (čeština). Draft: translated by the Polis team with machine
 * assistance, not yet reviewed by a native speaker or a lawyer. Addresses people as "vy"
 * (lower case mid-sentence). Czech would decline a label after a preposition, so category
 * labels go in „…“ after "kategorie", lower-cased, and lists of purposes follow a colon or
 * stand in brackets. The banner heading makes the service its subject ("{service} používá
 * soubory cookie"), so a name is never declined; the fallback is "Tato služba". Services
 * write a category's `purpose` to finish "soubory cookie, které …" ("měří, jak službu
 * používáte").
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Czech consent strings (draft, see `reviewed`). */
export const consentCs = {
  consentBannerHeading: '{service} používá soubory cookie',
  consentBannerIntro: 'Používáme některé nezbytné soubory cookie, aby tato služba fungovala.',
  consentBannerAsk: 'Pokud souhlasíte, rádi bychom používali soubory cookie také pro tyto účely: {purposes}.',
  consentGpcHonoured:
    'Váš prohlížeč požádal weby, aby vaše údaje neprodávaly ani nesdílely (Global Privacy Control). Tuto žádost respektujeme: soubory cookie pro tyto účely ({purposes}) nebudeme používat, pokud je sami nezapnete v nastavení souborů cookie.',
  consentAccept: 'Přijmout doplňkové soubory cookie',
  consentReject: 'Odmítnout doplňkové soubory cookie',
  consentViewCookies: 'Zobrazit soubory cookie',
  consentAcceptedConfirmation:
    'Přijali jste doplňkové soubory cookie. Kdykoli můžete změnit nastavení souborů cookie.',
  consentRejectedConfirmation:
    'Odmítli jste doplňkové soubory cookie. Kdykoli můžete změnit nastavení souborů cookie.',
  consentPartialConfirmation:
    'Přijali jste některé doplňkové soubory cookie. Kdykoli můžete změnit nastavení souborů cookie.',
  consentChangeSettings: 'změnit nastavení souborů cookie',
  consentHide: 'Skrýt zprávu o souborech cookie',
  consentSettingsHeading: 'Změnit nastavení souborů cookie',
  consentNecessaryHeading: 'Nezbytně nutné soubory cookie',
  consentNecessaryText:
    'Tyto soubory cookie zajišťují fungování služby, například si pamatují vaše odpovědi a vaše volby týkající se souborů cookie. Jsou vždy zapnuté.',
  consentUse: 'Používat soubory cookie kategorie „{category:lower}“?',
  consentYes: 'Ano',
  consentNo: 'Ne',
  consentSave: 'Uložit nastavení souborů cookie',
  consentSaved: 'Vaše nastavení souborů cookie bylo uloženo.',
  consentChoiceRequired: 'U kategorie „{category:lower}“ vyberte ano, nebo ne',
  consentEmbedText:
    'Tento obsah pochází z webu {host}. Pokud ho načtete, web {host} bude moci ukládat soubory cookie, které {purpose}.',
  consentEmbedTextGeneric:
    'Tento obsah pochází z webu {host}. Pokud ho načtete, web {host} bude moci ukládat soubory cookie kategorie „{category:lower}“.',
  consentEmbedAllow: 'Povolit soubory cookie kategorie „{category:lower}“',
  consentEmbedSettings: 'Změnit nastavení souborů cookie',
  consentEmbedLabel: 'Obsah nebyl načten: {title}',
  consentServiceFallback: 'Tato služba',
  consentActionInvalid: 'Vyberte, zda doplňkové soubory cookie přijímáte, nebo odmítáte',
  consentGpcSettingsNote:
    'Váš prohlížeč odesílá signál Global Privacy Control, proto tyto soubory cookie zůstanou vypnuté, pokud nevyberete „Ano“.',
} satisfies ConsentMessages;

export default consentCs;
