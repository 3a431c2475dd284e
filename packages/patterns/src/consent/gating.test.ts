import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page as browserPage, userEvent } from 'vitest/browser';
import { createConsentManager, type ConsentManager } from './manager.js';
import { startGating } from './gating.js';
import { consentMessages } from './messages.js';
import type { ConsentConfig } from './types.js';

declare global {
  interface Window {
    __ran?: Record<string, number>;
    __polisExternalRan?: number;
  }
}

const embedPage = new URL('./test-fixtures/embed.html', import.meta.url).href;
const externalScript = new URL('./test-fixtures/external.js', import.meta.url).href;

function clearCookies(): void {
  for (const pair of document.cookie.split(';')) {
    const name = pair.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; Path=/; Max-Age=0`;
  }
}

const config: ConsentConfig = {
  revision: 1,
  categories: {
    analytics: { label: 'Analytics', description: 'Google Analytics' },
    marketing: {
      label: { en: 'Marketing', fr: 'Publicité' },
      description: 'Videos and adverts',
      purpose: { en: 'show you adverts', fr: 'vous montrent des publicités' },
    },
    videos: { label: 'Videos', description: 'Embedded videos' },
  },
  cookiesPage: '/cookies',
};

const containers: HTMLElement[] = [];
const stops: Array<() => void> = [];

function page(markup: string): HTMLElement {
  const container = document.createElement('div');
  container.append(document.createRange().createContextualFragment(markup));
  document.body.append(container);
  containers.push(container);
  return container;
}

function gate(manager: ConsentManager, root?: Element): void {
  stops.push(startGating(manager, root));
}

function placeholderOf(embed: Element): HTMLElement | null {
  const previous = embed.previousElementSibling;
  return previous?.classList.contains('polis-consent-placeholder') ? (previous as HTMLElement) : null;
}

beforeEach(() => {
  clearCookies();
  window.__ran = {};
});

afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  for (const container of containers.splice(0)) container.remove();
  clearCookies();
});

describe('gated embeds', () => {
  it('shows a placeholder that says what loading means, instead of the embed', async () => {
    const container = page(`
      <iframe data-polis-consent="marketing" data-src="https://www.youtube.com/embed/abc" title="How to apply"></iframe>
      <img data-polis-consent="videos" data-src="https://img.example.com/a.png" alt="A chart">
    `);
    gate(createConsentManager(config));
    const iframe = container.querySelector('iframe')!;
    expect(iframe.hasAttribute('src')).toBe(false);
    expect(iframe.hidden).toBe(true);

    const group = browserPage.getByRole('group', { name: 'Content not loaded: How to apply' });
    await expect.element(group).toBeVisible();
    await expect
      .element(group)
      .toHaveTextContent(
        'This content comes from www.youtube.com. Loading it allows www.youtube.com to set cookies that show you adverts.',
      );
    await expect.element(group.getByRole('button', { name: 'Allow marketing cookies' })).toBeVisible();
    await expect
      .element(group.getByRole('link', { name: 'Change your cookie settings' }))
      .toHaveAttribute('href', '/cookies');
    expect(placeholderOf(iframe)?.getAttribute('style')).toBeNull();

    // Without a purpose, the label says what kind of cookies.
    const image = placeholderOf(container.querySelector('img')!)!;
    expect(image.textContent).toContain('Loading it allows img.example.com to set videos cookies.');
    expect(image.getAttribute('aria-label')).toBe('Content not loaded: A chart');
  });

  it('loads the embed when its button grants the category, and moves focus to it', async () => {
    const onRecord = vi.fn();
    const manager = createConsentManager({ ...config, onRecord });
    manager.save({ analytics: true });
    const container = page(
      `<iframe data-polis-consent="marketing" data-src="${embedPage}" title="Embedded page"></iframe>`,
    );
    gate(manager);
    const iframe = container.querySelector('iframe')!;
    await userEvent.click(browserPage.getByRole('button', { name: 'Allow marketing cookies' }));

    expect(manager.isGranted('marketing')).toBe(true);
    // The other answers are kept: the button grants only what the embed needs.
    expect(manager.choices()).toEqual({ analytics: true, marketing: true, videos: false });
    expect(onRecord).toHaveBeenLastCalledWith(expect.objectContaining({ method: 'embed' }));
    expect(iframe.getAttribute('src')).toBe(embedPage);
    expect(iframe.hidden).toBe(false);
    expect(placeholderOf(iframe)).toBeNull();
    expect(container.querySelector('.polis-consent-placeholder')).toBeNull();
    expect(document.activeElement).toBe(iframe);
  });

  it('loads at once when already granted, and does not unload when refused later', () => {
    const manager = createConsentManager(config);
    manager.acceptAll();
    const container = page(
      `<iframe data-polis-consent="marketing" data-src="${embedPage}" title="Embedded page"></iframe>`,
    );
    gate(manager);
    const iframe = container.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toBe(embedPage);
    expect(placeholderOf(iframe)).toBeNull();
    manager.rejectAll();
    expect(iframe.getAttribute('src')).toBe(embedPage);
    expect(placeholderOf(iframe)).toBeNull();
  });

  it('writes the placeholder in the language of the embed', async () => {
    await consentMessages.load('fr');
    const container = page(`
      <section lang="fr">
        <iframe data-polis-consent="marketing" data-src="https://www.youtube.com/embed/abc" title="Comment faire une demande"></iframe>
      </section>
    `);
    gate(createConsentManager(config));
    const placeholder = placeholderOf(container.querySelector('iframe')!)!;
    expect(placeholder.getAttribute('aria-label')).toBe(
      'Contenu non chargé\u202f: Comment faire une demande',
    );
    expect(placeholder.textContent).toContain(
      'Le charger permet à www.youtube.com de déposer des cookies qui vous montrent des publicités.',
    );
    expect(placeholder.querySelector('button')?.textContent).toBe(
      'Autoriser les cookies «\u202fpublicité\u202f»',
    );
  });

  it('never loads a javascript: address', () => {
    const manager = createConsentManager(config);
    manager.acceptAll();
    const container = page(
      `<iframe data-polis-consent="marketing" data-src="java&#9;script:alert(1)" title="x"></iframe>`,
    );
    gate(manager);
    expect(container.querySelector('iframe')!.hasAttribute('src')).toBe(false);
  });
});

describe('gating an unknown category', () => {
  it('offers no "Allow" button for a name the configuration only inherits (toString, constructor)', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const manager = createConsentManager(config);
    const container = page(
      `<iframe data-polis-consent="toString" data-src="https://example.com/a" title="A"></iframe>`,
    );
    gate(manager);
    const placeholder = placeholderOf(container.querySelector('iframe')!)!;
    expect(placeholder.querySelector('button')).toBeNull();
    expect(placeholder.textContent).not.toMatch(/function/);
  });
});

describe('gated scripts', () => {
  it('gates scripts added after gating started', async () => {
    const manager = createConsentManager(config);
    const container = page('');
    gate(manager);
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.dataset.polisConsent = 'analytics';
    script.textContent = 'window.__ran.late = (window.__ran.late ?? 0) + 1;';
    container.append(script);
    await new Promise((resolve) => setTimeout(resolve));
    expect(window.__ran).toEqual({});
    manager.acceptAll();
    expect(window.__ran).toEqual({ late: 1 });

    // Added once consent is already given: it runs when the observer sees it.
    const again = script.cloneNode(true) as HTMLScriptElement;
    again.removeAttribute('data-polis-consent-ran');
    container.append(again);
    await vi.waitFor(() => expect(window.__ran).toEqual({ late: 2 }));
    const frame = page(
      `<iframe data-polis-consent="marketing" data-src="${embedPage}" title="Late"></iframe>`,
    );
    await vi.waitFor(() => expect(frame.querySelector('iframe')!.getAttribute('src')).toBe(embedPage));
  });

  it('runs a script that needs several categories only when all are granted', () => {
    const manager = createConsentManager(config);
    page(
      `<script type="text/plain" data-polis-consent="analytics marketing">window.__ran.both = 1;</script>`,
    );
    gate(manager);
    manager.save({ analytics: true });
    expect(window.__ran).toEqual({});
    manager.save({ analytics: true, marketing: true });
    expect(window.__ran).toEqual({ both: 1 });
  });

  it('copies attributes and the nonce, takes data-polis-type as the type, and never runs an unknown category', async () => {
    const manager = createConsentManager(config);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const container = page(`
      <script type="text/plain" data-polis-consent="analytics" data-polis-type="module" id="tracker" data-id="G-1" nonce="abc123">window.__ran.module = import.meta.url ? 1 : 0;</script>
      <script type="text/plain" data-polis-consent="statistics">window.__ran.unknown = 1;</script>
    `);
    gate(manager);
    manager.acceptAll();
    const live = container.querySelector<HTMLScriptElement>(
      'script[data-id="G-1"]:not([data-polis-consent])',
    )!;
    expect(live.type).toBe('module');
    expect(live.id).toBe('tracker');
    expect(live.nonce).toBe('abc123');
    expect(live.hasAttribute('data-polis-type')).toBe(false);
    expect(live.previousElementSibling?.hasAttribute('data-polis-consent-ran')).toBe(true);
    expect(window.__ran?.unknown).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('statistics'));
    warn.mockRestore();
    await vi.waitFor(() => expect(window.__ran?.module).toBe(1));
  });

  it('follows a choice recorded by another manager on the page', () => {
    page(`<script type="text/plain" data-polis-consent="analytics">window.__ran.other = 1;</script>`);
    gate(createConsentManager(config));
    createConsentManager(config).acceptAll();
    expect(window.__ran).toEqual({ other: 1 });
  });

  it('runs gated scripts on a page with a strict CSP, a nonce and Trusted Types', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'Strict page';
    const csp = "script-src 'nonce-polis'; require-trusted-types-for 'script'; trusted-types lit-html";
    frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${csp}">
      <script type="text/plain" data-polis-consent="analytics" nonce="polis">parent.__ran.inline = 1;</script>
      <script type="text/plain" data-polis-consent="analytics" nonce="polis" src="${externalScript}"></script>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    page('').append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const frameWindow = frame.contentWindow as Window;
    // Making a script from strings is refused on this page, so the check below means something.
    const naive = doc.createElement('script');
    expect(() => {
      naive.textContent = 'parent.__ran.naive = 1;';
    }).toThrow(/TrustedScript/);
    expect(() => naive.setAttribute('src', externalScript)).toThrow(/TrustedScriptURL/);
    const violations: string[] = [];
    doc.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.effectiveDirective} ${event.sample}`),
    );
    const manager = createConsentManager(config);
    gate(manager, doc.documentElement);
    manager.acceptAll();
    await vi.waitFor(() => expect(frameWindow.__polisExternalRan).toBe(1));
    await vi.waitFor(() => expect(window.__ran).toEqual({ inline: 1 }));
    // The page looks as without Trusted Types: an inert marked script, then the live one.
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.map((script) => [script.type, script.hasAttribute('data-polis-consent-ran')])).toEqual([
      ['text/plain', true],
      ['', false],
      ['text/plain', true],
      ['', false],
    ]);
    // Only the attempts to make scripts from strings were refused (each is reported once to the
    // page's CSP reporting); nothing that ran was.
    expect(violations.every((violation) => violation.startsWith('require-trusted-types-for'))).toBe(true);
  });

  it('stops watching when stopped', async () => {
    const manager = createConsentManager(config);
    const container = page('');
    const stop = startGating(manager);
    stop();
    container.append(
      document
        .createRange()
        .createContextualFragment(
          `<script type="text/plain" data-polis-consent="analytics">window.__ran.stopped = 1;</script>`,
        ),
    );
    manager.acceptAll();
    await new Promise((resolve) => setTimeout(resolve));
    expect(window.__ran).toEqual({});
  });
});
