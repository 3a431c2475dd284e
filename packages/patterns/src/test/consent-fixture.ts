/**
 * Helpers for the browser tests of the consent elements: render, wait, look through shadow
 * roots, watch what is written (cookies, storage), stub Global Privacy Control, and clean up
 * cookies and the page between tests.
 */
import { render, type TemplateResult } from 'lit';
import { afterEach } from 'vitest';
import type { ConsentConfig } from '../consent/types.js';

const containers = new Set<HTMLElement>();

afterEach(() => {
  for (const container of containers) container.remove();
  containers.clear();
  document.documentElement.lang = 'en';
  document.getElementById('polis-announcer')?.remove();
  clearCookies();
});

/** Renders a template into the page and waits for every element in it to update. */
export async function fixture<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  containers.add(container);
  render(template, container);
  await settle(container);
  return container.firstElementChild as T;
}

/** Waits until every custom element below `root`, and in their shadow roots, has finished updating. */
export async function settle(root: ParentNode = document.body): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const elements: Element[] = [];
    const walk = (node: ParentNode) => {
      for (const element of node.querySelectorAll('*')) {
        elements.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(root);
    await Promise.all(
      elements
        .map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete)
        .filter(Boolean),
    );
    await new Promise((resolve) => setTimeout(resolve));
  }
}

/** The element inside a shadow root with the given part. */
export function part<T extends Element = HTMLElement>(host: Element, name: string): T | null {
  return host.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;
}

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Visible text, with runs of spaces and newlines made one space (no-break spaces are kept). */
export function text(element: Element | null | undefined): string {
  return element?.textContent?.replace(/[ \t\n\r]+/g, ' ').trim() ?? '';
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
