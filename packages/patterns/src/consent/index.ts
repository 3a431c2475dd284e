/**
 * `@polis-ds/patterns/consent`: the consent manager of a page.
 *
 * Configure it once, early, then ask it:
 *
 * ```ts
 * import { configure, consentManager, isGranted, startGating } from '@polis-ds/patterns/consent';
 * configure({ revision: 1, categories: { analytics: { label: 'Analytics', description: '…' } } });
 * startGating(consentManager);
 * if (isGranted('analytics')) startAnalytics();
 * ```
 *
 * The functions below act on one page-wide manager made by `configure`. Before `configure`,
 * `get` and `isGranted` answer "no consent" and the others throw. Services that need more than
 * one manager (tests, several sites in one page) use `createConsentManager`.
 */
import { createConsentManager, type ConsentManager } from './manager.js';
import type { ConsentChangeDetail, ConsentConfig, ConsentMethod, ConsentRecord } from './types.js';

let current: ConsentManager | null = null;
const changeListeners = new Set<(detail: ConsentChangeDetail) => void>();
const configureListeners = new Set<(config: ConsentConfig) => void>();
let detach: (() => void) | null = null;

function manager(name: string): ConsentManager {
  if (!current) {
    throw new Error(`[Polis] consent: call configure(config) first, before ${name}().`);
  }
  return current;
}

/**
 * Sets up the page's consent manager with the service's configuration (call again to
 * replace it: subscribers stay). Sets the storage policy of Polis components when
 * `config.preferencesCategory` is given. Writes nothing.
 * @returns the page-wide manager (`consentManager`).
 */
export function configure(config: ConsentConfig): ConsentManager {
  const next = createConsentManager(config);
  detach?.();
  current = next;
  detach = next.subscribe((detail) => {
    for (const listener of [...changeListeners]) {
      try {
        listener(detail);
      } catch (error) {
        console.error('[Polis] consent: a subscriber threw.', error);
      }
    }
  });
  for (const listener of [...configureListeners]) {
    try {
      listener(config);
    } catch (error) {
      console.error('[Polis] consent: an onConfigure listener threw.', error);
    }
  }
  return consentManager;
}

/** The configuration given to `configure`, or `null` before it is called. */
export function getConfig(): ConsentConfig | null {
  return current?.config ?? null;
}

/**
 * Calls `listener` whenever `configure` is called (elements re-render with the new
 * configuration). Returns a function that stops it.
 */
export function onConfigure(listener: (config: ConsentConfig) => void): () => void {
  configureListeners.add(listener);
  return () => {
    configureListeners.delete(listener);
  };
}

/** The person's valid record, or `null` (none yet, expired, an older revision, or not configured). */
export function get(): ConsentRecord | null {
  return current?.get() ?? null;
}

/** Whether `category` is granted. `false` without a valid record or before `configure`. */
export function isGranted(category: string): boolean {
  return current?.isGranted(category) ?? false;
}

/** Every configured category's current choice (all `false` without a valid record). */
export function choices(): Record<string, boolean> {
  return manager('choices').choices();
}

/** Whether the person has to be asked: no valid record. */
export function needsChoice(): boolean {
  return manager('needsChoice').needsChoice();
}

/**
 * Whether the browser sends Global Privacy Control (`navigator.globalPrivacyControl`).
 * Works before `configure`.
 */
export function gpcSignal(): boolean {
  if (current) return current.gpc();
  try {
    return (
      (globalThis as { navigator?: { globalPrivacyControl?: unknown } }).navigator?.globalPrivacyControl ===
      true
    );
  } catch {
    return false;
  }
}

/** Grants every category (not the `gpc: true` ones under Global Privacy Control). See `ConsentManager.acceptAll`. */
export function acceptAll(method: ConsentMethod = 'banner'): ConsentRecord {
  return manager('acceptAll').acceptAll(method);
}

/** Refuses every category. See `ConsentManager.rejectAll`. */
export function rejectAll(method: ConsentMethod = 'banner'): ConsentRecord {
  return manager('rejectAll').rejectAll(method);
}

/** Saves explicit answers; missing categories are refused. See `ConsentManager.save`. */
export function save(
  choices: Readonly<Record<string, boolean>>,
  method: ConsentMethod = 'settings',
): ConsentRecord {
  return manager('save').save(choices, method);
}

/** Refuses every category and deletes their cookies. See `ConsentManager.withdraw`. */
export function withdraw(): ConsentRecord {
  return manager('withdraw').withdraw();
}

/**
 * Calls `listener` after each new record of the page-wide manager (also after a later
 * `configure`). Returns a function that stops it.
 */
export function subscribe(listener: (detail: ConsentChangeDetail) => void): () => void {
  manager('subscribe');
  changeListeners.add(listener);
  return () => {
    changeListeners.delete(listener);
  };
}

/**
 * The page-wide manager as an object, for `startGating(consentManager)` and for code that
 * takes a `ConsentManager`. Each method is the function of the same name above.
 */
export const consentManager: ConsentManager = {
  get config(): ConsentConfig {
    return manager('config').config;
  },
  get,
  isGranted,
  choices,
  needsChoice,
  gpc: gpcSignal,
  acceptAll,
  rejectAll,
  save,
  withdraw,
  subscribe,
};

export {
  createConsentManager,
  parentDomains,
  CONSENT_CHANGE_EVENT,
  type ConsentManager,
  type ConsentEnvironment,
  type ConsentNavigator,
  type ConsentLocation,
} from './manager.js';
export { startGating, CONSENT_ATTRIBUTE, RAN_ATTRIBUTE, PLACEHOLDER_CLASS } from './gating.js';
export {
  consentMessages,
  consentEn,
  categoryList,
  localText,
  listText,
  type ConsentMessages,
} from './messages.js';
export {
  DEFAULT_COOKIE_NAME,
  DEFAULT_LIFETIME_DAYS,
  acceptAllChoices,
  buildSetCookie,
  createRecord,
  isValid,
  lifetimeDays,
  parseRecord,
  readRecord,
  rejectAllChoices,
  serializeRecord,
  type CreateRecordOptions,
  type SetCookieOptions,
} from './record.js';
export type {
  ConsentCategory,
  ConsentChangeDetail,
  ConsentConfig,
  ConsentMethod,
  ConsentRecord,
  LocalizedText,
} from './types.js';
