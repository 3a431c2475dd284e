// Forms end to end: the sandbox page, built from the npm packages and served with a strict
// CSP by a Node server that echoes what it receives, driven by keyboard only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { AxeBuilder } from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import { launchOptions } from '../../../scripts/chromium.mjs';
import { serve } from '../server.mjs';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let browser: Browser;
let context: BrowserContext;
let server: { url: string; close(): Promise<void> };
const problems: string[] = [];

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${path}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
  await page.goto(server.url + path);
  await settle(page);
  return page;
}

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => customElements.get('polis-radios') !== undefined);
  await page.evaluate(async () => {
    const all = [...document.querySelectorAll('*')] as Array<Element & { updateComplete?: Promise<unknown> }>;
    await Promise.all(all.map((el) => el.updateComplete));
  });
}

/** The accessible-ish name of the focused element, looking through shadow roots. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return '';
    const input = el as HTMLInputElement;
    const slotted = [...el.querySelectorAll('slot')]
      .flatMap((slot) => slot.assignedNodes({ flatten: true }))
      .map((node) => node.textContent ?? '')
      .join(' ');
    const label =
      input.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? `${el.textContent ?? ''} ${slotted}`;
    return label.replace(/\s+/g, ' ').trim();
  });
}

/** Presses Tab until the focused control's name starts with `name` (keyboard only). */
async function tabTo(page: Page, name: string | RegExp, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const current = await focusedName(page);
    if (typeof name === 'string' ? current.startsWith(name) : name.test(current)) return;
  }
  throw new Error(`Tab never reached "${String(name)}"`);
}

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'target-size': { enabled: true } } })
    .withTags(AXE_TAGS)
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

type Entries = Array<[string, unknown]>;
async function received(page: Page): Promise<Entries> {
  await page.waitForSelector('#echo');
  return JSON.parse((await page.textContent('#echo')) ?? '[]') as Entries;
}
const all = (entries: Entries, name: string) => entries.filter(([n]) => n === name).map(([, v]) => v);

/** Fills every control with the keyboard, as a person would. */
async function fillByKeyboard(page: Page): Promise<void> {
  await tabTo(page, 'Full name');
  await page.keyboard.type('Ada Lovelace');
  await tabTo(page, 'Day');
  await page.keyboard.type('10');
  await page.keyboard.press('Tab');
  await page.keyboard.type('12');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1990');
  await tabTo(page, 'Email');
  await page.keyboard.press('Space');
  await tabTo(page, 'Email address');
  await page.keyboard.type('ada@example.com');
  await tabTo(page, 'District');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, 'Vegetables');
  await page.keyboard.press('Space');
  await tabTo(page, 'Flowers');
  await page.keyboard.press('Space');
  await tabTo(page, 'Tell us about');
  await page.keyboard.type('Ten years of allotment tomatoes.');
  // Choosing a file opens the system picker, which a test cannot drive: hand the file to the
  // native input as the picker would.
  await page.locator('#photo input[type="file"]').setInputFiles({
    name: 'garden.png',
    mimeType: 'image/png',
    buffer: Buffer.from('89504e470d0a1a0a', 'hex'),
  });
  await tabTo(page, 'Create a password');
  await page.keyboard.type('correct horse battery staple');
  await tabTo(page, 'I will follow the garden rules');
  await page.keyboard.press('Space');
}

beforeAll(async () => {
  await build({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)), logLevel: 'warn' });
  server = await serve();
  browser = await chromium.launch({
    ...launchOptions(),
    args: [...launchOptions().args, '--disable-features=BackForwardCache'],
  });
  context = await browser.newContext();
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective}`),
    );
  });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('every Polis form control in a plain <form method="post">', () => {
  it('submits every value natively, as multipart, when filled by keyboard only', async () => {
    const page = await open('/');
    expect(await axe(page)).toEqual([]);
    await fillByKeyboard(page);
    await tabTo(page, 'Send application');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/submit$/);
    const entries = await received(page);
    expect(await page.textContent('#encoding')).toBe('multipart/form-data');
    expect(all(entries, 'full-name')).toEqual(['Ada Lovelace']);
    expect(all(entries, 'date-of-birth')).toEqual(['1990-12-10']);
    expect(all(entries, 'contact')).toEqual(['email']);
    expect(all(entries, 'contact-email')).toEqual(['ada@example.com']);
    // The follow-up of an option that was not chosen is not submitted.
    expect(all(entries, 'contact-phone')).toEqual([]);
    expect(all(entries, 'district')).toEqual(['riverside']);
    expect(all(entries, 'grow')).toEqual(['vegetables', 'flowers']);
    expect(all(entries, 'experience')).toEqual(['Ten years of allotment tomatoes.']);
    expect(all(entries, 'password')).toEqual(['correct horse battery staple']);
    expect(all(entries, 'photo')).toEqual([{ filename: 'garden.png', type: 'image/png', size: 8 }]);
    expect(all(entries, 'declaration')).toEqual(['agreed']);
    await page.close();
  });

  it('keeps every answer but the password when the person goes back', async () => {
    const page = await open('/');
    await fillByKeyboard(page);
    await tabTo(page, 'Send application');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/submit$/);
    await page.goBack();
    await settle(page);
    const values = await page.evaluate(() => {
      const q = <T extends Element>(s: string) =>
        document.querySelector(s) as T & { value: string; values?: string[]; checked?: boolean };
      return {
        name: q('#full-name').value,
        date: q('#date-of-birth').value,
        contact: q('#contact').value,
        district: q('#district').value,
        grow: q('#grow').values,
        experience: q('#experience').value,
        password: q('#password').value,
        declaration: q('#declaration').checked,
      };
    });
    expect(values).toEqual({
      name: 'Ada Lovelace',
      date: '1990-12-10',
      contact: 'email',
      district: 'riverside',
      grow: ['vegetables', 'flowers'],
      experience: 'Ten years of allotment tomatoes.',
      password: '',
      declaration: true,
    });
    await page.close();
  });

  it('stops an invalid submission: focused summary in document order, "Error: " title, links that reach each field', async () => {
    const page = await open('/');
    await tabTo(page, 'Send application');
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('polis-error-summary');
    expect(await page.title()).toMatch(/^Error: Apply for a community garden plot/);
    const links = summary.getByRole('link');
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '#full-name',
      '#date-of-birth',
      '#contact',
      '#district',
      '#password',
      '#declaration',
    ]);
    expect(await axe(page)).toEqual([]);

    // Keyboard: Tab to the date link, Enter: focus lands in the day field.
    await tabTo(page, /date of birth/i);
    await page.keyboard.press('Enter');
    expect(await focusedName(page)).toBe('Day');
    // The radios link reaches the first radio.
    await page
      .getByRole('link', { name: /contact/i })
      .first()
      .focus();
    await page.keyboard.press('Enter');
    expect(await focusedName(page)).toBe('Email');
    expect(new URL(page.url()).hash).toBe('');
    await page.close();
  });

  it('speaks French on a French page, with zero axe violations valid and in error', async () => {
    const page = await open('/fr/');
    expect(await axe(page)).toEqual([]);
    await tabTo(page, 'Envoyer la demande');
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'Il y a un problème' });
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await page.title()).toMatch(/^Erreur\u202f: /);
    expect(await summary.getByRole('link').first().textContent()).toBe('Saisissez nom complet');
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('logs no errors and breaks no content-security rule', () => {
    expect(problems).toEqual([]);
  });
});
