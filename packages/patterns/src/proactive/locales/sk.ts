import type { ProactiveMessages } from '../messages.js';

/*
 * Slovak strings of the proactive-service elements (slovenčina). Draft: translated by the
 * Polis team with machine assistance, not yet reviewed by a native speaker. Addresses people
 * as "vy" (lower case mid-sentence); a suggestion is "návrh". Offer titles are quoted („…“)
 * after "Návrh", so the sentence does not depend on their gender or case. Plural forms:
 * `one` 1 deň, `few` 2–4 dni, `other` 0, 5+ dní, `many` (fractions) 1,5 dňa.
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Slovak strings (draft, see `reviewed`). */
export const proactiveSk = {
  proactiveNotNow: 'Teraz nie',
  proactiveDismiss: 'Znova nezobrazovať',
  proactiveWhy: 'Prečo to vidím?',
  proactiveDataUsed: 'Použili sme tieto údaje:',
  proactiveSource: 'Zdroj: {source}',
  proactiveSourceUnknown: 'Služba neuviedla, odkiaľ tento údaj pochádza',
  proactiveYes: 'Áno',
  proactiveNo: 'Nie',
  proactiveOnDevice:
    'Tento návrh vznikol vo vašom prehliadači z údajov, ktoré služba už má. Nič sa pritom neodoslalo.',
  proactiveTurnOffHint: 'Návrhy môžete skryť alebo úplne vypnúť:',
  proactiveSettingsLink: 'zmeniť nastavenia návrhov',
  proactiveDeadline: 'Termín: {date}',
  proactiveDaysLeft: {
    one: 'zostáva {count} deň',
    few: 'zostávajú {count} dni',
    many: 'zostáva {count} dňa',
    other: 'zostáva {count} dní',
  },
  proactiveSnoozedAnnouncement: {
    one: 'Skryté na {count} deň. Môžete to zmeniť v nastaveniach návrhov.',
    few: 'Skryté na {count} dni. Môžete to zmeniť v nastaveniach návrhov.',
    many: 'Skryté na {count} dňa. Môžete to zmeniť v nastaveniach návrhov.',
    other: 'Skryté na {count} dní. Môžete to zmeniť v nastaveniach návrhov.',
  },
  proactiveDismissedAnnouncement: 'Tento návrh už neuvidíte. Môžete to zmeniť v nastaveniach návrhov.',
  proactiveNew: 'Nové',
  proactiveListHeading: 'Služby, ktoré by ste mohli potrebovať',
  proactiveListIntro:
    'Na základe údajov, ktoré o vás už máme. Pri každom návrhu je uvedené, prečo ho vidíte.',
  proactiveListEmpty: 'Momentálne pre vás nemáme žiadne návrhy.',
  proactiveListOff: 'Návrhy služieb máte vypnuté.',
  proactiveListSettings: 'Zmeniť nastavenia návrhov',
  proactivePreferencesHeading: 'Návrhy služieb',
  proactivePreferencesQuestion: 'Zobrazovať návrhy služieb, ktoré by ste mohli potrebovať?',
  proactivePreferencesHint:
    'Na navrhovanie služieb používame údaje, ktoré o vás už máme, napríklad narodenie dieťaťa, ktoré ste nahlásili. Všetko sa vyhodnocuje vo vašom prehliadači a nič sa neodosiela.',
  proactiveHiddenHeading: 'Návrhy, ktoré ste skryli',
  proactiveHiddenNone: 'Neskryli ste žiadne návrhy.',
  proactiveHiddenForGood: 'Rozhodli ste sa tento návrh už nezobrazovať',
  proactiveHiddenUntil: 'Skryté do {date}',
  proactiveUnknownOffer: 'Návrh, ktorý služba už neponúka',
  proactiveShowAgain: 'Znova zobraziť',
  proactiveShownAgainAnnouncement: 'Návrh „{title}“ sa vám znova zobrazí, keď sa vás bude týkať.',
  proactiveTurnedOnAnnouncement: 'Návrhy sú zapnuté.',
  proactiveTurnedOffAnnouncement: 'Návrhy sú vypnuté. Návrhy služieb sa vám nebudú zobrazovať.',
  proactiveRememberedLasting: 'Vaše voľby sa na tomto zariadení zapamätajú.',
  proactiveRememberedSession:
    'Vaše voľby platia len do zatvorenia prehliadača, pretože ste nepovolili súbory cookie, ktoré si pamätajú vaše nastavenia.',
} satisfies ProactiveMessages;

export default proactiveSk;
