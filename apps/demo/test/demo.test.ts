// End to end: the demo page, built for production from the npm packages, served with a
// strict Content-Security-Policy and Trusted Types, driven in Chromium as a person would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { AxeBuilder } from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import { launchOptions } from '../../../scripts/chromium.mjs';
import { serve } from '../serve.mjs';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let browser: Browser;
let context: BrowserContext;
let server: { url: string; close(): Promise<void> };
const problems: string[] = [];
const foreignRequests: string[] = [];

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error on ${path}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error on ${path}: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url)) foreignRequests.push(request.url());
  });
  await page.goto(server.url + path);
  await page.waitForFunction(() => customElements.get('polis-text-input') !== undefined);
  await page.evaluate(async () => {
    const elements = [...document.querySelectorAll('*')] as Array<
      Element & { updateComplete?: Promise<unknown> }
    >;
    await Promise.all(elements.map((el) => el.updateComplete));
  });
  return page;
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .options({ rules: { 'target-size': { enabled: true } } })
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeAll(async () => {
  await build({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)), logLevel: 'warn' });
  server = await serve();
  browser = await chromium.launch({
    ...launchOptions(),
    // Without the back/forward cache, going back reloads the page and the browser restores
    // the form through formStateRestoreCallback, the harder path.
    args: [...launchOptions().args, '--disable-features=BackForwardCache'],
  });
  context = await browser.newContext();
  // Report CSP and Trusted Types violations from every page.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('a plain HTML page using @polis-ds/components/all', () => {
  it('submits what the person typed with a plain <form>', async () => {
    const page = await open('/');
    await page.getByLabel('Full name').fill('Ada Lovelace');
    await page.getByLabel('Email address').fill('ada@example.com');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/confirm\.html/);
    const url = new URL(page.url());
    expect(url.searchParams.get('full-name')).toBe('Ada Lovelace');
    expect(url.searchParams.get('email')).toBe('ada@example.com');
    await expect
      .poll(() => page.locator('#answers dd').allTextContents())
      .toEqual(['Ada Lovelace', 'ada@example.com']);
    await page.close();
  });

  it('Enter in a field submits the form', async () => {
    const page = await open('/');
    await page.getByLabel('Full name').fill('Grace Hopper');
    await page.getByLabel('Full name').press('Enter');
    await page.waitForURL(/confirm\.html/);
    expect(new URL(page.url()).searchParams.get('full-name')).toBe('Grace Hopper');
    await page.close();
  });

  it('shows the error next to the field and a focused error summary when a required field is empty', async () => {
    const page = await open('/');
    await page.getByRole('button', { name: 'Continue' }).click();
    // Named: the page also holds the (empty) assertive region of the announcer.
    const summary = page.getByRole('alert', { name: 'There is a problem' });
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await summary.getByRole('heading', { level: 2 }).textContent()).toBe('There is a problem');
    expect(await summary.getByRole('link').allTextContents()).toEqual(['Enter full name']);
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('polis-error-summary');
    expect(await page.title()).toMatch(/^Error: What is your name\?/);
    const field = page.getByLabel('Full name');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(
      await page.locator('polis-text-input#full-name').getByText('Enter full name').textContent(),
    ).toMatch(/Error:\s+Enter full name/);
    expect(new URL(page.url()).pathname).toBe('/');

    // The link takes the person to the field.
    await summary.getByRole('link', { name: 'Enter full name' }).click();
    expect(await field.evaluate((input) => input === (input.getRootNode() as ShadowRoot).activeElement)).toBe(
      true,
    );
    expect(new URL(page.url()).hash).toBe('');
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('speaks the page language: French messages on a French page', async () => {
    const page = await open('/fr/');
    await page.getByRole('button', { name: 'Continuer' }).click();
    const summary = page.getByRole('alert', { name: 'Il y a un problème' });
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await summary.getByRole('heading').textContent()).toBe('Il y a un problème');
    expect(await summary.getByRole('link').allTextContents()).toEqual(['Saisissez nom complet']);
    expect(await page.title()).toMatch(/^Erreur\u202f: /);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('has no accessibility violations (WCAG 2.2 AA, best practice, target size)', async () => {
    const page = await open('/');
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('gives screen readers one named, described node per control (Chromium accessibility tree)', async () => {
    const page = await open('/');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => page.getByRole('alert', { name: 'There is a problem' }).isVisible()).toBe(true);
    const cdp = await context.newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: Array<{
        ignored: boolean;
        role?: { value: string };
        name?: { value: string };
        description?: { value: string };
        properties?: Array<{ name: string; value: { value: unknown } }>;
      }>;
    };
    const visible = nodes.filter((n) => !n.ignored);
    const prop = (n: (typeof nodes)[number], name: string) =>
      n.properties?.find((p) => p.name === name)?.value.value;
    const textboxes = visible.filter((n) => n.role?.value === 'textbox');
    expect(
      textboxes.map((n) => [n.name?.value, n.description?.value, prop(n, 'required'), prop(n, 'invalid')]),
    ).toEqual([
      ['Full name', 'Error: Enter full name', true, 'true'],
      ['Email address', 'We will only use this to send you a receipt', false, 'false'],
    ]);
    // The host elements add no role of their own: one button each, not a button inside a button
    // (the cookie banner's two, the form's, and the one in the placeholder of the gated video).
    expect(
      visible
        .filter((n) => n.role?.value === 'button')
        .map((n) => n.name?.value)
        .sort(),
    ).toEqual([
      'Accept additional cookies',
      'Allow marketing cookies',
      'Continue',
      'Reject additional cookies',
    ]);
    await page.close();
  });

  it('keeps what was typed when the person goes back', async () => {
    const page = await open('/');
    await page.getByLabel('Full name').fill('Katherine Johnson');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/confirm\.html/);
    await page.goBack();
    await page.waitForFunction(() => customElements.get('polis-text-input') !== undefined);
    await expect.poll(() => page.getByLabel('Full name').inputValue()).toBe('Katherine Johnson');
    await page.close();
  });

  it('runs under a strict CSP with Trusted Types, makes no requests elsewhere, logs no errors', async () => {
    const page = await open('/');
    await page.getByLabel('Full name').fill('Mary Jackson');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/confirm\.html/);
    await page.close();
    expect(problems).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
