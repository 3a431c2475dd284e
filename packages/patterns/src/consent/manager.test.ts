import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mayPersist, setStoragePolicy } from '@polis-ds/components';
import { createConsentManager, type ConsentEnvironment } from './manager.js';
import { startGating } from './gating.js';
import { parseRecord, readCookieValues } from './record.js';
import type { ConsentChangeDetail, ConsentConfig } from './types.js';
import * as consent from './index.js';

declare global {
  interface Window {
    __ran?: Record<string, number>;
    __polisExternalRan?: number;
  }
}

const DAY = 24 * 60 * 60 * 1000;
const externalScript = new URL('./test-fixtures/external.js', import.meta.url).href;

function clearCookies(): void {
  for (const pair of document.cookie.split(';')) {
    const name = pair.split('=')[0]?.trim();
    if (!name) continue;
    for (const path of ['/', location.pathname, location.pathname.replace(/\/[^/]*$/, '') || '/']) {
      document.cookie = `${name}=; Path=${path}; Max-Age=0`;
    }
  }
}

function makeConfig(overrides: Partial<ConsentConfig> = {}): ConsentConfig {
  return {
    revision: 1,
    categories: {
      analytics: { label: 'Analytics', description: 'Google Analytics', cookies: ['_gid', /^_ga(_|$)/] },
      marketing: { label: 'Marketing', description: 'Adverts', gpc: true },
      preferences: { label: 'Preferences', description: 'Remembering your settings' },
    },
    cookiesPage: '/cookies',
    ...overrides,
  };
}

function consentCookie(): string[] {
  return readCookieValues(document.cookie, 'polis_consent');
}

const containers: HTMLElement[] = [];
function page(markup: string): HTMLElement {
  const container = document.createElement('div');
  // The markup is the test's own constant, parsed as a page would be.
  container.append(document.createRange().createContextualFragment(markup));
  document.body.append(container);
  containers.push(container);
  return container;
}

beforeEach(() => {
  clearCookies();
  localStorage.clear();
  sessionStorage.clear();
  window.__ran = {};
  window.__polisExternalRan = 0;
});

afterEach(() => {
  for (const container of containers.splice(0)) container.remove();
  setStoragePolicy(() => false);
  vi.useRealTimers();
  vi.restoreAllMocks();
  clearCookies();
});

describe('consent manager', () => {
  it('writes nothing before a person chooses', () => {
    page(`
      <script type="text/plain" data-polis-consent="analytics">window.__ran.inline = (window.__ran.inline ?? 0) + 1;</script>
      <iframe data-polis-consent="marketing" data-src="https://www.youtube.com/embed/x" title="Video"></iframe>
    `);
    const manager = createConsentManager(makeConfig({ preferencesCategory: 'preferences' }));
    const stop = startGating(manager);
    expect(manager.get()).toBeNull();
    expect(manager.needsChoice()).toBe(true);
    expect(manager.isGranted('analytics')).toBe(false);
    expect(manager.choices()).toEqual({ analytics: false, marketing: false, preferences: false });
    expect(mayPersist('preferences')).toBe(false);
    expect(document.cookie).toBe('');
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(window.__ran).toEqual({});
    stop();
  });

  it('rejecting writes one record with every category refused, and runs no gated script', () => {
    page(`<script type="text/plain" data-polis-consent="analytics">window.__ran.inline = 1;</script>`);
    const manager = createConsentManager(makeConfig());
    const stop = startGating(manager);
    const record = manager.rejectAll();
    expect(record.choices).toEqual({ analytics: false, marketing: false, preferences: false });
    expect(record.method).toBe('banner');
    expect(consentCookie().map((value) => parseRecord(value))).toEqual([record]);
    expect(manager.get()).toEqual(record);
    expect(manager.needsChoice()).toBe(false);
    expect(window.__ran).toEqual({});
    expect(localStorage.length).toBe(0);
    stop();
  });

  it('accepting runs each gated script exactly once, even after more choices', async () => {
    const container = page(`
      <script type="text/plain" data-polis-consent="analytics">window.__ran.a = (window.__ran.a ?? 0) + 1;</script>
      <script type="text/plain" data-polis-consent="analytics">window.__ran.b = (window.__ran.b ?? 0) + 1;</script>
      <script type="text/plain" data-polis-consent="analytics" src="${externalScript}"></script>
      <script type="text/plain" data-polis-consent="marketing">window.__ran.m = (window.__ran.m ?? 0) + 1;</script>
    `);
    const manager = createConsentManager(makeConfig());
    const stop = startGating(manager);
    manager.acceptAll();
    manager.acceptAll();
    manager.save({ analytics: true, marketing: false, preferences: true });
    manager.save({ analytics: true, marketing: true, preferences: true });
    await vi.waitFor(() => expect(window.__polisExternalRan).toBe(1));
    expect(window.__ran).toEqual({ a: 1, b: 1, m: 1 });
    // The originals stay inert and marked; each live copy follows its original.
    const originals = container.querySelectorAll('script[data-polis-consent]');
    expect([...originals].every((script) => script.hasAttribute('data-polis-consent-ran'))).toBe(true);
    expect(container.querySelectorAll('script:not([data-polis-consent])')).toHaveLength(4);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.__polisExternalRan).toBe(1);
    stop();
  });

  it('writes one record and fires one event for a double click on accept', () => {
    const onRecord = vi.fn();
    const manager = createConsentManager(makeConfig({ onRecord }));
    const events: ConsentChangeDetail[] = [];
    const listener = (event: CustomEvent<ConsentChangeDetail>) => events.push(event.detail);
    document.addEventListener('polis-consent-change', listener);
    const subscriber = vi.fn();
    manager.subscribe(subscriber);
    const first = manager.acceptAll();
    const second = manager.acceptAll();
    document.removeEventListener('polis-consent-change', listener);
    expect(second).toEqual(first);
    expect(onRecord).toHaveBeenCalledExactlyOnceWith(first);
    expect(subscriber).toHaveBeenCalledOnce();
    expect(events).toEqual([
      { record: first, previous: null, changed: ['analytics', 'marketing', 'preferences'] },
    ]);
    expect(consentCookie()).toHaveLength(1);
  });

  it('keeps the id across updates and tells what changed', () => {
    const manager = createConsentManager(makeConfig());
    const subscriber = vi.fn();
    const unsubscribe = manager.subscribe(subscriber);
    const first = manager.save({ analytics: true });
    const second = manager.save({ analytics: true, marketing: true });
    expect(second.id).toBe(first.id);
    expect(second.method).toBe('settings');
    expect(subscriber).toHaveBeenLastCalledWith({ record: second, previous: first, changed: ['marketing'] });
    unsubscribe();
    manager.withdraw();
    expect(subscriber).toHaveBeenCalledTimes(2);
    expect(manager.get()?.choices).toEqual({ analytics: false, marketing: false, preferences: false });
  });

  it('asks again after a revision bump', () => {
    createConsentManager(makeConfig()).acceptAll();
    expect(createConsentManager(makeConfig()).needsChoice()).toBe(false);
    const bumped = createConsentManager(makeConfig({ revision: 2 }));
    expect(bumped.needsChoice()).toBe(true);
    expect(bumped.get()).toBeNull();
    expect(bumped.isGranted('analytics')).toBe(false);
  });

  it('asks again once the record expires, by an injected clock or fake timers', () => {
    let now = Date.now();
    const env: ConsentEnvironment = { now: () => now };
    const manager = createConsentManager(makeConfig(), env);
    manager.rejectAll();
    now += 181 * DAY;
    expect(manager.needsChoice()).toBe(false);
    now += 2 * DAY;
    expect(manager.needsChoice()).toBe(true);
    expect(manager.get()).toBeNull();

    clearCookies();
    vi.useFakeTimers({ toFake: ['Date'] });
    const timed = createConsentManager(makeConfig());
    timed.acceptAll();
    vi.setSystemTime(Date.now() + 364 * DAY);
    expect(timed.isGranted('analytics')).toBe(true);
    vi.setSystemTime(Date.now() + 2 * DAY);
    expect(timed.isGranted('analytics')).toBe(false);
    expect(timed.needsChoice()).toBe(true);
  });

  it('honours Global Privacy Control on accept, and an explicit yes grants', () => {
    const manager = createConsentManager(makeConfig(), { navigator: { globalPrivacyControl: true } });
    expect(manager.gpc()).toBe(true);
    const accepted = manager.acceptAll();
    expect(accepted.choices).toEqual({ analytics: true, marketing: false, preferences: true });
    expect(accepted.gpc).toBe(true);
    expect(manager.isGranted('marketing')).toBe(false);
    const saved = manager.save({ ...manager.choices(), marketing: true });
    expect(saved.choices.marketing).toBe(true);
    expect(saved.gpc).toBe(true);
    expect(manager.isGranted('marketing')).toBe(true);
    expect(createConsentManager(makeConfig(), { navigator: {} }).gpc()).toBe(false);
  });

  it('withdrawing deletes the cookies of refused categories and keeps the others', () => {
    const manager = createConsentManager(makeConfig());
    manager.acceptAll();
    document.cookie = '_ga=GA1.1.1; Path=/';
    document.cookie = '_ga_ABC=GS1.1.1; Path=/';
    document.cookie = `_gid=GA1.1.2; Path=${location.pathname}`;
    document.cookie = 'session=abc; Path=/';
    document.cookie = '_gat_other=1; Path=/';
    const record = manager.withdraw();
    expect(record.method).toBe('settings');
    expect(record.choices).toEqual({ analytics: false, marketing: false, preferences: false });
    const names = document.cookie.split('; ').map((pair) => pair.split('=')[0]);
    expect(names).not.toContain('_ga');
    expect(names).not.toContain('_ga_ABC');
    expect(names).not.toContain('_gid');
    expect(names).toContain('session');
    expect(names).toContain('_gat_other');
    expect(names).toContain('polis_consent');
  });

  it('lets Polis components store preferences lastingly only while that category is granted', () => {
    const manager = createConsentManager(makeConfig({ preferencesCategory: 'preferences' }));
    expect(mayPersist('preferences')).toBe(false);
    manager.save({ preferences: true });
    expect(mayPersist('preferences')).toBe(true);
    manager.withdraw();
    expect(mayPersist('preferences')).toBe(false);
  });

  it('leaves the storage policy alone without a preferences category', () => {
    setStoragePolicy(() => true);
    createConsentManager(makeConfig()).rejectAll();
    expect(mayPersist('preferences')).toBe(true);
  });

  it('reports an onRecord that throws, and still saves and tells the page', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const manager = createConsentManager(
      makeConfig({
        onRecord: () => {
          throw new Error('log down');
        },
      }),
    );
    const subscriber = vi.fn();
    manager.subscribe(subscriber);
    expect(() => manager.acceptAll()).not.toThrow();
    expect(error).toHaveBeenCalledOnce();
    expect(subscriber).toHaveBeenCalledOnce();
    expect(manager.isGranted('analytics')).toBe(true);
  });

  it('acts as a server without a document: reads nothing, writes nothing, still logs', () => {
    const onRecord = vi.fn();
    const manager = createConsentManager(makeConfig({ onRecord }), { document: null });
    const record = manager.acceptAll();
    expect(onRecord).toHaveBeenCalledExactlyOnceWith(record);
    expect(manager.get()).toBeNull();
    expect(manager.isGranted('analytics')).toBe(false);
    expect(document.cookie).toBe('');
  });

  it('keeps a choice for the page when the browser refuses the cookie', () => {
    const blocked = {
      get cookie() {
        return '';
      },
      set cookie(_value: string) {
        // Cookies switched off: writes are dropped.
      },
      dispatchEvent: () => true,
    } as unknown as Document;
    const manager = createConsentManager(makeConfig(), { document: blocked });
    const record = manager.rejectAll();
    expect(manager.get()).toEqual(record);
    expect(manager.needsChoice()).toBe(false);
    expect(manager.rejectAll()).toEqual(record);
  });

  it('ignores a tampered cookie', () => {
    document.cookie = 'polis_consent=%7B%22choices%22%3A%7B%22analytics%22%3Atrue%7D%7D; Path=/';
    const manager = createConsentManager(makeConfig());
    expect(manager.get()).toBeNull();
    expect(manager.isGranted('analytics')).toBe(false);
    expect(manager.needsChoice()).toBe(true);
  });
});

describe('configuration mistakes', () => {
  it('never throws; warns once about each mistake and falls back sensibly', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const cases: unknown[] = [
      undefined,
      { revision: '2', categories: { analytics: { label: 'A', description: 'd' } } },
      { revision: 'two', categories: { analytics: { label: 'A', description: 'd' } } },
      { revision: 1 },
      { revision: 1, categories: {} },
      {
        revision: 1,
        categories: { analytics: { label: 'A', description: 'd' } },
        lifetimeDays: { accepted: -5, rejected: 'x' },
      },
      JSON.parse(
        '{"revision":1,"categories":{"__proto__":{"label":"P","description":"d"},"my analytics":{"label":"A","description":"d"}}}',
      ),
    ];
    for (const config of cases) {
      let manager: ReturnType<typeof createConsentManager> | undefined;
      expect(() => (manager = createConsentManager(config as ConsentConfig))).not.toThrow();
      expect(() => manager!.acceptAll()).not.toThrow();
      clearCookies();
    }
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages.some((m) => /revision/.test(m) && /"2"/.test(m))).toBe(true);
    expect(messages.some((m) => /no categories/.test(m))).toBe(true);
    expect(messages.some((m) => /lifetimeDays\.accepted/.test(m))).toBe(true);
    expect(messages.some((m) => /lifetimeDays\.rejected/.test(m))).toBe(true);
    expect(messages.some((m) => /__proto__/.test(m))).toBe(true);
    expect(messages.some((m) => /"my analytics"/.test(m))).toBe(true);
    // A numeric string is taken as the number it says; anything else counts as revision 0.
    expect(createConsentManager(cases[1] as ConsentConfig).config.revision).toBe(2);
    expect(createConsentManager(cases[2] as ConsentConfig).config.revision).toBe(0);
    // Each mistake is told once, however often it is made.
    const count = warn.mock.calls.length;
    for (const config of cases) createConsentManager(config as ConsentConfig);
    expect(warn.mock.calls.length).toBe(count);
  });

  it('keeps a good configuration as it was given', () => {
    const config = makeConfig();
    expect(createConsentManager(config).config).toBe(config);
  });
});

describe('the page-wide manager', () => {
  it('asks for configure first, answers "no consent" until then, and delegates after', () => {
    expect(consent.getConfig()).toBeNull();
    expect(consent.get()).toBeNull();
    expect(consent.isGranted('analytics')).toBe(false);
    expect(() => consent.acceptAll()).toThrow(/configure/);
    expect(() => consent.needsChoice()).toThrow(/configure/);
    expect(() => consent.subscribe(() => {})).toThrow(/configure/);

    const configured = vi.fn();
    const stop = consent.onConfigure(configured);
    const config = makeConfig();
    consent.configure(config);
    expect(configured).toHaveBeenCalledExactlyOnceWith(config);
    expect(consent.getConfig()).toBe(config);
    expect(consent.needsChoice()).toBe(true);
    const subscriber = vi.fn();
    consent.subscribe(subscriber);
    // A new configuration keeps the subscribers.
    consent.configure(makeConfig({ revision: 2 }));
    const record = consent.save({ analytics: true });
    expect(record.revision).toBe(2);
    expect(subscriber).toHaveBeenCalledOnce();
    expect(consent.isGranted('analytics')).toBe(true);
    expect(consent.consentManager.isGranted('analytics')).toBe(true);
    expect(consent.consentManager.config.revision).toBe(2);
    expect(consent.gpcSignal()).toBe(
      (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true,
    );
    stop();
  });
});
