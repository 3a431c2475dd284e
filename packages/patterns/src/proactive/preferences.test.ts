// A person's controls over proactive suggestions, in a real browser's storage: snoozing with a
// fake clock, dismissal that lasts across reloads only with consent, switching off, damaged data.
import { describe, expect, it, vi } from 'vitest';
import { setStoragePolicy } from '@polis-ds/components';
import {
  DEFAULT_SNOOZE_DAYS,
  PROACTIVE_STORAGE_KEY,
  dismiss,
  getProactivePreferences,
  hasSeen,
  isEnabled,
  isVisible,
  markSeen,
  resetProactivePreferences,
  setEnabled,
  showAgain,
  snooze,
  subscribe,
  undismiss,
  unsnooze,
  visibleOffers,
} from './preferences.js';
import { EXAMPLE_NOW } from './example-offers.js';
import { allExampleOffers } from '../test/proactive-fixture.js';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse(EXAMPLE_NOW);
const allowPreferences = () => setStoragePolicy((purpose) => purpose === 'preferences');
const stored = (storage: Storage) => {
  const raw = storage.getItem(PROACTIVE_STORAGE_KEY);
  return raw === null ? null : (JSON.parse(raw) as Record<string, unknown>);
};

/**
 * A reload: the page's modules are loaded afresh (a new copy of this module, with no memory
 * of its own), and only what the storage kept is left.
 */
async function reload({ newSession }: { newSession: boolean }) {
  if (newSession) sessionStorage.removeItem(PROACTIVE_STORAGE_KEY);
  return (await import(
    /* @vite-ignore */ `./preferences.ts?reload=${Math.random()}&lang.ts`
  )) as typeof import('./preferences.js');
}

describe('"Not now"', () => {
  it('hides an offer until the clock passes the period, with an injected now', () => {
    snooze('child-benefit', 30, NOW);
    expect(isVisible('child-benefit', NOW)).toBe(false);
    expect(isVisible('child-benefit', NOW + 30 * DAY - 1)).toBe(false);
    expect(isVisible('child-benefit', NOW + 30 * DAY)).toBe(true);
    expect(isVisible('register-to-vote', NOW)).toBe(true);
  });

  it('hides an offer until the fake clock passes the default 30 days', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    snooze('child-benefit');
    expect(DEFAULT_SNOOZE_DAYS).toBe(30);
    expect(getProactivePreferences().snoozed).toEqual([{ id: 'child-benefit', until: NOW + 30 * DAY }]);
    vi.setSystemTime(NOW + 29 * DAY);
    expect(isVisible('child-benefit')).toBe(false);
    expect(visibleOffers(allExampleOffers()).map((offer) => offer.id)).not.toContain('child-benefit');
    vi.setSystemTime(NOW + 30 * DAY + 1);
    expect(isVisible('child-benefit')).toBe(true);
    expect(getProactivePreferences().snoozed).toEqual([]);
    // An expired snooze is cleared at the next write.
    dismiss('state-pension');
    expect(stored(sessionStorage)!.snoozed).toEqual({});
  });

  it('can be undone, and refuses a period that is not a number of days', () => {
    snooze('child-benefit', 7, NOW);
    unsnooze('child-benefit');
    expect(isVisible('child-benefit', NOW)).toBe(true);
    for (const days of [0, -1, Number.NaN, Infinity, 5000]) {
      expect(() => snooze('child-benefit', days)).toThrow(RangeError);
    }
    expect(() => snooze('', 7)).toThrow(TypeError);
  });
});

describe('"Don’t show me this again"', () => {
  it('lasts across reloads when consent allows remembering settings (localStorage)', async () => {
    allowPreferences();
    dismiss('child-benefit');
    expect(stored(localStorage)!.dismissed).toEqual(['child-benefit']);
    expect(stored(sessionStorage)).toBeNull();
    // A new browser session: the lasting copy is still there.
    const fresh = await reload({ newSession: true });
    expect(fresh.isVisible('child-benefit')).toBe(false);
    expect(fresh.getProactivePreferences().dismissed).toEqual(['child-benefit']);
  });

  it('lasts only for the session without that consent (sessionStorage)', async () => {
    dismiss('child-benefit');
    expect(stored(localStorage)).toBeNull();
    expect(stored(sessionStorage)!.dismissed).toEqual(['child-benefit']);
    // Reloaded in the same session: still hidden.
    expect((await reload({ newSession: false })).isVisible('child-benefit')).toBe(false);
    // A new session: shown again.
    expect((await reload({ newSession: true })).isVisible('child-benefit')).toBe(true);
  });

  it('moves to the storage consent allows when consent changes, leaving no copy behind', () => {
    dismiss('child-benefit');
    allowPreferences();
    expect(stored(sessionStorage)).toBeNull();
    expect(stored(localStorage)!.dismissed).toEqual(['child-benefit']);
    // A later change is read back, not hidden by a stale session copy.
    dismiss('register-to-vote');
    expect(getProactivePreferences().dismissed).toEqual(['child-benefit', 'register-to-vote']);
    // Consent withdrawn: the lasting copy is deleted, the session keeps the choices.
    setStoragePolicy(() => false);
    expect(stored(localStorage)).toBeNull();
    expect(stored(sessionStorage)!.dismissed).toEqual(['child-benefit', 'register-to-vote']);
    expect(isVisible('register-to-vote')).toBe(false);
  });

  it('can be undone', () => {
    dismiss('child-benefit');
    snooze('register-to-vote', 7);
    undismiss('child-benefit');
    expect(isVisible('child-benefit')).toBe(true);
    showAgain('register-to-vote');
    expect(isVisible('register-to-vote')).toBe(true);
    // Nothing left to remember: nothing is kept.
    expect(stored(sessionStorage)).toBeNull();
    expect(stored(localStorage)).toBeNull();
  });
});

describe('switching suggestions off', () => {
  it('hides every offer, keeps the other choices, and is undone by switching on', () => {
    const offers = allExampleOffers();
    dismiss('child-benefit');
    setEnabled(false);
    expect(isEnabled()).toBe(false);
    expect(visibleOffers(offers)).toEqual([]);
    for (const offer of offers) expect(isVisible(offer.id)).toBe(false);
    setEnabled(true);
    expect(visibleOffers(offers).map((offer) => offer.id)).toEqual([
      'register-with-doctor',
      'register-to-vote',
      'state-pension',
    ]);
  });
});

describe('stored data', () => {
  it('ignores damaged data', () => {
    for (const raw of ['{', 'null', '[]', '"off"', '{"enabled":"no"}']) {
      sessionStorage.setItem(PROACTIVE_STORAGE_KEY, raw);
      expect(getProactivePreferences()).toEqual({ enabled: true, dismissed: [], snoozed: [] });
    }
    sessionStorage.setItem(
      PROACTIVE_STORAGE_KEY,
      JSON.stringify({
        enabled: false,
        dismissed: [1, 'a', 'a', null],
        snoozed: { b: 'soon', c: NOW + DAY, '': 5 },
      }),
    );
    expect(getProactivePreferences(NOW)).toEqual({
      enabled: false,
      dismissed: ['a'],
      snoozed: [{ id: 'c', until: NOW + DAY }],
    });
    resetProactivePreferences();
    expect(getProactivePreferences()).toEqual({ enabled: true, dismissed: [], snoozed: [] });
  });

  it('treats offer ids that are also names of object properties like any other id', () => {
    for (const id of ['constructor', 'toString', 'valueOf', 'hasOwnProperty']) {
      expect(isVisible(id)).toBe(true);
      expect(visibleOffers([{ id }])).toEqual([{ id }]);
      snooze(id, 1, NOW);
      expect(isVisible(id, NOW)).toBe(false);
      expect(isVisible(id, NOW + 2 * DAY)).toBe(true);
      showAgain(id);
      expect(isVisible(id, NOW)).toBe(true);
    }
  });

  it('ignores a snooze that is not a real moment, so the preferences view can show every date', () => {
    sessionStorage.setItem(
      PROACTIVE_STORAGE_KEY,
      JSON.stringify({ snoozed: { a: 1e300, b: NOW + DAY, c: -1e300 } }),
    );
    expect(getProactivePreferences(NOW).snoozed).toEqual([{ id: 'b', until: NOW + DAY }]);
    expect(isVisible('a', NOW)).toBe(true);
  });

  it('remembers what was seen', () => {
    expect(hasSeen('child-benefit')).toBe(false);
    markSeen(['child-benefit', 'child-benefit', 'register-to-vote']);
    expect(hasSeen('child-benefit')).toBe(true);
    expect(stored(sessionStorage)!.seen).toEqual(['child-benefit', 'register-to-vote']);
  });

  it('tells subscribers about every change, including one made in another tab', () => {
    const calls: unknown[] = [];
    const stop = subscribe((preferences) => calls.push(preferences));
    dismiss('child-benefit');
    setEnabled(false);
    expect(calls).toEqual([
      { enabled: true, dismissed: ['child-benefit'], snoozed: [] },
      { enabled: false, dismissed: ['child-benefit'], snoozed: [] },
    ]);
    window.dispatchEvent(new StorageEvent('storage', { key: PROACTIVE_STORAGE_KEY }));
    expect(calls).toHaveLength(3);
    window.dispatchEvent(new StorageEvent('storage', { key: 'something-else' }));
    expect(calls).toHaveLength(3);
    stop();
    setEnabled(true);
    expect(calls).toHaveLength(3);
  });
});
