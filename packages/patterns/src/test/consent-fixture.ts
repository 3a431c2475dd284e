/**
 * Helpers for the browser tests of the consent elements: render, wait, look through shadow
 * roots, watch what is written (cookies, storage), stub Global Privacy Control, and clean up
 * cookies and the page between tests.
 */
// fixture, settle, part and deepActiveElement are the components' own test helpers (test code
// only; the published packages never import across like this).
export { deepActiveElement, fixture, part, settle } from '../../../components/src/test/fixture.js';
import { afterEach } from 'vitest';
import type { ConsentConfig } from '../consent/types.js';

afterEach(() => {
  document.documentElement.lang = 'en';
  document.getElementById('polis-announcer')?.remove();
  clearCookies();
});

/**
 * Text as it is rendered (blocks on lines of their own, as a reader meets them), with runs of
 * spaces and newlines made one space (no-break spaces are kept). Not `textContent`, which runs
 * two paragraphs together when no whitespace node separates them in the markup.
 */
export function text(element: Element | null | undefined): string {
  // Text that is not rendered (in a closed <details>, say) has no innerText: its markup text, then.
  const rendered =
    element instanceof HTMLElement && element.checkVisibility() ? element.innerText : element?.textContent;
  return rendered?.replace(/[ \t\n\r]+/g, ' ').trim() ?? '';
}

/**
 * Deletes the cookies the consent tests set (the consent cookies `polis_consent…` and the
 * category cookies `_test_…`). Only those: test files run side by side on one origin.
 */
export function clearCookies(): void {
  for (const pair of document.cookie.split(';')) {
    const name = pair.split('=')[0]?.trim();
    if (name && /^(polis_consent|_test_)/.test(name)) document.cookie = `${name}=; Path=/; Max-Age=0`;
  }
}

/** The value of one cookie, or `null`. */
export function cookie(name: string): string | null {
  for (const pair of document.cookie.split(';')) {
    const index = pair.indexOf('=');
    if (pair.slice(0, index).trim() === name) return pair.slice(index + 1).trim();
  }
  return null;
}

/**
 * Records every write to `document.cookie`, `localStorage` and `sessionStorage` made in this
 * test's page (the spies are on this frame's prototypes, so other test files are not seen).
 */
export function watchWrites() {
  const cookies: string[] = [];
  const storage: string[] = [];
  const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get(this: Document) {
      return descriptor.get!.call(this) as string;
    },
    set(this: Document, value: string) {
      cookies.push(value);
      descriptor.set!.call(this, value);
    },
  });
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    storage.push(key);
    return setItem.call(this, key, value);
  };
  return {
    cookies,
    storage,
    restore() {
      Object.defineProperty(Document.prototype, 'cookie', descriptor);
      Storage.prototype.setItem = setItem;
    },
  };
}

/**
 * Makes `navigator.globalPrivacyControl` answer `value` (Chromium does not implement it), as
 * a browser that sends the signal would. Returns a function that restores the navigator.
 */
export function stubGpc(value = true): () => void {
  const proto = Navigator.prototype as unknown as Record<string, unknown>;
  const previous = Object.getOwnPropertyDescriptor(proto, 'globalPrivacyControl');
  Object.defineProperty(proto, 'globalPrivacyControl', { configurable: true, get: () => value });
  return () => {
    if (previous) Object.defineProperty(proto, 'globalPrivacyControl', previous);
    else delete proto.globalPrivacyControl;
  };
}

/** A configuration like a service's: analytics and marketing (GPC applies), a cookies page. */
export function testConfig(
  overrides: Partial<ConsentConfig> = {},
  cookieName = 'polis_consent_test',
): ConsentConfig {
  return {
    revision: 1,
    cookiesPage: '/cookies',
    cookie: { name: cookieName },
    categories: {
      analytics: {
        label: { en: 'Analytics', fr: 'Mesure d’audience' },
        description: {
          en: 'Tell us how you use the service, so we can improve it.',
          fr: 'Nous indiquent comment vous utilisez le service, pour l’améliorer.',
        },
        cookies: ['_test_ga', /^_test_ga_/],
      },
      marketing: {
        label: { en: 'Marketing', fr: 'Publicité' },
        description: {
          en: 'Measure our campaigns on other websites.',
          fr: 'Mesurent nos campagnes sur d’autres sites.',
        },
        cookies: ['_test_mkt'],
        gpc: true,
      },
    },
    ...overrides,
  };
}
