// End to end: consent on the demo, built for production from the npm packages, served with a
// strict Content-Security-Policy and Trusted Types, in Chromium. The pages carry two gated
// scripts (public/analytics.js and public/marketing.js, which set cookies and count their
// runs in window.__polisRuns) and a gated embed; the cookies page carries the settings form.
// Every scenario gets a fresh browser context: no cookies, no storage.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { AxeBuilder } from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import { handleConsentForm } from '@polis-ds/patterns/consent/server';
import type { ConsentConfig, ConsentRecord } from '@polis-ds/patterns/consent';
import { launchOptions } from '../../../scripts/chromium.mjs';
import { serve } from '../serve.mjs';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const DAY = 24 * 60 * 60 * 1000;
const COOKIE = 'polis_consent';

/** The demo's configuration as the server knows it (apps/demo/src/consent.ts). */
const serverConfig: ConsentConfig = {
  revision: 1,
  categories: {
    analytics: { label: 'Analytics', description: '', cookies: ['_ga', /^_ga_/] },
    marketing: { label: 'Marketing', description: '', cookies: ['_mkt'], gpc: true },
  },
};

let browser: Browser;
let server: { url: string; close(): Promise<void> };
const contexts: BrowserContext[] = [];
const problems: string[] = [];
const foreignRequests: string[] = [];

interface ContextOptions {
  /** The browser sends Global Privacy Control. */
  gpc?: boolean;
}

async function newContext(options: ContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext();
  contexts.push(context);
  await context.addInitScript((gpc: boolean) => {
    // Count the polis-consent-change events of each page load.
    (window as unknown as { __polisEvents: number }).__polisEvents = 0;
    document.addEventListener('polis-consent-change', () => {
      (window as unknown as { __polisEvents: number }).__polisEvents++;
    });
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
    if (gpc) {
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
        configurable: true,
        get: () => true,
      });
    }
  }, options.gpc === true);
  return context;
}

function watch(page: Page, path: string): void {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error on ${path}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error on ${path}: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url)) foreignRequests.push(request.url());
  });
}

/** Waits until the Polis elements on the page are defined and rendered. */
async function ready(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      customElements.get('polis-consent-banner') !== undefined &&
      customElements.get('polis-consent-settings') !== undefined,
  );
  await page.evaluate(async () => {
    const all: Element[] = [];
    const walk = (root: ParentNode) => {
      for (const element of root.querySelectorAll('*')) {
        all.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    for (let i = 0; i < 3; i++) {
      all.length = 0;
      walk(document);
      await Promise.all(
        all.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete),
      );
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
}

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  watch(page, path);
  await page.goto(server.url + path);
  await ready(page);
  return page;
}

async function reload(page: Page): Promise<void> {
  await page.reload();
  await ready(page);
}

/** What the page has stored and run. */
async function pageState(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as {
      __polisRuns?: Record<string, number>;
      __polisRecords?: unknown[];
      __polisEvents?: number;
    };
    return {
      local: localStorage.length,
      session: sessionStorage.length,
      runs: w.__polisRuns ?? {},
      records: w.__polisRecords?.length ?? 0,
      events: w.__polisEvents ?? 0,
      ran: document.querySelectorAll('script[data-polis-consent-ran]').length,
    };
  });
}

async function cookieNames(context: BrowserContext): Promise<string[]> {
  return (await context.cookies()).map((c) => c.name).sort();
}

async function consentRecord(context: BrowserContext): Promise<ConsentRecord | null> {
  const cookie = (await context.cookies()).find((c) => c.name === COOKIE);
  return cookie ? (JSON.parse(decodeURIComponent(cookie.value)) as ConsentRecord) : null;
}

/** Where focus is, looking through shadow roots: the part name, or the tag and text. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return '';
    const part = active.getAttribute('part');
    return part
      ? `part:${part}`
      : `${active.localName}:${(active.textContent ?? '').replace(/\s+/g, ' ').trim()}`;
  });
}

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .options({ rules: { 'target-size': { enabled: true } } })
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const banner = (page: Page) => page.locator('polis-consent-banner');
const accept = (page: Page, name = 'Accept additional cookies') => page.getByRole('button', { name });
const reject = (page: Page, name = 'Reject additional cookies') => page.getByRole('button', { name });
const question = (page: Page, name: string | RegExp) => page.getByRole('group', { name });

beforeAll(async () => {
  await build({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)), logLevel: 'warn' });
  server = await serve();
  browser = await chromium.launch(launchOptions());
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

describe('consent on a page with gated analytics and marketing scripts', () => {
  it('before a choice: no cookie, no storage, no gated script, and the embed is not loaded', async () => {
    const context = await newContext();
    const page = await open(context, '/');
    await expect.poll(() => banner(page).isVisible()).toBe(true);
    await page.waitForTimeout(300);
    expect(await context.cookies()).toEqual([]);
    expect(await pageState(page)).toEqual({ local: 0, session: 0, runs: {}, records: 0, events: 0, ran: 0 });
    expect(await page.locator('iframe.embed').getAttribute('src')).toBeNull();
    expect(await page.locator('.polis-consent-placeholder').isVisible()).toBe(true);
    // The banner is the first thing in the page and scrolls with it.
    expect(await page.evaluate(() => document.body.firstElementChild?.localName)).toBe(
      'polis-consent-banner',
    );
    expect(
      await banner(page).evaluate(
        (el) => getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).position,
      ),
    ).toBe('static');
    expect(await axe(page)).toEqual([]);
  });

  it('reject: a record with every optional category refused, and nothing runs', async () => {
    const context = await newContext();
    const page = await open(context, '/');
    await reject(page).click();
    await expect.poll(() => focused(page)).toBe('part:confirmation');
    const record = (await consentRecord(context))!;
    expect(record.choices).toEqual({ analytics: false, marketing: false });
    expect(record.method).toBe('banner');
    expect(record.revision).toBe(1);
    expect(record.gpc).toBe(false);
    expect(await cookieNames(context)).toEqual([COOKIE]);
    expect(await pageState(page)).toEqual({ local: 0, session: 0, runs: {}, records: 1, events: 1, ran: 0 });
    expect(await banner(page).getByText('You’ve rejected additional cookies.').isVisible()).toBe(true);
    expect(await axe(page)).toEqual([]);

    await reload(page);
    expect(await banner(page).isHidden()).toBe(true);
    expect((await pageState(page)).runs).toEqual({});
    expect(await cookieNames(context)).toEqual([COOKIE]);
  });

  it('accept: each gated script runs exactly once per page load, and the embed loads', async () => {
    const context = await newContext();
    const page = await open(context, '/');
    await accept(page).click();
    await expect.poll(() => focused(page)).toBe('part:confirmation');
    await expect.poll(async () => (await pageState(page)).runs).toEqual({ analytics: 1, marketing: 1 });
    expect((await consentRecord(context))!.choices).toEqual({ analytics: true, marketing: true });
    await expect.poll(() => cookieNames(context)).toEqual(['_ga', '_ga_DEMO', '_mkt', COOKIE]);
    await expect.poll(() => page.locator('iframe.embed').getAttribute('src')).toBe('/embed.html');
    expect(await page.locator('.polis-consent-placeholder').count()).toBe(0);
    // A while later, and after more consent events, still once.
    await page.waitForTimeout(300);
    expect(await pageState(page)).toMatchObject({
      runs: { analytics: 1, marketing: 1 },
      records: 1,
      events: 1,
      ran: 2,
    });
    expect(await axe(page)).toEqual([]);

    await reload(page);
    expect(await banner(page).isHidden()).toBe(true);
    await expect.poll(async () => (await pageState(page)).runs).toEqual({ analytics: 1, marketing: 1 });
    await page.waitForTimeout(300);
    expect((await pageState(page)).runs).toEqual({ analytics: 1, marketing: 1 });
    expect((await pageState(page)).records).toBe(0);
  });

  it('a double click on accept writes one record and fires one event', async () => {
    const context = await newContext();
    const page = await open(context, '/');
    await accept(page).dblclick();
    await expect
      .poll(() => banner(page).getByText('You’ve accepted additional cookies.').isVisible())
      .toBe(true);
    await page.waitForTimeout(300);
    expect(await pageState(page)).toMatchObject({
      records: 1,
      events: 1,
      runs: { analytics: 1, marketing: 1 },
    });
    // The second click is not taken as "Hide cookie message".
    expect(await banner(page).isVisible()).toBe(true);
  });

  it('a record of an older revision of the cookie policy brings the banner back and grants nothing', async () => {
    const context = await newContext();
    const old = handleConsentForm(
      { consent: 'accept' },
      { config: { ...serverConfig, revision: 0 }, secure: false },
    );
    await context.addCookies([
      { name: COOKIE, value: old.setCookie!.split(';')[0]!.slice(COOKIE.length + 1), url: server.url },
    ]);
    const page = await open(context, '/');
    expect(await banner(page).isVisible()).toBe(true);
    await page.waitForTimeout(300);
    expect((await pageState(page)).runs).toEqual({});
  });

  it('a record written by the server helper (the no-JavaScript banner) is honoured in the browser', async () => {
    const context = await newContext();
    const result = handleConsentForm(
      { consent: 'accept', returnTo: '/' },
      { config: serverConfig, secure: false },
    );
    expect(result.errors).toBeNull();
    await context.addCookies([
      { name: COOKIE, value: result.setCookie!.split(';')[0]!.slice(COOKIE.length + 1), url: server.url },
    ]);
    const page = await open(context, '/');
    expect(await banner(page).isHidden()).toBe(true);
    await expect.poll(async () => (await pageState(page)).runs).toEqual({ analytics: 1, marketing: 1 });
  });

  it('expiry (fake clock): an acceptance lasts a year, a refusal six months', async () => {
    const context = await newContext();
    const page = await context.newPage();
    watch(page, '/ (clock)');
    const start = Date.now();
    await page.clock.install({ time: start });
    await page.goto(server.url + '/');
    await ready(page);
    await accept(page).click();
    await expect.poll(() => focused(page)).toBe('part:confirmation');

    await page.clock.setSystemTime(start + 364 * DAY);
    await reload(page);
    expect(await banner(page).isHidden()).toBe(true);

    await page.clock.setSystemTime(start + 366 * DAY);
    await reload(page);
    expect(await banner(page).isVisible()).toBe(true);
    expect(await accept(page).isVisible()).toBe(true);
    await page.waitForTimeout(300);
    expect((await pageState(page)).runs).toEqual({});

    // Refuse now: asked again after 182 days.
    await reject(page).click();
    await expect.poll(() => focused(page)).toBe('part:confirmation');
    await page.clock.setSystemTime(start + (366 + 181) * DAY);
    await reload(page);
    expect(await banner(page).isHidden()).toBe(true);
    await page.clock.setSystemTime(start + (366 + 183) * DAY);
    await reload(page);
    expect(await banner(page).isVisible()).toBe(true);
  });

  it('Global Privacy Control: the banner says it is honoured and accepting leaves marketing refused', async () => {
    const context = await newContext({ gpc: true });
    const page = await open(context, '/');
    const notice = banner(page).locator('[part~="gpc-notice"]');
    expect(await notice.textContent()).toMatch(/Global Privacy Control/);
    expect(await notice.textContent()).toMatch(/marketing/);
    expect(await axe(page)).toEqual([]);
    await accept(page).click();
    await expect.poll(() => focused(page)).toBe('part:confirmation');
    const record = (await consentRecord(context))!;
    expect(record.choices).toEqual({ analytics: true, marketing: false });
    expect(record.gpc).toBe(true);
    await expect.poll(async () => (await pageState(page)).runs).toEqual({ analytics: 1 });
    await page.waitForTimeout(300);
    expect((await pageState(page)).runs).toEqual({ analytics: 1 });
    expect(await cookieNames(context)).toEqual(['_ga', '_ga_DEMO', COOKIE]);
    expect(await banner(page).getByText('You’ve accepted some additional cookies.').isVisible()).toBe(true);
    expect(await banner(page).locator('[part~="gpc-notice"]').textContent()).toMatch(
      /Global Privacy Control/,
    );
    // The embed needs marketing: still a placeholder.
    expect(await page.locator('.polis-consent-placeholder').isVisible()).toBe(true);
    expect(await axe(page)).toEqual([]);
  });

  it('keyboard only: Tab to Accept, Enter, focus on the confirmation, Tab to Hide, Enter', async () => {
    const context = await newContext();
    const page = await open(context, '/');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('part:button accept-button');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('part:confirmation');
    let tabs = 0;
    while ((await focused(page)) !== 'part:button hide-button' && tabs < 3) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(tabs).toBe(2); // The "change your cookie settings" link, then Hide.
    await page.keyboard.press('Enter');
    await expect.poll(() => banner(page).isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('main');
    expect(await pageState(page)).toMatchObject({
      records: 1,
      events: 1,
      runs: { analytics: 1, marketing: 1 },
    });
  });

  it('withdrawing analytics on the cookies page deletes its cookies and keeps the others', async () => {
    const context = await newContext();
    const home = await open(context, '/');
    await accept(home).click();
    await expect.poll(() => cookieNames(context)).toEqual(['_ga', '_ga_DEMO', '_mkt', COOKIE]);
    await home.close();

    const page = await open(context, '/cookies.html');
    const analytics = question(page, 'Use analytics cookies?');
    const marketing = question(page, 'Use marketing cookies?');
    expect(await analytics.getByRole('radio', { name: 'Yes' }).isChecked()).toBe(true);
    expect(await marketing.getByRole('radio', { name: 'Yes' }).isChecked()).toBe(true);
    await analytics.getByRole('radio', { name: 'No' }).check();
    await page.getByRole('button', { name: 'Save cookie settings' }).click();
    await expect.poll(() => focused(page)).toBe('part:base');
    expect(await page.getByRole('alert', { name: 'Success' }).isVisible()).toBe(true);
    expect(await page.getByText('You’ve set your cookie preferences.').isVisible()).toBe(true);
    expect(await cookieNames(context)).toEqual(['_mkt', COOKIE]);
    const record = (await consentRecord(context))!;
    expect(record.choices).toEqual({ analytics: false, marketing: true });
    expect(record.method).toBe('settings');
    expect(await axe(page)).toEqual([]);
  });

  it('the cookies page works with the keyboard alone', async () => {
    const context = await newContext();
    const page = await open(context, '/cookies.html');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('part:control');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await consentRecord(context))?.choices)
      .toEqual({
        analytics: true,
        marketing: false,
      });
    await expect.poll(() => focused(page)).toBe('part:base');
  });

  for (const [lang, path, names] of [
    [
      'English',
      '/cookies.html',
      {
        save: 'Save cookie settings',
        yes: 'Yes',
        no: 'No',
        analytics: 'Use analytics cookies?',
        marketing: 'Use marketing cookies?',
      },
    ],
    [
      'French',
      '/fr/cookies.html',
      {
        save: 'Enregistrer les paramètres des cookies',
        yes: 'Oui',
        no: 'Non',
        analytics: /mesure d’audience/,
        marketing: /publicité/,
      },
    ],
  ] as const) {
    it(`the cookies page in ${lang}: no answer chosen, errors, saved; no axe violations in any state`, async () => {
      const context = await newContext();
      const page = await open(context, path);
      for (const category of [names.analytics, names.marketing]) {
        const group = question(page, category);
        expect(await group.getByRole('radio', { name: names.yes }).isChecked()).toBe(false);
        expect(await group.getByRole('radio', { name: names.no }).isChecked()).toBe(false);
      }
      expect(await axe(page)).toEqual([]);

      await page.getByRole('button', { name: names.save }).click();
      await expect.poll(() => focused(page)).toBe('part:base');
      expect(await page.getByRole('alert').getByRole('link').count()).toBe(2);
      expect(await context.cookies()).toEqual([]);
      expect(await axe(page)).toEqual([]);

      await question(page, names.analytics).getByRole('radio', { name: names.no }).check();
      await question(page, names.marketing).getByRole('radio', { name: names.no }).check();
      await page.getByRole('button', { name: names.save }).click();
      await expect
        .poll(async () => (await consentRecord(context))?.choices)
        .toEqual({
          analytics: false,
          marketing: false,
        });
      expect(await axe(page)).toEqual([]);
    });
  }

  it('in French: the question, the placeholder and the confirmation, with no axe violations', async () => {
    const context = await newContext();
    const page = await open(context, '/fr/');
    expect(await banner(page).getByRole('heading').textContent()).toBe('Les cookies sur Demander un permis');
    expect(await page.locator('.polis-consent-placeholder__button').textContent()).toMatch(/publicité/);
    expect(await axe(page)).toEqual([]);
    await accept(page, 'Accepter les cookies supplémentaires').click();
    await expect.poll(() => focused(page)).toBe('part:confirmation');
    expect(await banner(page).getByText('Vous avez accepté les cookies supplémentaires.').isVisible()).toBe(
      true,
    );
    expect(await axe(page)).toEqual([]);
  });

  it('in French with Global Privacy Control, and after refusing: no axe violations', async () => {
    const context = await newContext({ gpc: true });
    const page = await open(context, '/fr/');
    expect(await banner(page).locator('[part~="gpc-notice"]').textContent()).toMatch(
      /Global Privacy Control/,
    );
    expect(await axe(page)).toEqual([]);
    await reject(page, 'Refuser les cookies supplémentaires').click();
    await expect.poll(() => focused(page)).toBe('part:confirmation');
    expect(await axe(page)).toEqual([]);
  });

  it('allowing the embed from its placeholder grants marketing and loads it', async () => {
    const context = await newContext();
    const page = await open(context, '/');
    await page.getByRole('button', { name: /Allow marketing cookies/ }).click();
    await expect.poll(() => page.locator('iframe.embed').getAttribute('src')).toBe('/embed.html');
    const record = (await consentRecord(context))!;
    expect(record.choices).toEqual({ analytics: false, marketing: true });
    expect(record.method).toBe('embed');
    // A choice made elsewhere hides the banner's question.
    await expect.poll(() => banner(page).isHidden()).toBe(true);
    await expect.poll(async () => (await pageState(page)).runs).toEqual({ marketing: 1 });
  });

  it('ran under a strict CSP with Trusted Types, made no requests elsewhere, logged no errors', () => {
    expect(problems).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
