/**
 * A person's controls over proactive suggestions: "Not now" (hidden for a while), "Don't show
 * me this again" (hidden until they undo it), suggestions switched off altogether, and which
 * offers they have already seen. All reversible.
 *
 * Remembered through the components' storage (`remember('preferences', …)`): on the device
 * only while the storage policy (set by the consent manager from the person's consent) allows
 * the `preferences` purpose, otherwise for this browser session. Moving between the two when
 * consent changes, and ignoring stored data that is damaged, are handled here.
 */
import { forget, mayPersist, onStoragePolicyChange, recall, remember } from '@polis-ds/components';

/** The storage key: one JSON value in `sessionStorage`, or `localStorage` when consent allows. */
export const PROACTIVE_STORAGE_KEY = 'polis-proactive';
/** How long "Not now" hides an offer, in days, unless the service says otherwise. */
export const DEFAULT_SNOOZE_DAYS = 30;
/** The most "seen" offers remembered; the oldest are forgotten first. */
const MAX_SEEN = 200;
const DAY = 24 * 60 * 60 * 1000;
const MAX_SNOOZE_DAYS = 3660;
/** The furthest moment a Date can hold: anything beyond is damaged data. */
const MAX_TIME = 8.64e15;

/** A person's choices about proactive suggestions, as `getProactivePreferences()` gives them. */
export interface ProactivePreferences {
  /** Whether suggestions are shown at all. */
  enabled: boolean;
  /** Offers the person chose not to see again, most recent last. */
  dismissed: readonly string[];
  /** Offers hidden for now, with the moment (ms since 1970) they come back. Only those still hidden. */
  snoozed: readonly { id: string; until: number }[];
}

interface State {
  enabled: boolean;
  dismissed: string[];
  snoozed: Record<string, number>;
  seen: string[];
}

const listeners = new Set<(preferences: ProactivePreferences) => void>();
/** The state when a browser cannot store anything (blocked storage): this page only. */
let fallback: string | null = null;
let watchingOtherTabs = false;

const isId = (value: unknown): value is string =>
  typeof value === 'string' && value !== '' && value.length <= 200;

function empty(): State {
  // Snoozes by offer id: no prototype, so an id such as "constructor" is an id like any other.
  return { enabled: true, dismissed: [], snoozed: Object.create(null) as Record<string, number>, seen: [] };
}

/** The stored state, with anything damaged or of the wrong shape left out. */
function parse(raw: string | null): State {
  const state = empty();
  if (!raw) return state;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return state;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return state;
  const { enabled, dismissed, snoozed, seen } = value as Record<string, unknown>;
  if (enabled === false) state.enabled = false;
  if (Array.isArray(dismissed)) state.dismissed = [...new Set(dismissed.filter(isId))];
  if (Array.isArray(seen)) state.seen = [...new Set(seen.filter(isId))].slice(-MAX_SEEN);
  if (typeof snoozed === 'object' && snoozed !== null && !Array.isArray(snoozed)) {
    for (const [id, until] of Object.entries(snoozed as Record<string, unknown>)) {
      if (isId(id) && typeof until === 'number' && Math.abs(until) <= MAX_TIME) state.snoozed[id] = until;
    }
  }
  return state;
}

function read(): State {
  return parse(recall(PROACTIVE_STORAGE_KEY) ?? fallback);
}

function snapshot(state: State, now: number): ProactivePreferences {
  return {
    enabled: state.enabled,
    dismissed: [...state.dismissed],
    snoozed: Object.entries(state.snoozed)
      .filter(([, until]) => until > now)
      .map(([id, until]) => ({ id, until }))
      .sort((a, b) => a.until - b.until),
  };
}

function notify(): void {
  const preferences = snapshot(read(), Date.now());
  for (const listener of [...listeners]) {
    try {
      listener(preferences);
    } catch (error) {
      console.error('[Polis] proactive: a preferences listener threw.', error);
    }
  }
}

/**
 * Stores `raw` where the policy allows, leaving no other copy: the components' `recall()`
 * reads the session copy first, so a stale one must never stay behind.
 */
function store(raw: string | null): void {
  forget(PROACTIVE_STORAGE_KEY);
  fallback = null;
  if (raw === null) return;
  remember('preferences', PROACTIVE_STORAGE_KEY, raw);
  // Storage blocked in a browser: keep the choices for this page. Never on a server, where one
  // module is shared by every person it serves.
  if (recall(PROACTIVE_STORAGE_KEY) !== raw && typeof document !== 'undefined') fallback = raw;
}

/** Stores the state, dropping snoozes over at `now`, and tells the subscribers. */
function write(state: State, now: number = Date.now()): void {
  state.snoozed = without(state.snoozed, null, now);
  const nothing =
    state.enabled &&
    state.dismissed.length === 0 &&
    Object.keys(state.snoozed).length === 0 &&
    state.seen.length === 0;
  // Nothing to remember: keep nothing.
  store(nothing ? null : JSON.stringify(state));
  notify();
}

/** The snoozes without one offer's (and, given `now`, without those over), with no prototype. */
function without(
  snoozed: Record<string, number>,
  offerId: string | null,
  now = -Infinity,
): Record<string, number> {
  const kept = Object.create(null) as Record<string, number>;
  for (const [id, until] of Object.entries(snoozed)) if (id !== offerId && until > now) kept[id] = until;
  return kept;
}

function checkId(offerId: unknown, name: string): asserts offerId is string {
  if (!isId(offerId))
    throw new TypeError(`${name}(): the offer id must be a non-empty string, not ${String(offerId)}.`);
}

/** The person's choices now: on or off, dismissed offers, and offers hidden for now. */
export function getProactivePreferences(now: number = Date.now()): ProactivePreferences {
  return snapshot(read(), now);
}

/** Whether suggestions are switched on (the default). */
export function isEnabled(): boolean {
  return read().enabled;
}

/** Switches every suggestion on or off. Dismissed and snoozed offers are kept either way. */
export function setEnabled(enabled: boolean): void {
  const state = read();
  if (state.enabled === Boolean(enabled)) return;
  state.enabled = Boolean(enabled);
  write(state);
}

/**
 * "Not now": hides an offer for `days` days (default 30) from `now`. Snoozing again replaces
 * the period.
 */
export function snooze(offerId: string, days: number = DEFAULT_SNOOZE_DAYS, now: number = Date.now()): void {
  checkId(offerId, 'snooze');
  if (typeof days !== 'number' || !Number.isFinite(days) || days <= 0 || days > MAX_SNOOZE_DAYS) {
    throw new RangeError(
      `snooze(): days must be a number from 1 to ${MAX_SNOOZE_DAYS}, not ${String(days)}.`,
    );
  }
  const state = read();
  state.snoozed[offerId] = now + days * DAY;
  write(state, now);
}

/** Shows a snoozed offer again at once. */
export function unsnooze(offerId: string): void {
  checkId(offerId, 'unsnooze');
  const state = read();
  if (!Object.hasOwn(state.snoozed, offerId)) return;
  state.snoozed = without(state.snoozed, offerId);
  write(state);
}

/** "Don't show me this again": hides an offer until the person undoes it. */
export function dismiss(offerId: string): void {
  checkId(offerId, 'dismiss');
  const state = read();
  if (state.dismissed.includes(offerId)) return;
  state.dismissed.push(offerId);
  state.snoozed = without(state.snoozed, offerId);
  write(state);
}

/** Undoes "Don't show me this again". */
export function undismiss(offerId: string): void {
  checkId(offerId, 'undismiss');
  const state = read();
  if (!state.dismissed.includes(offerId)) return;
  state.dismissed = state.dismissed.filter((id) => id !== offerId);
  write(state);
}

/** Undoes both "Not now" and "Don't show me this again" for an offer. */
export function showAgain(offerId: string): void {
  checkId(offerId, 'showAgain');
  const state = read();
  if (!state.dismissed.includes(offerId) && !Object.hasOwn(state.snoozed, offerId)) return;
  state.dismissed = state.dismissed.filter((id) => id !== offerId);
  state.snoozed = without(state.snoozed, offerId);
  write(state);
}

/** Whether an offer may be shown at `now`: suggestions on, not dismissed, not snoozed. */
export function isVisible(offerId: string, now: number = Date.now()): boolean {
  const state = read();
  if (!state.enabled || state.dismissed.includes(offerId)) return false;
  const until = Object.hasOwn(state.snoozed, offerId) ? state.snoozed[offerId] : undefined;
  return until === undefined || until <= now;
}

/** The offers of a list that may be shown at `now`, in the same order. */
export function visibleOffers<T extends { id: string }>(offers: readonly T[], now: number = Date.now()): T[] {
  return offers.filter((offer) => isVisible(offer.id, now));
}

/** Whether the person has been shown an offer before (by the prompt list). */
export function hasSeen(offerId: string): boolean {
  return read().seen.includes(offerId);
}

/** Remembers that offers have been shown, so they are not marked "New" next time. */
export function markSeen(offerIds: readonly string[]): void {
  const state = read();
  const fresh = [...new Set(offerIds)].filter((id) => isId(id) && !state.seen.includes(id));
  if (fresh.length === 0) return;
  state.seen = [...state.seen, ...fresh].slice(-MAX_SEEN);
  write(state);
}

/** Forgets every choice: suggestions on, nothing hidden, nothing seen. */
export function resetProactivePreferences(): void {
  store(null);
  notify();
}

/** Whether choices are kept beyond this browser session (the person's consent allows it). */
export function proactivePreferencesPersist(): boolean {
  return mayPersist('preferences');
}

/**
 * Calls `listener` after every change, in this page or (for choices kept on the device)
 * another tab. Returns an unsubscribe function.
 */
export function subscribe(listener: (preferences: ProactivePreferences) => void): () => void {
  listeners.add(listener);
  if (!watchingOtherTabs && typeof globalThis.addEventListener === 'function') {
    watchingOtherTabs = true;
    globalThis.addEventListener('storage', (event: StorageEvent) => {
      if (event.key === PROACTIVE_STORAGE_KEY || event.key === null) notify();
    });
  }
  return () => {
    listeners.delete(listener);
  };
}

// When consent to remember preferences arrives or is withdrawn, move the choices to the
// storage now allowed (remember() removes the lasting copy when it is no longer allowed).
onStoragePolicyChange(() => {
  const raw = recall(PROACTIVE_STORAGE_KEY);
  if (raw !== null) store(raw);
});
