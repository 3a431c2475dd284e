/**
 * The consent manager: the browser side of consent, with no elements. It reads the person's
 * record from the consent cookie, writes a new record for each choice, tells the page
 * (`subscribe`, the `polis-consent-change` event on `document`, `config.onRecord`), deletes the
 * cookies of categories that are refused, and sets the storage policy of Polis components.
 *
 * Nothing is written before a person chooses: no cookie, no `localStorage`, no
 * `sessionStorage`. On a server (no `document`) it reads nothing and writes nothing, but still
 * hands each record to `onRecord`.
 */
import { setStoragePolicy, warnOnce } from '@polis-ds/components';
import {
  DEFAULT_LIFETIME_DAYS,
  acceptAllChoices,
  buildDeleteCookie,
  categoryIds,
  categoryOf,
  isUsableCategoryId,
  buildSetCookie,
  changedCategories,
  cookieNames,
  createRecord,
  isValid,
  parseRecord,
  readCookieValues,
  cookieName,
  recordChoices,
  rejectAllChoices,
  sameChoices,
} from './record.js';
import type { ConsentChangeDetail, ConsentConfig, ConsentMethod, ConsentRecord } from './types.js';

/** The part of `navigator` the manager reads. */
export interface ConsentNavigator {
  /** `true` when the browser sends Global Privacy Control. */
  globalPrivacyControl?: boolean;
}

/** The part of `location` the manager reads. */
export interface ConsentLocation {
  protocol: string;
  hostname: string;
  pathname: string;
}

/**
 * What the manager uses from its surroundings. Every field defaults to the global one; tests
 * inject a clock, a navigator that sends GPC, or `document: null` to act as a server.
 */
export interface ConsentEnvironment {
  /** The time in milliseconds since the epoch. Default `Date.now()`. */
  now?: () => number;
  /** Default `globalThis.navigator`. */
  navigator?: ConsentNavigator | null;
  /** Default `globalThis.document`; `null` acts as a server. */
  document?: Document | null;
  /** Default `globalThis.location`. */
  location?: ConsentLocation | null;
}

/** A consent manager (see `createConsentManager`). */
export interface ConsentManager {
  /** The configuration it was made with. */
  readonly config: ConsentConfig;
  /** The person's valid record, or `null` (no choice yet, expired, or an older revision). */
  get(): ConsentRecord | null;
  /** Whether `category` is granted by a valid record. `false` without one. */
  isGranted(category: string): boolean;
  /** Every configured category's current choice; all `false` without a valid record. */
  choices(): Record<string, boolean>;
  /** Whether the person has to be asked (no valid record). */
  needsChoice(): boolean;
  /** Whether the browser sends Global Privacy Control (`navigator.globalPrivacyControl === true`). */
  gpc(): boolean;
  /**
   * Grants every category, except the `gpc: true` ones while the browser sends Global Privacy
   * Control. Returns the new record, or the current one when nothing changes.
   */
  acceptAll(method?: ConsentMethod): ConsentRecord;
  /** Refuses every category. Returns the new record, or the current one when nothing changes. */
  rejectAll(method?: ConsentMethod): ConsentRecord;
  /**
   * Saves explicit answers (the settings page). Categories missing from `choices` are refused;
   * an explicit `true` grants a category even under Global Privacy Control.
   */
  save(choices: Readonly<Record<string, boolean>>, method?: ConsentMethod): ConsentRecord;
  /** Refuses every category from the settings page (method `settings`), deleting their cookies. */
  withdraw(): ConsentRecord;
  /** Calls `listener` after each new record; returns a function that stops it. */
  subscribe(listener: (detail: ConsentChangeDetail) => void): () => void;
}

/** The name of the event dispatched on `document` after each new record. */
export const CONSENT_CHANGE_EVENT = 'polis-consent-change';

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

function pick<K extends keyof ConsentEnvironment>(env: ConsentEnvironment, key: K, fallback: () => unknown) {
  return (key in env ? env[key] : fallback()) as ConsentEnvironment[K];
}

/**
 * The domains a cookie may have been set with on `hostname`, for deleting it: each parent
 * domain with a leading dot (`.www.example.gov.uk`, `.example.gov.uk`, `.gov.uk`), never a
 * top-level domain alone. None for an IP address or `localhost`.
 */
export function parentDomains(hostname: string): string[] {
  if (!hostname || IPV4.test(hostname) || hostname.includes(':') || !hostname.includes('.')) return [];
  const labels = hostname.replace(/^\./, '').split('.');
  const domains: string[] = [];
  for (let i = 0; i < labels.length - 1; i++) domains.push(`.${labels.slice(i).join('.')}`);
  return domains;
}

function matches(name: string, patterns: ReadonlyArray<string | RegExp>): boolean {
  return patterns.some((pattern) => {
    if (typeof pattern === 'string') return pattern === name;
    pattern.lastIndex = 0;
    return pattern.test(name);
  });
}

/**
 * Makes a consent manager for `config`. Reading is done on demand from the consent cookie, so
 * a record written by the server (the no-JavaScript banner) or another tab is seen at once.
 * When `config.preferencesCategory` is set, the manager sets the storage policy of Polis
 * components now and after every change.
 *
 * @example
 * const consent = createConsentManager({
 *   revision: 1,
 *   categories: { analytics: { label: 'Analytics', description: '…', cookies: [/^_ga/] } },
 *   onRecord: (record) => navigator.sendBeacon('/consent-log', JSON.stringify(record)),
 * });
 * if (consent.isGranted('analytics')) startAnalytics();
 */
export function createConsentManager(given: ConsentConfig, env: ConsentEnvironment = {}): ConsentManager {
  const config = checkConfig(given);
  const now = env.now ?? (() => Date.now());
  const listeners = new Set<(detail: ConsentChangeDetail) => void>();
  /** The last record written when the browser would not store the cookie (cookies off). */
  let fallback: ConsentRecord | null = null;
  let cache: { raw: string; records: ConsentRecord[] } | null = null;

  const doc = (): Document | null => pick(env, 'document', () => globalThis.document ?? null) ?? null;
  const nav = (): ConsentNavigator | null =>
    pick(env, 'navigator', () => (globalThis as { navigator?: ConsentNavigator }).navigator ?? null) ?? null;
  const loc = (): ConsentLocation | null =>
    pick(env, 'location', () => (globalThis as { location?: ConsentLocation }).location ?? null) ?? null;

  function readCookies(): string {
    try {
      return doc()?.cookie ?? '';
    } catch {
      // A sandboxed document without `allow-same-origin` throws on `document.cookie`.
      return '';
    }
  }

  /** The records in the consent cookie(s), parsed once per distinct cookie string. */
  function stored(): ConsentRecord[] {
    const raw = readCookies();
    if (cache?.raw !== raw) {
      const records = readCookieValues(raw, cookieName(config)).map((value) => parseRecord(value));
      cache = { raw, records: records.filter((record): record is ConsentRecord => record !== null) };
    }
    return cache.records;
  }

  function get(): ConsentRecord | null {
    if (!doc()) return null;
    // Validity depends on the clock, so it is checked on every call, never cached.
    const time = now();
    let best: ConsentRecord | null = null;
    for (const record of fallback ? [...stored(), fallback] : stored()) {
      if (!isValid(record, config, time)) continue;
      if (!best || Date.parse(record.updated) > Date.parse(best.updated)) best = record;
    }
    return best;
  }

  const manager: ConsentManager = {
    config,
    get,
    isGranted(category) {
      return get()?.choices[category] === true && categoryOf(config, category) !== undefined;
    },
    choices() {
      return recordChoices(get(), config);
    },
    needsChoice() {
      return get() === null;
    },
    gpc() {
      try {
        return nav()?.globalPrivacyControl === true;
      } catch {
        return false;
      }
    },
    acceptAll(method = 'banner') {
      return commit(acceptAllChoices(config, manager.gpc()), method);
    },
    rejectAll(method = 'banner') {
      return commit(rejectAllChoices(config), method);
    },
    save(choices, method = 'settings') {
      return commit(choices, method);
    },
    withdraw() {
      return commit(rejectAllChoices(config), 'settings');
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };

  function commit(choices: Readonly<Record<string, unknown>>, method: ConsentMethod): ConsentRecord {
    const previous = get();
    const before = recordChoices(previous, config);
    const record = createRecord(config, choices, { method, gpc: manager.gpc(), now: now(), previous });
    if (previous && sameChoices(before, record.choices, config)) return previous;

    write(record);
    applyStoragePolicy();
    if (config.onRecord) {
      try {
        config.onRecord(record);
      } catch (error) {
        console.error(
          '[Polis] consent: config.onRecord threw; the choice is saved in the browser anyway.',
          error,
        );
      }
    }
    const detail: ConsentChangeDetail = {
      record,
      previous,
      changed: changedCategories(before, record.choices, config),
    };
    for (const listener of [...listeners]) {
      try {
        listener(detail);
      } catch (error) {
        console.error('[Polis] consent: a subscriber threw.', error);
      }
    }
    const document = doc();
    if (document && typeof CustomEvent === 'function') {
      document.dispatchEvent(new CustomEvent(CONSENT_CHANGE_EVENT, { detail }));
    }
    return record;
  }

  function write(record: ConsentRecord): void {
    const document = doc();
    if (!document) return;
    const secure = loc()?.protocol === 'https:';
    try {
      document.cookie = buildSetCookie(record, config, { secure });
    } catch {
      // Sandboxed documents throw; the record is kept for this page below.
    }
    const kept = stored().some((value) => value.id === record.id && value.updated === record.updated);
    // Cookies switched off: respect the choice for as long as this page lives.
    fallback = kept ? null : record;
    // Delete what refused categories may have left, including from an earlier, expired consent.
    for (const [id, granted] of Object.entries(record.choices)) {
      if (!granted) deleteCookies(categoryOf(config, id)?.cookies ?? []);
    }
  }

  function deleteCookies(patterns: ReadonlyArray<string | RegExp>): void {
    const document = doc();
    if (!document || patterns.length === 0) return;
    const own = cookieName(config);
    const names = cookieNames(readCookies()).filter((name) => name !== own && matches(name, patterns));
    if (names.length === 0) return;
    const location = loc();
    const secure = location?.protocol === 'https:';
    const paths = new Set(['/']);
    const pathname = location?.pathname || '/';
    paths.add(pathname);
    // The default path of a cookie set without one: the directory of the page.
    paths.add(pathname.slice(0, pathname.lastIndexOf('/')) || '/');
    const domains = new Set<string | undefined>([undefined]);
    if (config.cookie?.domain) domains.add(config.cookie.domain);
    for (const domain of parentDomains(location?.hostname ?? '')) domains.add(domain);
    for (const name of names) {
      for (const path of paths) {
        for (const domain of domains) {
          try {
            document.cookie = buildDeleteCookie(name, { path, domain, secure });
          } catch {
            return;
          }
        }
      }
    }
  }

  function applyStoragePolicy(): void {
    const category = config.preferencesCategory;
    if (!category) return;
    setStoragePolicy((purpose) => purpose === 'preferences' && manager.isGranted(category));
  }

  applyStoragePolicy();
  return manager;
}

/**
 * The configuration to use: `config` itself when it is sound; otherwise a corrected copy, with
 * a development warning (once) for each mistake. A mistake never throws, so the rest of the
 * page still runs; whatever cannot be understood counts as refused.
 */
function checkConfig(config: ConsentConfig): ConsentConfig {
  const warn = (key: string, message: string) => warnOnce(`consent-config-${key}`, `consent: ${message}`);
  if (!config || typeof config !== 'object') {
    warn('missing', 'configure() needs a configuration object; nothing optional will be allowed.');
    return { revision: 0, categories: {} };
  }
  let fixed: ConsentConfig = config;
  if (typeof config.revision !== 'number' || !Number.isFinite(config.revision)) {
    const number = typeof config.revision === 'string' ? Number(config.revision) : NaN;
    const revision = (config.revision as unknown) !== '' && Number.isFinite(number) ? number : 0;
    warn(
      `revision-${String(config.revision)}`,
      `revision must be a number, not ${JSON.stringify(config.revision) ?? 'undefined'}; using ${revision}.`,
    );
    fixed = { ...fixed, revision };
  }
  if (!config.categories || typeof config.categories !== 'object') {
    warn('categories', 'categories must be an object of categories keyed by id; using none.');
    fixed = { ...fixed, categories: {} };
  }
  const ids = Object.keys(fixed.categories);
  if (categoryIds(fixed).length === 0) {
    warn('empty', 'there are no categories to ask about, so the cookie banner is not shown.');
  }
  for (const id of ids) {
    if (!isUsableCategoryId(id) || !categoryOf(fixed, id)) {
      warn(
        `id-${id}`,
        `the category "${id}" cannot be used (a reserved or empty id, or no object); it is ignored.`,
      );
    } else if (/\s/.test(id)) {
      warn(
        `space-${id}`,
        `the category id "${id}" has white space, so data-polis-consent cannot name it; use a word such as "${id.replace(/\s+/g, '-')}".`,
      );
    }
  }
  for (const kind of ['accepted', 'rejected'] as const) {
    const days: unknown = config.lifetimeDays?.[kind];
    if (days !== undefined && !(typeof days === 'number' && Number.isFinite(days) && days > 0)) {
      warn(
        `lifetime-${kind}`,
        `lifetimeDays.${kind} must be a number of days above 0, not ${JSON.stringify(days) ?? String(days)}; using ${DEFAULT_LIFETIME_DAYS[kind]}.`,
      );
    }
  }
  if (fixed.preferencesCategory && !categoryOf(fixed, fixed.preferencesCategory)) {
    warn(
      'preferences',
      `preferencesCategory "${fixed.preferencesCategory}" is not a configured category; components will remember choices for the session only.`,
    );
  }
  return fixed;
}
