import type { ProactiveMessages } from '../messages.js';

/*
 * Maltese strings of the proactive-service elements (Malti). Draft: translated by the Polis
 * team with machine assistance, not yet reviewed by a native speaker. Lower confidence than
 * most drafts. Addresses people in the singular, as the components do. Plural forms: `one`
 * 1 jum, `two` 2 and `few` (0, 3–10) jiem, `many` (11–19) and `other` (20+) take the singular
 * again ("20 jum"). Offer titles are quoted (“…”) as the subject, so no article or gender
 * has to agree with them.
 */

/** Whether a native speaker has reviewed these strings: not yet. */
export const reviewed = false;

/** Maltese strings (draft, see `reviewed`). */
export const proactiveMt = {
  proactiveNotNow: 'Mhux issa',
  proactiveDismiss: 'Terġax turini dan',
  proactiveWhy: 'Għaliex qed nara dan?',
  proactiveDataUsed: 'Użajna din l-informazzjoni:',
  proactiveSource: 'Sors: {source}',
  proactiveSourceUnknown: 'Is-servizz ma qalx minn fejn ġiet din l-informazzjoni',
  proactiveYes: 'Iva',
  proactiveNo: 'Le',
  proactiveOnDevice:
    'Dan is-suġġeriment inħadem fil-browser tiegħek mill-informazzjoni li s-servizz diġà għandu. Ma ntbagħat xejn biex jinħadem.',
  proactiveTurnOffHint: 'Tista’ taħbi s-suġġerimenti jew titfihom:',
  proactiveSettingsLink: 'ibdel is-settings tas-suġġerimenti tiegħek',
  proactiveDeadline: 'Skadenza: {date}',
  proactiveDaysLeft: {
    one: 'fadal {count} jum',
    two: 'fadal {count} jiem',
    few: 'fadal {count} jiem',
    many: 'fadal {count} jum',
    other: 'fadal {count} jum',
  },
  proactiveSnoozedAnnouncement: {
    one: 'Moħbi għal {count} jum. Tista’ tibdel dan fis-settings tas-suġġerimenti tiegħek.',
    two: 'Moħbi għal {count} jiem. Tista’ tibdel dan fis-settings tas-suġġerimenti tiegħek.',
    few: 'Moħbi għal {count} jiem. Tista’ tibdel dan fis-settings tas-suġġerimenti tiegħek.',
    many: 'Moħbi għal {count} jum. Tista’ tibdel dan fis-settings tas-suġġerimenti tiegħek.',
    other: 'Moħbi għal {count} jum. Tista’ tibdel dan fis-settings tas-suġġerimenti tiegħek.',
  },
  proactiveDismissedAnnouncement:
    'Mhux se terġa’ tara dan is-suġġeriment. Tista’ tibdel dan fis-settings tas-suġġerimenti tiegħek.',
  proactiveNew: 'Ġdid',
  proactiveListHeading: 'Servizzi li jista’ jkollok bżonn',
  proactiveListIntro:
    'Abbażi ta’ informazzjoni li diġà għandna dwarek. Kull suġġeriment jgħid għaliex qed tarah.',
  proactiveListEmpty: 'Bħalissa m’hemm l-ebda suġġeriment għalik.',
  proactiveListOff: 'Tfejt is-suġġerimenti għas-servizzi.',
  proactiveListSettings: 'Ibdel is-settings tas-suġġerimenti tiegħek',
  proactivePreferencesHeading: 'Suġġerimenti għas-servizzi',
  proactivePreferencesQuestion: 'Nurulek suġġerimenti għal servizzi li jista’ jkollok bżonn?',
  proactivePreferencesHint:
    'Nużaw informazzjoni li diġà għandna dwarek, bħal twelid li rreġistrajt, biex nissuġġerulek servizzi. Dan jinħadem fil-browser tiegħek u ma jintbagħat xejn.',
  proactiveHiddenHeading: 'Suġġerimenti li ħbejt',
  proactiveHiddenNone: 'Ma ħbejt l-ebda suġġeriment.',
  proactiveHiddenForGood: 'Għażilt li ma terġax tara dan',
  proactiveHiddenUntil: 'Moħbi sa {date}',
  proactiveUnknownOffer: 'Suġġeriment li s-servizz m’għadux jagħmel',
  proactiveShowAgain: 'Erġa’ uri',
  proactiveShownAgainAnnouncement: '“{title}” jerġa’ jiġi ssuġġerit lilek meta japplika għalik.',
  proactiveTurnedOnAnnouncement: 'Is-suġġerimenti huma mixgħula.',
  proactiveTurnedOffAnnouncement: 'Is-suġġerimenti huma mitfija. Mhux se tara suġġerimenti għas-servizzi.',
  proactiveRememberedLasting: 'L-għażliet tiegħek jinżammu f’dan it-tagħmir.',
  proactiveRememberedSession:
    'L-għażliet tiegħek jinżammu sakemm tagħlaq il-browser, għax ma ppermettejtx il-cookies li jiftakru s-settings tiegħek.',
} satisfies ProactiveMessages;

export default proactiveMt;
