import type { ProactiveMessages } from '../messages.js';

/*
 * Czech strings of the proactive-service elements (čeština). Draft: translated by the Polis
 * team with machine assistance, not yet reviewed by a native speaker. Addresses people as
 * "vy" (lower case mid-sentence); a suggestion is "návrh". Offer titles are quoted („…“)
 * after "Návrh", so the sentence does not depend on their gender or case. Plural forms:
 * `one` 1 den, `few` 2–4 dny, `other` 0, 5+ dní, `many` (fractions) 1,5 dne.
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Czech strings (draft, see `reviewed`). */
export const proactiveCs = {
  proactiveNotNow: 'Teď ne',
  proactiveDismiss: 'Znovu nezobrazovat',
  proactiveWhy: 'Proč to vidím?',
  proactiveDataUsed: 'Použili jsme tyto údaje:',
  proactiveSource: 'Zdroj: {source}',
  proactiveSourceUnknown: 'Služba neuvedla, odkud tento údaj pochází',
  proactiveYes: 'Ano',
  proactiveNo: 'Ne',
  proactiveOnDevice:
    'Tento návrh vznikl ve vašem prohlížeči z údajů, které služba už má. Nic se přitom neodesílalo.',
  proactiveTurnOffHint: 'Návrhy můžete skrýt nebo úplně vypnout:',
  proactiveSettingsLink: 'změnit nastavení návrhů',
  proactiveDeadline: 'Termín: {date}',
  proactiveDaysLeft: {
    one: 'zbývá {count} den',
    few: 'zbývají {count} dny',
    many: 'zbývá {count} dne',
    other: 'zbývá {count} dní',
  },
  proactiveSnoozedAnnouncement: {
    one: 'Skryto na {count} den. Můžete to změnit v nastavení návrhů.',
    few: 'Skryto na {count} dny. Můžete to změnit v nastavení návrhů.',
    many: 'Skryto na {count} dne. Můžete to změnit v nastavení návrhů.',
    other: 'Skryto na {count} dní. Můžete to změnit v nastavení návrhů.',
  },
  proactiveDismissedAnnouncement: 'Tento návrh už neuvidíte. Můžete to změnit v nastavení návrhů.',
  proactiveNew: 'Nové',
  proactiveListHeading: 'Služby, které byste mohli potřebovat',
  proactiveListIntro: 'Na základě údajů, které o vás už máme. U každého návrhu je uvedeno, proč ho vidíte.',
  proactiveListEmpty: 'Momentálně pro vás nemáme žádné návrhy.',
  proactiveListOff: 'Návrhy služeb máte vypnuté.',
  proactiveListSettings: 'Změnit nastavení návrhů',
  proactivePreferencesHeading: 'Návrhy služeb',
  proactivePreferencesQuestion: 'Zobrazovat návrhy služeb, které byste mohli potřebovat?',
  proactivePreferencesHint:
    'K navrhování služeb používáme údaje, které o vás už máme, například narození dítěte, které jste nahlásili. Vše se vyhodnocuje ve vašem prohlížeči a nic se neodesílá.',
  proactiveHiddenHeading: 'Návrhy, které jste skryli',
  proactiveHiddenNone: 'Neskryli jste žádné návrhy.',
  proactiveHiddenForGood: 'Rozhodli jste se tento návrh už nezobrazovat',
  proactiveHiddenUntil: 'Skryto do {date}',
  proactiveUnknownOffer: 'Návrh, který služba už nenabízí',
  proactiveShowAgain: 'Znovu zobrazit',
  proactiveShownAgainAnnouncement: 'Návrh „{title}“ se vám znovu zobrazí, až se vás bude týkat.',
  proactiveTurnedOnAnnouncement: 'Návrhy jsou zapnuté.',
  proactiveTurnedOffAnnouncement: 'Návrhy jsou vypnuté. Návrhy služeb se vám nebudou zobrazovat.',
  proactiveRememberedLasting: 'Vaše volby si toto zařízení zapamatuje.',
  proactiveRememberedSession:
    'Vaše volby platí jen do zavření prohlížeče, protože jste nepovolili soubory cookie, které si pamatují vaše nastavení.',
} satisfies ProactiveMessages;

export default proactiveCs;
