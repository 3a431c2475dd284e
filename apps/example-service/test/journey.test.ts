// End to end: "Register a birth", built for production from the npm packages and served by its
// own Node server with a strict Content-Security-Policy and Trusted Types, walked in Chromium by
// keyboard only (Tab, typing, Enter, Space, arrows; no clicks), as a person would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright';
import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { launchOptions } from '../../../scripts/chromium.mjs';
import { SESSION_COOKIE } from '../consent-config.mjs';
import { serve, type ExampleService } from '../server.mjs';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const CONSENT_COOKIE = 'polis_consent';
const ANALYTICS_COOKIE = '_rb_visits';

let browser: Browser;
let service: ExampleService;
const contexts: BrowserContext[] = [];
const problems: string[] = [];
const foreignRequests: string[] = [];

/** A calendar date `days` from today, as the parts a person types and as the page writes it. */
function dayFrom(days: number) {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return {
    day: String(date.getDate()),
    month: String(date.getMonth() + 1),
    year: String(date.getFullYear()),
    iso,
    text: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(date),
  };
}

async function newContext(options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: service.url, ...options });
  contexts.push(context);
  // Report CSP and Trusted Types violations from every page.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return context;
}

function watch(page: Page): void {
  // A page the server answers with an error status (a rejected form) is logged by Chromium as a
  // failed resource; that one is expected, anything else is a problem.
  const statuses = new Set<number>();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'document' && response.status() >= 400) {
      statuses.add(response.status());
    }
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const failed = /the server responded with a status of (\d+)/.exec(message.text());
    if (failed && statuses.has(Number(failed[1]))) return;
    problems.push(`console error on ${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(service.url)) foreignRequests.push(request.url());
  });
}

/** Waits until every Polis element on the page, in every shadow root, has rendered. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      customElements.get('polis-consent-banner') !== undefined &&
      customElements.get('polis-footer') !== undefined,
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
  watch(page);
  await page.goto(path);
  await settle(page);
  return page;
}

/** Presses a key that loads a new page (a link, a submission) and waits until it has rendered. */
async function pressAndLoad(page: Page, key = 'Enter'): Promise<void> {
  const loaded = page.waitForEvent('load');
  await page.keyboard.press(key);
  await loaded;
  await settle(page);
}

/** Whether `locator`'s element has focus (looking through shadow roots). */
function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    let active: Element | null = document.activeElement;
    const chain: Element[] = [];
    while (active) {
      chain.push(active);
      active = active.shadowRoot?.activeElement ?? null;
    }
    return chain.includes(element);
  });
}

/** Presses Tab (or Shift+Tab) until `locator` has focus: keyboard only. */
async function tabTo(page: Page, locator: Locator, { back = false, limit = 40 } = {}): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await hasFocus(locator)) return;
  }
  throw new Error(`Tab never reached ${locator.toString()}`);
}

/** Replaces what is in the focused field with `text`, as a person selecting it all and typing. */
async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

/**
 * axe, with one change: `region` (content outside landmarks) counts `polis-skip-link` as a
 * region, the exemption axe means to give skip links. It gives it only when the link comes
 * before the page's first link to another page, in the same tree (it compares document
 * positions, which never say "following" across a shadow boundary). Here the consent banner comes first, as GOV.UK's guidance asks, with its
 * "View cookies" link (dequelabs/axe-core#4240, open), and the header's links are in its shadow
 * root. The skip link is the page's own light-DOM link, so everything else axe checks on it
 * still applies.
 */
const axeSource = `${readFileSync(
  createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve(
    'axe-core/axe.min.js',
  ),
  'utf8',
)};axe.configure({ checks: [{ id: 'region', options: { regionMatcher: 'dialog, [role=dialog], [role=alertdialog], svg, polis-skip-link' } }] });`;

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page, axeSource })
    .withTags(AXE_TAGS)
    .options({ rules: { 'target-size': { enabled: true } } })
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Lets the next submission of the question form skip the browser's checks, as a browser
 * without them (or a person who edits the page) would: the server must catch the problem.
 */
function bypassClientValidation(page: Page): Promise<void> {
  return page.evaluate(() => {
    (document.getElementById('question') as HTMLFormElement).noValidate = true;
  });
}

async function cookieNames(context: BrowserContext): Promise<string[]> {
  return (await context.cookies()).map((cookie) => cookie.name).sort();
}

/** The error summary of the page: visible, with these links. */
async function summaryLinks(page: Page): Promise<string[]> {
  const summary = page.getByRole('alert', { name: 'There is a problem' });
  await expect.poll(() => summary.isVisible()).toBe(true);
  // From the server, the links are the page's own, slotted in; from the browser, the summary's.
  return page.locator('polis-error-summary').getByRole('link').allTextContents();
}

/** The rows of a summary list: key and value. */
function rows(page: Page): Promise<string[][]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('polis-summary-list dl > div')].map((row) =>
      [...row.querySelectorAll('dt, dd:first-of-type')].map((cell) => (cell.textContent ?? '').trim()),
    ),
  );
}

beforeAll(async () => {
  await build({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)), logLevel: 'warn' });
  service = await serve();
  browser = await chromium.launch({
    ...launchOptions(),
    // Without the back/forward cache, Back loads the page again: the server must put the
    // answers back (the pages are no-store anyway, as pages with personal data should be).
    args: [...launchOptions().args, '--disable-features=BackForwardCache'],
  });
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await service?.close();
});

describe('Register a birth, end to end', () => {
  it('sets no cookie on arrival or while the person looks around, and only the session cookie when they start', async () => {
    const context = await newContext();
    const page = await open(context, '/');
    expect(await cookieNames(context)).toEqual([]);
    expect(await page.title()).toBe('Register a birth');
    const banner = page.getByRole('region', { name: 'Cookies on Register a birth' });
    await expect.poll(() => banner.isVisible()).toBe(true);
    expect(await axe(page)).toEqual([]);

    // The cookies page, reached from the banner, before any choice.
    await tabTo(page, banner.getByRole('link', { name: 'View cookies' }));
    await pressAndLoad(page);
    expect(new URL(page.url()).pathname).toBe('/cookies');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Cookies');
    await expect.poll(() => page.getByRole('radio', { name: 'Yes' }).count()).toBe(1);
    expect(await axe(page)).toEqual([]);
    expect(await cookieNames(context)).toEqual([]);

    // Starting the journey is asking for the service: its strictly necessary cookie, and no other.
    await page.goBack();
    await settle(page);
    await tabTo(page, page.getByRole('button', { name: 'Start now' }));
    await pressAndLoad(page);
    expect(new URL(page.url()).pathname).toBe('/child-name');
    const cookies = await context.cookies();
    expect(cookies.map((cookie) => cookie.name)).toEqual([SESSION_COOKIE]);
    expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Lax', expires: -1, path: '/' });
    // The question is still open: nothing optional has been allowed.
    await expect.poll(() => banner.isVisible()).toBe(true);

    // Rejecting by keyboard records the choice, and still nothing optional is set.
    const logged = service.consentLog.length;
    await tabTo(page, page.getByRole('button', { name: 'Reject additional cookies' }), { back: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('You’ve rejected additional cookies').isVisible()).toBe(true);
    expect(await cookieNames(context)).toEqual([CONSENT_COOKIE, SESSION_COOKIE].sort());
    // The browser's record reaches the service's own consent log.
    await expect.poll(() => service.consentLog.length).toBe(logged + 1);
    expect(service.consentLog.at(-1)?.record.choices).toEqual({ analytics: false });
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('walks the whole journey by keyboard, with errors found by the server and by the browser', async () => {
    const context = await newContext();
    const page = await open(context, '/');
    const born = dayFrom(-10);
    const corrected = dayFrom(-9);
    const tomorrow = dayFrom(1);

    // Accept analytics: the gated script runs, and sets the one additional cookie.
    await tabTo(page, page.getByRole('button', { name: 'Accept additional cookies' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => cookieNames(context)).toEqual([ANALYTICS_COOKIE, CONSENT_COOKIE]);
    await tabTo(page, page.getByRole('button', { name: 'Hide cookie message' }));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('region', { name: 'Cookies on Register a birth' }).count())
      .toBe(0);

    // Start page → child's name.
    await tabTo(page, page.getByRole('button', { name: 'Start now' }));
    await pressAndLoad(page);
    expect(await page.title()).toBe('What is your child’s name? – Register a birth');
    expect(await axe(page)).toEqual([]);

    // The skip link is the first Tab stop and takes focus to the main content.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    expect(await hasFocus(skip)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main-content');

    // The server rejects what the browser let through: only a first name.
    await tabTo(page, page.getByLabel('First name'));
    await page.keyboard.type('Amara');
    await bypassClientValidation(page);
    await pressAndLoad(page);
    expect(await page.title()).toBe('Error: What is your child’s name? – Register a birth');
    expect(await summaryLinks(page)).toEqual(['Enter your child’s last name']);
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('polis-error-summary');
    const lastName = page.getByLabel('Last name');
    expect(await lastName.getAttribute('aria-invalid')).toBe('true');
    expect(
      await page
        .locator('polis-text-input#child-last-name')
        .getByText('Enter your child’s last name')
        .textContent(),
    ).toMatch(/Error:\s*Enter your child’s last name/);
    // What the person typed is still there.
    expect(await page.getByLabel('First name').inputValue()).toBe('Amara');
    expect(await axe(page)).toEqual([]);

    // The summary's link takes them to the field; Enter in it submits.
    await tabTo(page, page.getByRole('link', { name: 'Enter your child’s last name' }));
    await page.keyboard.press('Enter');
    expect(await hasFocus(lastName)).toBe(true);
    await page.keyboard.type('Okafor');
    await pressAndLoad(page);

    // Date of birth: the browser's own check first (a month is missing).
    expect(new URL(page.url()).pathname).toBe('/date-of-birth');
    expect(await axe(page)).toEqual([]);
    await tabTo(page, page.getByRole('textbox', { name: 'Day' }));
    await page.keyboard.type(born.day);
    await tabTo(page, page.getByRole('textbox', { name: 'Year' }));
    await page.keyboard.type(born.year);
    await page.keyboard.press('Enter');
    expect(await summaryLinks(page)).toEqual(['Date of birth must include a month']);
    expect(new URL(page.url()).pathname).toBe('/date-of-birth');
    expect(await page.title()).toMatch(/^Error: /);
    expect(await axe(page)).toEqual([]);

    // Then the server's: a date in the future, sent past the browser.
    await tabTo(page, page.getByRole('textbox', { name: 'Day' }));
    await retype(page, tomorrow.day);
    await page.keyboard.press('Tab');
    await retype(page, tomorrow.month);
    await page.keyboard.press('Tab');
    await retype(page, tomorrow.year);
    await bypassClientValidation(page);
    await pressAndLoad(page);
    expect(await page.title()).toBe('Error: What is your child’s date of birth? – Register a birth');
    expect(await summaryLinks(page)).toEqual(['Date of birth must be today or in the past']);
    const dateInput = page.locator('polis-date-input#child-date-of-birth');
    expect(await dateInput.getAttribute('error-message')).toBe('Date of birth must be today or in the past');
    expect(await page.getByRole('textbox', { name: 'Day' }).inputValue()).toBe(tomorrow.day.padStart(2, '0'));
    expect(await axe(page)).toEqual([]);

    await tabTo(page, page.getByRole('link', { name: 'Date of birth must be today or in the past' }));
    await page.keyboard.press('Enter');
    expect(await hasFocus(page.getByRole('textbox', { name: 'Day' }))).toBe(true);
    await retype(page, born.day);
    await page.keyboard.press('Tab');
    await retype(page, born.month);
    await page.keyboard.press('Tab');
    await retype(page, born.year);
    await pressAndLoad(page);
    expect(new URL(page.url()).pathname).toBe('/sex');

    // The browser's Back button: every answer so far is still there.
    await page.goBack();
    await settle(page);
    expect(new URL(page.url()).pathname).toBe('/date-of-birth');
    expect(
      await Promise.all(
        ['Day', 'Month', 'Year'].map((name) => page.getByRole('textbox', { name }).inputValue()),
      ),
    ).toEqual([born.day.padStart(2, '0'), born.month.padStart(2, '0'), born.year]);
    // (The pages that showed errors are in the history too, showing the saved answers now.)
    for (let i = 0; i < 4 && new URL(page.url()).pathname !== '/child-name'; i++) {
      await page.goBack();
      await settle(page);
      expect(await page.title()).not.toMatch(/^Error/);
    }
    expect(new URL(page.url()).pathname).toBe('/child-name');
    expect(await page.getByLabel('First name').inputValue()).toBe('Amara');
    expect(await page.getByLabel('Last name').inputValue()).toBe('Okafor');
    // On again, by Enter on each page.
    await tabTo(page, page.getByLabel('Last name'));
    await pressAndLoad(page);
    await tabTo(page, page.getByRole('textbox', { name: 'Year' }));
    await pressAndLoad(page);

    // Sex: nothing chosen, sent past the browser; the server asks.
    expect(new URL(page.url()).pathname).toBe('/sex');
    expect(await axe(page)).toEqual([]);
    await bypassClientValidation(page);
    await tabTo(page, page.getByRole('button', { name: 'Continue' }));
    await pressAndLoad(page);
    expect(await page.title()).toBe('Error: What is your child’s sex? – Register a birth');
    expect(await summaryLinks(page)).toEqual(['Select your child’s sex']);
    expect(await axe(page)).toEqual([]);
    await tabTo(page, page.getByRole('link', { name: 'Select your child’s sex' }));
    await page.keyboard.press('Enter');
    expect(await hasFocus(page.getByRole('radio', { name: 'Female' }))).toBe(true);
    await page.keyboard.press('Space');
    expect(await page.getByRole('radio', { name: 'Female' }).isChecked()).toBe(true);
    await tabTo(page, page.getByRole('button', { name: 'Continue' }));
    await pressAndLoad(page);

    // Your details: the back link returns to the previous question, with its answer.
    expect(new URL(page.url()).pathname).toBe('/parent-details');
    await tabTo(page, page.getByRole('link', { name: 'Back' }), { back: true });
    await pressAndLoad(page);
    expect(new URL(page.url()).pathname).toBe('/sex');
    expect(await page.getByRole('radio', { name: 'Female' }).isChecked()).toBe(true);
    await tabTo(page, page.getByRole('button', { name: 'Continue' }));
    await pressAndLoad(page);

    // A name missing and an email address the server refuses.
    expect(await axe(page)).toEqual([]);
    await tabTo(page, page.getByLabel('Email address'));
    await page.keyboard.type('ngozi.example.com');
    await bypassClientValidation(page);
    await pressAndLoad(page);
    expect(await summaryLinks(page)).toEqual([
      'Enter your full name',
      'Enter an email address in the correct format, like name@example.com',
    ]);
    expect(await page.getByLabel('Email address').inputValue()).toBe('ngozi.example.com');
    expect(await axe(page)).toEqual([]);
    await tabTo(page, page.getByRole('link', { name: 'Enter your full name' }));
    await page.keyboard.press('Enter');
    await page.keyboard.type('Ngozi Okafor');
    await page.keyboard.press('Tab');
    await retype(page, 'ngozi@example.com');
    await pressAndLoad(page);

    // Check your answers.
    expect(new URL(page.url()).pathname).toBe('/check-answers');
    expect(await page.title()).toBe('Check your answers before registering the birth – Register a birth');
    expect(await rows(page)).toEqual([
      ['Name', 'Amara Okafor'],
      ['Date of birth', born.text],
      ['Sex', 'Female'],
      ['Full name', 'Ngozi Okafor'],
      ['Email address', 'ngozi@example.com'],
    ]);
    expect(await axe(page)).toEqual([]);

    // A change link goes to the question and, after the change, back to check your answers.
    await tabTo(page, page.getByRole('link', { name: 'Change date of birth' }));
    await pressAndLoad(page);
    expect(new URL(page.url()).pathname).toBe('/date-of-birth');
    expect(await page.getByRole('link', { name: 'Back' }).getAttribute('href')).toBe('/check-answers');
    expect(await axe(page)).toEqual([]);
    await tabTo(page, page.getByRole('textbox', { name: 'Day' }));
    await retype(page, corrected.day);
    await page.keyboard.press('Tab');
    await retype(page, corrected.month);
    await page.keyboard.press('Tab');
    await retype(page, corrected.year);
    await pressAndLoad(page);
    expect(new URL(page.url()).pathname).toBe('/check-answers');
    expect((await rows(page))[1]).toEqual(['Date of birth', corrected.text]);

    // Register: the confirmation, with a reference made by the server, then the offer of Child Benefit.
    const sessionId = (await context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE)?.value;
    expect(sessionId).toBeTruthy();
    const held = service.sessions.size;
    await tabTo(page, page.getByRole('button', { name: 'Accept and register' }));
    await pressAndLoad(page);
    expect(await page.title()).toBe('Birth registered – Register a birth');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Birth registered/);
    expect(await page.locator('polis-panel').getAttribute('reference')).toMatch(
      /^RB-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/,
    );
    expect((await page.locator('polis-panel').textContent())?.replace(/\s+/g, ' ')).toContain(
      `Amara Okafor, born on ${corrected.text}`,
    );

    const prompt = page.getByRole('region', { name: 'Claim Child Benefit' });
    await expect.poll(() => prompt.isVisible()).toBe(true);
    expect(await prompt.getByRole('heading', { level: 2 }).textContent()).toContain('Claim Child Benefit');
    expect(await prompt.getByRole('link', { name: 'Claim Child Benefit' }).getAttribute('href')).toBe(
      '/child-benefit/claim',
    );
    // "Why am I seeing this?", opened by keyboard, says why and where the fact came from.
    const why = prompt.getByText('Why am I seeing this?');
    await tabTo(page, prompt.locator('summary'));
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        prompt.getByText(`Because you told us your child was born on ${corrected.text}.`).isVisible(),
      )
      .toBe(true);
    expect(await why.isVisible()).toBe(true);
    expect(await prompt.getByText('From: You told us on the Register a birth service').isVisible()).toBe(
      true,
    );
    expect(await prompt.getByText('Your child’s date of birth').isVisible()).toBe(true);
    expect(await axe(page)).toEqual([]);

    // The answers are gone: from the server's memory, and the session cookie is cleared.
    expect(service.sessions.size).toBe(held - 1);
    expect(await cookieNames(context)).toEqual([ANALYTICS_COOKIE, CONSENT_COOKIE]);
    const replay = await context.request.get('/check-answers', {
      headers: { cookie: `${SESSION_COOKIE}=${sessionId}` },
      maxRedirects: 0,
    });
    expect(replay.status()).toBe(303);
    expect(replay.headers().location).toBe('/session-ended');

    // Back from the confirmation: nothing to show any more, and a way to start again.
    await page.goBack();
    await settle(page);
    expect(new URL(page.url()).pathname).toBe('/session-ended');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('You need to start again');
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('is the authority: checks every answer posted to it directly, and writes what people typed as text', async () => {
    const context = await newContext();
    const request = context.request;
    await request.post('/start', { maxRedirects: 0 });
    const csrf = /name="csrf" value="([^"]+)"/.exec(await (await request.get('/child-name')).text())?.[1];
    expect(csrf).toBeTruthy();
    const post = (path: string, form: Record<string, string>) =>
      request.post(path, { form: { csrf: csrf!, ...form }, maxRedirects: 0 });
    /** Posts answers the server must refuse: it sends the person back to the page, which shows why. */
    const refused = async (path: string, form: Record<string, string>) => {
      const response = await post(`${path}/answer`, form);
      expect(response.status(), path).toBe(303);
      expect(response.headers().location).toBe(path);
      const page = await request.get(path, { maxRedirects: 0 });
      expect(page.status()).toBe(200);
      return page.text();
    };

    const attack = '<img src=x onerror="document.title=1">';
    let body = await refused('/child-name', { 'child-first-name': attack, 'child-last-name': '' });
    expect(body).toContain('<title>Error: What is your child’s name? – Register a birth</title>');
    expect(body).toContain('<a href="#child-last-name">Enter your child’s last name</a>');
    expect(body).toContain('error-message="Enter your child’s last name"');
    expect(body).toContain('value="&lt;img src=x onerror=&quot;document.title=1&quot;&gt;"');
    expect(body).not.toContain(attack);
    // Shown once: loading the page again shows the saved answers (none yet), without errors.
    body = await (await request.get('/child-name')).text();
    expect(body).not.toContain('error-message');
    expect(body).toContain('<title>What is your child’s name? – Register a birth</title>');

    // Without the form's token, nothing is accepted.
    let response = await request.post('/child-name/answer', {
      form: { 'child-first-name': 'A', 'child-last-name': 'B' },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(403);

    response = await post('/child-name/answer', { 'child-first-name': attack, 'child-last-name': 'Okafor' });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe('/date-of-birth');

    // Dates, with the date input's own messages and the parts to mark.
    const dates: Array<[Record<string, string>, string, string]> = [
      [{}, 'Enter your child’s date of birth', 'day month year'],
      [{ day: '5', year: '2026' }, 'Date of birth must include a month', 'month'],
      [{ day: '31', month: '2', year: '2026' }, 'Date of birth must be a real date', 'day'],
      [{ day: '5', month: '13', year: '2026' }, 'Date of birth must be a real date', 'month'],
      [{ day: '5', month: '3', year: '26' }, 'Date of birth must include a year with 4 numbers', 'year'],
      [
        { day: '1', month: '1', year: String(new Date().getFullYear() + 1) },
        'Date of birth must be today or in the past',
        'day month year',
      ],
    ];
    for (const [parts, message, marked] of dates) {
      const fields = Object.fromEntries(
        Object.entries(parts).map(([part, value]) => [`child-date-of-birth-${part}`, value]),
      );
      body = await refused('/date-of-birth', fields);
      expect(body).toContain(`error-message="${message}"`);
      expect(body).toContain(`error-parts="${marked}"`);
      expect(body).toContain(`<a href="#child-date-of-birth">${message}</a>`);
    }
    // A date that does not exist goes back into the fields as typed.
    body = await refused('/date-of-birth', {
      'child-date-of-birth-day': '31',
      'child-date-of-birth-month': '2',
      'child-date-of-birth-year': '2026',
    });
    expect(body).toContain('value="2026-02-31"');
    const born = dayFrom(-3);
    response = await post('/date-of-birth/answer', {
      'child-date-of-birth-day': born.day,
      'child-date-of-birth-month': born.month,
      'child-date-of-birth-year': born.year,
    });
    expect(response.status()).toBe(303);

    expect(await refused('/sex', { 'child-sex': 'unknown' })).toContain(
      'error-message="Select your child’s sex"',
    );
    expect((await post('/sex/answer', { 'child-sex': 'male' })).status()).toBe(303);

    expect(
      await refused('/parent-details', { 'parent-name': 'Ngozi Okafor', 'parent-email': 'ngozi@' }),
    ).toContain('error-message="Enter an email address in the correct format, like name@example.com"');
    expect(
      (
        await post('/parent-details/answer', { 'parent-name': attack, 'parent-email': 'ngozi@example.com' })
      ).status(),
    ).toBe(303);

    // What they typed is shown as text, never run as markup.
    const page = await open(context, '/check-answers');
    expect((await rows(page))[0]).toEqual(['Name', `${attack} Okafor`]);
    expect((await rows(page))[3]).toEqual(['Full name', attack]);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.title()).toBe('Check your answers before registering the birth – Register a birth');

    // Every page holds at 320 CSS px wide (WCAG 1.4.10): no scrolling sideways, long answers included.
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of [
      '/',
      '/child-name',
      '/date-of-birth',
      '/sex',
      '/parent-details',
      '/check-answers',
      '/cookies',
      '/suggestions',
    ]) {
      await page.goto(path);
      await settle(page);
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
        path,
      ).toBeLessThanOrEqual(0);
    }
    await page.close();
  });

  it('deletes the answers after 30 minutes without activity (here, a shorter timeout)', async () => {
    const short = await serve({ sessionTimeout: 300 });
    try {
      const context = await browser.newContext({ baseURL: short.url });
      contexts.push(context);
      await context.request.post('/start', { maxRedirects: 0 });
      expect((await context.request.get('/child-name', { maxRedirects: 0 })).status()).toBe(200);
      expect(short.sessions.size).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const response = await context.request.get('/child-name', { maxRedirects: 0 });
      expect(response.status()).toBe(303);
      expect(response.headers().location).toBe('/session-ended');
      expect(short.sessions.size).toBe(0);
    } finally {
      await short.close();
    }
  });

  it('asks about cookies without JavaScript: the banner and the settings are forms the server handles', async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    watch(page);
    await page.goto('/child-benefit/claim');
    expect(await cookieNames(context)).toEqual([]);
    const logged = service.consentLog.length;
    await tabTo(page, page.getByRole('button', { name: 'Accept additional cookies' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/child-benefit\/claim\?cookies=saved$/);
    expect(await page.getByRole('alert').textContent()).toContain('You’ve accepted additional cookies');
    expect(await cookieNames(context)).toEqual([CONSENT_COOKIE]);
    expect(service.consentLog.length).toBe(logged + 1);
    expect(service.consentLog.at(-1)?.record).toMatchObject({
      method: 'server',
      choices: { analytics: true },
    });
    await tabTo(page, page.getByRole('link', { name: 'Hide cookie message' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/child-benefit\/claim$/);
    expect(await page.getByRole('button', { name: 'Accept additional cookies' }).count()).toBe(0);

    // The settings form: turn analytics off.
    await page.goto('/cookies');
    expect(await page.getByRole('radio', { name: 'Yes' }).isChecked()).toBe(true);
    await tabTo(page, page.getByRole('radio', { name: 'Yes' }));
    await page.keyboard.press('ArrowDown');
    await tabTo(page, page.getByRole('button', { name: 'Save cookie settings' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cookies\?settings=saved$/);
    expect(await page.getByText('You’ve set your cookie preferences.').isVisible()).toBe(true);
    expect(service.consentLog.at(-1)?.record).toMatchObject({
      method: 'server',
      choices: { analytics: false },
    });
    await page.close();
  });

  it('has no accessibility violations on the other pages', async () => {
    const context = await newContext();
    for (const path of ['/suggestions', '/child-benefit/claim', '/session-ended', '/no-such-page']) {
      const page = await open(context, path);
      expect(await axe(page), path).toEqual([]);
      await page.close();
    }
  });

  it('runs under a strict CSP with Trusted Types, makes no requests elsewhere, logs no errors', () => {
    expect(problems).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
