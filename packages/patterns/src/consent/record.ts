/**
 * The consent record: made, checked, written and read the same way in the browser and on the
 * server. Pure functions, no DOM, no Node-only modules.
 *
 * The record is stored as URI-encoded JSON in one first-party cookie (`polis_consent` unless
 * configured). A cookie is chosen over `localStorage` because the server needs it too: the
 * no-JavaScript banner, and pages that must not render a third-party embed without consent.
 */
import type { ConsentCategory, ConsentConfig, ConsentMethod, ConsentRecord } from './types.js';

/** The consent cookie's name when the configuration gives none. */
export const DEFAULT_COOKIE_NAME = 'polis_consent';

/**
 * How long a record lasts, in days, when the configuration does not say: a year once anything
 * is accepted (as GOV.UK), six months when everything is refused (CNIL: a refusal should be
 * remembered, and asked again after a reasonable time).
 */
export const DEFAULT_LIFETIME_DAYS = { accepted: 365, rejected: 182 } as const;

/**
 * A cookie value longer than this is not a Polis record and is ignored without being parsed
 * (browsers keep at most about 4,096 bytes per cookie).
 */
export const MAX_RECORD_LENGTH = 4096;

const DAY = 24 * 60 * 60 * 1000;
const METHODS: readonly ConsentMethod[] = ['banner', 'settings', 'embed', 'server'];

/** The consent cookie's name for `config`. */
export function cookieName(config: ConsentConfig): string {
  return config.cookie?.name || DEFAULT_COOKIE_NAME;
}

/** The consent cookie's path for `config` (`/` unless configured). */
export function cookiePath(config: ConsentConfig): string {
  return config.cookie?.path || '/';
}

/**
 * Whether `id` can be a category: not `__proto__` (no key of a plain object, so its choice
 * would vanish) and not empty (a form field without a name is never sent).
 */
export function isUsableCategoryId(id: string): boolean {
  return id !== '__proto__' && id.length > 0;
}

/**
 * The configured optional categories as `[id, category]`, in their configured order, without
 * ids that cannot be used (see `isUsableCategoryId`; `configure` warns about them). A missing
 * or broken `categories` counts as none.
 */
export function categoryEntries(config: ConsentConfig): [string, ConsentCategory][] {
  const categories = config?.categories;
  if (!categories || typeof categories !== 'object') return [];
  return Object.entries(categories).filter(
    (entry): entry is [string, ConsentCategory] =>
      isUsableCategoryId(entry[0]) && typeof entry[1] === 'object' && entry[1] !== null,
  );
}

/** The configured category `id`, or `undefined` (never an inherited `constructor` or `toString`). */
export function categoryOf(config: ConsentConfig, id: string): ConsentCategory | undefined {
  return categoryEntries(config).find(([key]) => key === id)?.[1];
}

/** The ids of the configured optional categories, in their configured order. */
export function categoryIds(config: ConsentConfig): string[] {
  return categoryEntries(config).map(([id]) => id);
}

/**
 * The lifetime, in days, of a record with these choices: the accepted lifetime when any
 * category is granted, otherwise the rejected lifetime.
 */
export function lifetimeDays(choices: Readonly<Record<string, boolean>>, config: ConsentConfig): number {
  const granted = Object.values(choices).some((value) => value === true);
  const days = granted ? config.lifetimeDays?.accepted : config.lifetimeDays?.rejected;
  const fallback = granted ? DEFAULT_LIFETIME_DAYS.accepted : DEFAULT_LIFETIME_DAYS.rejected;
  return typeof days === 'number' && Number.isFinite(days) && days > 0 ? days : fallback;
}

/**
 * Every configured category's choice: `true` only where `choices` says exactly `true`.
 * Categories that are missing count as refused; categories the configuration does not know
 * are dropped. Nothing is ever granted by default.
 */
export function normaliseChoices(
  config: ConsentConfig,
  choices: Readonly<Record<string, unknown>> | null | undefined,
): Record<string, boolean> {
  const result: Record<string, boolean> = {};
  for (const id of categoryIds(config)) result[id] = choices?.[id] === true;
  return result;
}

/** Every configured category refused. */
export function rejectAllChoices(config: ConsentConfig): Record<string, boolean> {
  return normaliseChoices(config, {});
}

/**
 * Every configured category granted, except, when `gpc` is true (the browser sends Global
 * Privacy Control), the categories marked `gpc: true`: they stay refused.
 */
export function acceptAllChoices(config: ConsentConfig, gpc = false): Record<string, boolean> {
  const result: Record<string, boolean> = {};
  for (const [id, category] of categoryEntries(config)) result[id] = !(gpc && category.gpc === true);
  return result;
}

/** The choices of a (valid) record for the current configuration; all refused without one. */
export function recordChoices(record: ConsentRecord | null, config: ConsentConfig): Record<string, boolean> {
  return normaliseChoices(config, record?.choices);
}

/** Whether two sets of choices grant the same configured categories. */
export function sameChoices(
  a: Readonly<Record<string, boolean>>,
  b: Readonly<Record<string, boolean>>,
  config: ConsentConfig,
): boolean {
  return categoryIds(config).every((id) => (a[id] === true) === (b[id] === true));
}

/** The configured categories whose grant differs between two sets of choices. */
export function changedCategories(
  before: Readonly<Record<string, boolean>>,
  after: Readonly<Record<string, boolean>>,
  config: ConsentConfig,
): string[] {
  return categoryIds(config).filter((id) => (before[id] === true) !== (after[id] === true));
}

/** What `createRecord` needs besides the configuration and the choices. */
export interface CreateRecordOptions {
  /** How the choice was made. */
  method: ConsentMethod;
  /** Whether the browser sent Global Privacy Control. Default false. */
  gpc?: boolean;
  /** The time, in milliseconds since the epoch. Default `Date.now()`. */
  now?: number;
  /** The record this one replaces: its `id` and `created` are kept. */
  previous?: ConsentRecord | null;
}

/** A random id for a new consent (`crypto.randomUUID()`, in Node 20 and every browser). */
export function newConsentId(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * Makes a new record from a person's choices. Only configured categories are kept, each
 * `true` or `false`; the record lasts the accepted or rejected lifetime. An update keeps the
 * previous record's `id` and `created`, so a service's log links every answer of one person.
 */
export function createRecord(
  config: ConsentConfig,
  choices: Readonly<Record<string, unknown>>,
  options: CreateRecordOptions,
): ConsentRecord {
  const now = options.now ?? Date.now();
  const normalised = normaliseChoices(config, choices);
  const updated = new Date(now).toISOString();
  const previous = options.previous && isRecordShape(options.previous) ? options.previous : null;
  return {
    id: previous?.id ?? newConsentId(),
    created: previous?.created ?? updated,
    updated,
    expires: new Date(now + lifetimeDays(normalised, config) * DAY).toISOString(),
    revision: config.revision,
    choices: normalised,
    method: options.method,
    gpc: options.gpc === true,
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function isDate(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 40 && Number.isFinite(Date.parse(value));
}

/**
 * Whether `value` has the shape of a consent record (any configuration): the right fields
 * with the right types. Says nothing about its revision or expiry; see `isValid`.
 */
export function isRecordShape(value: unknown): value is ConsentRecord {
  if (!isPlainObject(value)) return false;
  const { id, created, updated, expires, revision, choices, method, gpc } = value;
  return (
    typeof id === 'string' &&
    id.length > 0 &&
    id.length <= 100 &&
    isDate(created) &&
    isDate(updated) &&
    isDate(expires) &&
    typeof revision === 'number' &&
    Number.isFinite(revision) &&
    isPlainObject(choices) &&
    typeof method === 'string' &&
    (METHODS as readonly string[]).includes(method) &&
    typeof gpc === 'boolean'
  );
}

/** When `record` stops being valid under `config`, in milliseconds since the epoch. */
export function expiresAt(record: ConsentRecord, config: ConsentConfig): number {
  const stated = Date.parse(record.expires);
  // A lifetime shortened in the configuration applies to records made before the change.
  const byPolicy = Date.parse(record.updated) + lifetimeDays(recordChoices(record, config), config) * DAY;
  return Math.min(stated, byPolicy);
}

/**
 * Whether `record` is a person's current answer under `config` at time `now`:
 *
 * - it has the shape of a record (anything else, such as a tampered cookie, is not valid);
 * - its `revision` is the configured revision (raising the revision asks everyone again);
 * - it has not expired (its `expires`, or its `updated` plus the configured lifetime if that
 *   is sooner, lies after `now`);
 * - every configured category it answers holds a boolean.
 *
 * Categories the configuration no longer has are ignored. A category added to the
 * configuration without raising the revision is not in the record: the record stays valid
 * and that category counts as refused (raise the revision to ask people about it).
 */
export function isValid(
  record: unknown,
  config: ConsentConfig,
  now: number = Date.now(),
): record is ConsentRecord {
  if (!isRecordShape(record)) return false;
  if (record.revision !== config.revision) return false;
  if (!(now < expiresAt(record, config))) return false;
  for (const id of categoryIds(config)) {
    if (!Object.hasOwn(record.choices, id)) continue;
    if (typeof record.choices[id] !== 'boolean') return false;
  }
  return true;
}

/** The cookie value of a record: URI-encoded JSON (only characters a cookie value allows). */
export function serializeRecord(record: ConsentRecord): string {
  return encodeURIComponent(JSON.stringify(record));
}

/**
 * Reads a cookie value written by `serializeRecord`. Returns `null`, never throws, for
 * anything that is not a record: bad percent-encoding, bad JSON, the wrong shape, or a value
 * longer than `MAX_RECORD_LENGTH`.
 */
export function parseRecord(value: string | null | undefined): ConsentRecord | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_RECORD_LENGTH) return null;
  try {
    const data: unknown = JSON.parse(decodeURIComponent(value));
    return isRecordShape(data) ? data : null;
  } catch {
    return null;
  }
}

/**
 * Every value of the cookie `name` in a `Cookie` header or `document.cookie` string, in the
 * order given (a browser sends the cookie with the longest path first). Never throws.
 */
export function readCookieValues(cookieHeader: string | null | undefined, name: string): string[] {
  if (typeof cookieHeader !== 'string' || !cookieHeader) return [];
  const values: string[] = [];
  for (const pair of cookieHeader.split(';')) {
    const index = pair.indexOf('=');
    if (index < 0) continue;
    if (pair.slice(0, index).trim() !== name) continue;
    let value = pair.slice(index + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    values.push(value);
  }
  return values;
}

/** The names of every cookie in a `Cookie` header or `document.cookie` string. */
export function cookieNames(cookieHeader: string | null | undefined): string[] {
  if (typeof cookieHeader !== 'string' || !cookieHeader) return [];
  const names = new Set<string>();
  for (const pair of cookieHeader.split(';')) {
    const index = pair.indexOf('=');
    const name = (index < 0 ? pair : pair.slice(0, index)).trim();
    if (name) names.add(name);
  }
  return [...names];
}

/**
 * The valid record in a `Cookie` header or `document.cookie` string, or `null`. When the
 * cookie is there more than once (different paths or domains), the newest valid record wins.
 */
export function readRecord(
  cookieHeader: string | null | undefined,
  config: ConsentConfig,
  now: number = Date.now(),
): ConsentRecord | null {
  let best: ConsentRecord | null = null;
  for (const value of readCookieValues(cookieHeader, cookieName(config))) {
    const record = parseRecord(value);
    if (!record || !isValid(record, config, now)) continue;
    if (!best || Date.parse(record.updated) > Date.parse(best.updated)) best = record;
  }
  return best;
}

/** Options of `buildSetCookie`. */
export interface SetCookieOptions {
  /** Add `Secure` (the page is served over https). */
  secure: boolean;
  /** The time Max-Age counts from. Default: the record's `updated`, so Max-Age is its lifetime. */
  now?: number;
}

/**
 * The `Set-Cookie` header value (or `document.cookie` assignment) that stores `record`:
 * `name=value; Path=/; Max-Age=…; SameSite=Lax`, plus `Domain` when configured and `Secure`
 * when `secure`. Max-Age (seconds) runs to the record's expiry.
 */
export function buildSetCookie(
  record: ConsentRecord,
  config: ConsentConfig,
  options: SetCookieOptions,
): string {
  const from = options.now ?? Date.parse(record.updated);
  const maxAge = Math.max(0, Math.round((Date.parse(record.expires) - from) / 1000));
  const parts = [
    `${cookieName(config)}=${serializeRecord(record)}`,
    `Path=${cookiePath(config)}`,
    `Max-Age=${maxAge}`,
  ];
  if (config.cookie?.domain) parts.push(`Domain=${config.cookie.domain}`);
  parts.push('SameSite=Lax');
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}

/** Options of `buildDeleteCookie`. */
export interface DeleteCookieOptions {
  path?: string;
  domain?: string;
  /** Needed to delete `__Secure-` and `__Host-` cookies; harmless otherwise on https. */
  secure?: boolean;
}

/** A `Set-Cookie` value that deletes the cookie `name` set with this path and domain. */
export function buildDeleteCookie(name: string, options: DeleteCookieOptions = {}): string {
  const parts = [
    `${name}=`,
    `Path=${options.path ?? '/'}`,
    'Max-Age=0',
    'Expires=Thu, 01 Jan 1970 00:00:00 GMT',
  ];
  if (options.domain) parts.push(`Domain=${options.domain}`);
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}
