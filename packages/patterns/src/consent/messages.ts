/**
 * The consent strings: every text of the consent manager, its placeholders for blocked
 * embeds, the no-JavaScript banner and the consent elements. English is always bundled;
 * other languages load on demand (`await consentMessages.load(lang)`).
 *
 * Placeholders: `{name}`, `{name:lower}` (mid-sentence), `{name:upper}` (starts a sentence).
 */
import { createCatalogue } from '@polis-ds/components';
import { categoryIds, categoryOf } from './record.js';
import type { ConsentConfig, LocalizedText } from './types.js';

/** Every consent string. Keys start with `consent` so they never collide with other catalogues. */
export interface ConsentMessages {
  /** Banner heading. `{service}`: the service name (or `consentServiceFallback`). */
  consentBannerHeading: string;
  /** Banner: the essential cookies. */
  consentBannerIntro: string;
  /** Banner: the question. `{purposes}`: the categories' purposes, as a list in words. */
  consentBannerAsk: string;
  /** Banner, when the browser sends Global Privacy Control. `{purposes}`: the GPC categories. */
  consentGpcHonoured: string;
  /** Banner button that grants every category. */
  consentAccept: string;
  /** Banner button that refuses every category (same prominence as accepting). */
  consentReject: string;
  /** Banner link to the cookies page. */
  consentViewCookies: string;
  /** Confirmation after accepting everything. */
  consentAcceptedConfirmation: string;
  /** Confirmation after refusing everything. */
  consentRejectedConfirmation: string;
  /** Confirmation after accepting some categories. */
  consentPartialConfirmation: string;
  /** Link text inside the confirmations, to the cookies page. */
  consentChangeSettings: string;
  /** Button that hides the confirmation. */
  consentHide: string;
  /** Heading of the cookie settings form. */
  consentSettingsHeading: string;
  /** Settings: heading of the strictly necessary cookies. */
  consentNecessaryHeading: string;
  /** Settings: what strictly necessary cookies do. */
  consentNecessaryText: string;
  /** Settings: the question of one category. `{category}`: its label. */
  consentUse: string;
  /** Settings: the yes answer. */
  consentYes: string;
  /** Settings: the no answer. */
  consentNo: string;
  /** Settings: the save button. */
  consentSave: string;
  /** Settings: confirmation after saving. */
  consentSaved: string;
  /** Settings error: a category left unanswered. `{category}`: its label. */
  consentChoiceRequired: string;
  /**
   * Blocked embed: what loading it means. `{host}`: where the content comes from; `{purpose}`:
   * what the category's cookies do ("measure how you use the service").
   */
  consentEmbedText: string;
  /** Blocked embed, for a category without a `purpose`. `{host}`; `{category}`: its label. */
  consentEmbedTextGeneric: string;
  /** Blocked embed: the button that grants its category. `{category}`: its label. */
  consentEmbedAllow: string;
  /** Blocked embed: the link to the cookies page. */
  consentEmbedSettings: string;
  /** Blocked embed: accessible name of the placeholder. `{title}`: the embed's title or host. */
  consentEmbedLabel: string;
  /** Used for `{service}` when the service gives no name. */
  consentServiceFallback: string;
  /** No-JavaScript banner error: the form was sent without a known answer. */
  consentActionInvalid: string;
  /** Settings: added to the hint of a `gpc: true` category while the browser sends Global Privacy Control. */
  consentGpcSettingsNote: string;
}

/** English consent strings, GOV.UK wording where GOV.UK has one. */
export const consentEn = {
  consentBannerHeading: 'Cookies on {service}',
  consentBannerIntro: 'We use some essential cookies to make this service work.',
  consentBannerAsk: 'We’d also like to use cookies for these purposes, if you agree: {purposes}.',
  consentGpcHonoured:
    'Your browser asked sites not to sell or share your data (Global Privacy Control). We have honoured it: we will not use cookies for {purposes} unless you turn them on in your cookie settings.',
  consentAccept: 'Accept additional cookies',
  consentReject: 'Reject additional cookies',
  consentViewCookies: 'View cookies',
  consentAcceptedConfirmation:
    'You’ve accepted additional cookies. You can change your cookie settings at any time.',
  consentRejectedConfirmation:
    'You’ve rejected additional cookies. You can change your cookie settings at any time.',
  consentPartialConfirmation:
    'You’ve accepted some additional cookies. You can change your cookie settings at any time.',
  consentChangeSettings: 'change your cookie settings',
  consentHide: 'Hide cookie message',
  consentSettingsHeading: 'Change your cookie settings',
  consentNecessaryHeading: 'Strictly necessary cookies',
  consentNecessaryText:
    'These cookies make the service work, such as remembering your answers and your cookie choices. They are always on.',
  consentUse: 'Use {category:lower} cookies?',
  consentYes: 'Yes',
  consentNo: 'No',
  consentSave: 'Save cookie settings',
  consentSaved: 'You’ve set your cookie preferences.',
  consentChoiceRequired: 'Select yes or no for {category:lower}',
  consentEmbedText: 'This content comes from {host}. Loading it allows {host} to set cookies that {purpose}.',
  consentEmbedTextGeneric:
    'This content comes from {host}. Loading it allows {host} to set {category:lower} cookies.',
  consentEmbedAllow: 'Allow {category:lower} cookies',
  consentEmbedSettings: 'Change your cookie settings',
  consentEmbedLabel: 'Content not loaded: {title}',
  consentServiceFallback: 'this service',
  consentActionInvalid: 'Select whether to accept or reject additional cookies',
  consentGpcSettingsNote:
    'Your browser sends Global Privacy Control, so these cookies stay off unless you choose yes.',
} satisfies ConsentMessages;

/**
 * The consent catalogue. `translate` is synchronous and uses what is loaded (English always);
 * `load(lang)` fetches a language first. `registerLocale` overrides single strings.
 *
 * @example
 * await consentMessages.load('fr');
 * consentMessages.translate('consentAccept', 'fr'); // "Accepter les cookies supplémentaires"
 */
export const consentMessages = createCatalogue<ConsentMessages>('consent', consentEn, {
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

function normalise(code: string): string {
  return code.trim().toLowerCase().replace(/_/g, '-');
}

/**
 * The text of a `LocalizedText` for `lang`: the exact language, then its primary subtag
 * (`fr-CA` → `fr`), then English, then the first value given. A plain string is the same in
 * every language.
 */
export function localText(text: LocalizedText | null | undefined, lang: string): string {
  if (typeof text === 'string') return text;
  if (!text || typeof text !== 'object') return '';
  const entries = Object.entries(text).filter(([, value]) => typeof value === 'string');
  const wanted = normalise(lang || 'en');
  const find = (code: string) => entries.find(([key]) => normalise(key) === code)?.[1];
  return find(wanted) ?? find(wanted.split('-')[0] ?? '') ?? find('en') ?? entries[0]?.[1] ?? '';
}

/**
 * Joins items as a sentence list for `lang` ("analytics, videos and marketing"), with
 * `Intl.ListFormat` where the runtime has it.
 */
export function listText(items: readonly string[], lang: string): string {
  try {
    return new Intl.ListFormat(lang || 'en', { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/**
 * Lower-cases the first letter to use a label mid-sentence, unless it starts like an acronym
 * ("NHS login" stays), as `{name:lower}` does.
 */
export function lowerFirst(text: string): string {
  const [first = '', second = ''] = text;
  if (second && second === second.toLocaleUpperCase() && second !== second.toLocaleLowerCase()) return text;
  return first.toLocaleLowerCase() + text.slice(1);
}

/**
 * The labels of some categories (all by default) as a list in words for `lang`, ready for
 * `{purposes}`: "analytics and marketing".
 */
export function categoryList(
  config: ConsentConfig,
  lang: string,
  ids: readonly string[] = categoryIds(config),
): string {
  const labels = ids
    .map((id) => categoryOf(config, id))
    .filter((category) => category !== undefined)
    .map((category) => lowerFirst(localText(category.label, lang)));
  return listText(labels, lang);
}
