/**
 * The strings of the proactive-service elements (the prompt, the prompt list and the
 * preferences view). The offers' own texts come from the offers. English is always bundled;
 * other languages load on demand (`await proactiveMessages.load(lang)`).
 */
import { createCatalogue, type PluralMessage } from '@polis-ds/components';

/** Every proactive-services string. Keys start with `proactive` so they never collide with other catalogues. */
export interface ProactiveMessages {
  /** "Not now" button: hides the prompt for a while. */
  proactiveNotNow: string;
  /** "Don't show me this again" button: hides the prompt for good (reversible in the settings). */
  proactiveDismiss: string;
  /** The disclosure that explains a prompt. */
  proactiveWhy: string;
  /** In the disclosure, before the facts used. */
  proactiveDataUsed: string;
  /** After a fact: where it came from. `{source}`. */
  proactiveSource: string;
  /** After a fact the service gave without a source. */
  proactiveSourceUnknown: string;
  /** A true fact. */
  proactiveYes: string;
  /** A false fact. */
  proactiveNo: string;
  /** In the disclosure: where the suggestion was worked out. */
  proactiveOnDevice: string;
  /** In the disclosure, before the link to the settings. */
  proactiveTurnOffHint: string;
  /** Link text to the suggestion settings (also used in the list). */
  proactiveSettingsLink: string;
  /** The deadline. `{date}`: the date in words, marked up as `<time>`. */
  proactiveDeadline: string;
  /** After the deadline: how long is left. `{count}` days. */
  proactiveDaysLeft: PluralMessage;
  /** Announced after "Not now". `{count}`: the days it is hidden for. */
  proactiveSnoozedAnnouncement: PluralMessage;
  /** Announced after "Don't show me this again". */
  proactiveDismissedAnnouncement: string;
  /** The "New" tag on a prompt people have not seen before. */
  proactiveNew: string;
  /** Heading of the prompt list. */
  proactiveListHeading: string;
  /** The sentence under the list heading. */
  proactiveListIntro: string;
  /** The list with nothing to show. */
  proactiveListEmpty: string;
  /** The list when suggestions are turned off. */
  proactiveListOff: string;
  /** The list's link to the suggestion settings. */
  proactiveListSettings: string;
  /** Heading of the preferences view. */
  proactivePreferencesHeading: string;
  /** The question of the on/off switch. */
  proactivePreferencesQuestion: string;
  /** Hint under the question. */
  proactivePreferencesHint: string;
  /** Heading of the hidden suggestions. */
  proactiveHiddenHeading: string;
  /** No hidden suggestions. */
  proactiveHiddenNone: string;
  /** A suggestion hidden for good. */
  proactiveHiddenForGood: string;
  /** A suggestion hidden until a date. `{date}`. */
  proactiveHiddenUntil: string;
  /** A hidden suggestion that the service no longer offers (its title is unknown). */
  proactiveUnknownOffer: string;
  /** Button that shows a hidden suggestion again. */
  proactiveShowAgain: string;
  /** Announced after "Show again". `{title}`. */
  proactiveShownAgainAnnouncement: string;
  /** Announced when suggestions are turned on. */
  proactiveTurnedOnAnnouncement: string;
  /** Announced when suggestions are turned off. */
  proactiveTurnedOffAnnouncement: string;
  /** How long choices are kept: on the device (consent allows). */
  proactiveRememberedLasting: string;
  /** How long choices are kept: this browser session. */
  proactiveRememberedSession: string;
}

/** English strings. */
export const proactiveEn = {
  proactiveNotNow: 'Not now',
  proactiveDismiss: 'Don’t show me this again',
  proactiveWhy: 'Why am I seeing this?',
  proactiveDataUsed: 'We used this information:',
  proactiveSource: 'From: {source}',
  proactiveSourceUnknown: 'The service did not say where this came from',
  proactiveYes: 'Yes',
  proactiveNo: 'No',
  proactiveOnDevice:
    'This suggestion was worked out in your browser from information the service already has. Nothing was sent to work it out.',
  proactiveTurnOffHint: 'You can hide suggestions or turn them off:',
  proactiveSettingsLink: 'change your suggestion settings',
  proactiveDeadline: 'Deadline: {date}',
  proactiveDaysLeft: { one: '{count} day left', other: '{count} days left' },
  proactiveSnoozedAnnouncement: {
    one: 'Hidden for {count} day. You can change this in your suggestion settings.',
    other: 'Hidden for {count} days. You can change this in your suggestion settings.',
  },
  proactiveDismissedAnnouncement:
    'You will not see this suggestion again. You can change this in your suggestion settings.',
  proactiveNew: 'New',
  proactiveListHeading: 'Services you might need',
  proactiveListIntro:
    'Based on information we already have about you. Each suggestion says why you are seeing it.',
  proactiveListEmpty: 'There are no suggestions for you at the moment.',
  proactiveListOff: 'You have turned off suggestions for services.',
  proactiveListSettings: 'Change your suggestion settings',
  proactivePreferencesHeading: 'Suggestions for services',
  proactivePreferencesQuestion: 'Show suggestions for services you might need?',
  proactivePreferencesHint:
    'We use information we already have about you, such as a birth you registered, to suggest services. This is worked out in your browser and nothing is sent.',
  proactiveHiddenHeading: 'Suggestions you have hidden',
  proactiveHiddenNone: 'You have not hidden any suggestions.',
  proactiveHiddenForGood: 'You chose not to see this again',
  proactiveHiddenUntil: 'Hidden until {date}',
  proactiveUnknownOffer: 'A suggestion the service no longer makes',
  proactiveShowAgain: 'Show again',
  proactiveShownAgainAnnouncement: '{title} will be suggested again when it applies to you.',
  proactiveTurnedOnAnnouncement: 'Suggestions are turned on.',
  proactiveTurnedOffAnnouncement: 'Suggestions are turned off. You will not see suggestions for services.',
  proactiveRememberedLasting: 'Your choices are remembered on this device.',
  proactiveRememberedSession:
    'Your choices are remembered until you close your browser, because you have not allowed cookies that remember your settings.',
} satisfies ProactiveMessages;

/**
 * The proactive-services catalogue. `translate` is synchronous and uses what is loaded
 * (English always); `load(lang)` fetches a language first. `registerLocale` overrides single
 * strings.
 *
 * @example
 * await proactiveMessages.load('fr');
 * proactiveMessages.translate('proactiveNotNow', 'fr'); // "Pas maintenant"
 */
export const proactiveMessages = createCatalogue<ProactiveMessages>('proactive', proactiveEn, {
  bg: () => import('./locales/bg.js').then((m) => m.default),
  cs: () => import('./locales/cs.js').then((m) => m.default),
  da: () => import('./locales/da.js').then((m) => m.default),
  de: () => import('./locales/de.js').then((m) => m.default),
  el: () => import('./locales/el.js').then((m) => m.default),
  es: () => import('./locales/es.js').then((m) => m.default),
  et: () => import('./locales/et.js').then((m) => m.default),
  fi: () => import('./locales/fi.js').then((m) => m.default),
  fr: () => import('./locales/fr.js').then((m) => m.default),
  ga: () => import('./locales/ga.js').then((m) => m.default),
  hr: () => import('./locales/hr.js').then((m) => m.default),
  hu: () => import('./locales/hu.js').then((m) => m.default),
  it: () => import('./locales/it.js').then((m) => m.default),
  lt: () => import('./locales/lt.js').then((m) => m.default),
  lv: () => import('./locales/lv.js').then((m) => m.default),
  mt: () => import('./locales/mt.js').then((m) => m.default),
  nl: () => import('./locales/nl.js').then((m) => m.default),
  pl: () => import('./locales/pl.js').then((m) => m.default),
  pt: () => import('./locales/pt.js').then((m) => m.default),
  ro: () => import('./locales/ro.js').then((m) => m.default),
  sk: () => import('./locales/sk.js').then((m) => m.default),
  sl: () => import('./locales/sl.js').then((m) => m.default),
  sv: () => import('./locales/sv.js').then((m) => m.default),
  cy: () => import('./locales/cy.js').then((m) => m.default),
  ar: () => import('./locales/ar.js').then((m) => m.default),
});
