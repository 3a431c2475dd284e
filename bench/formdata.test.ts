// The bench compares like with like only if the Polis block and the plain block are the same
// form: same names, same values, same entries in the same order, empty and filled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright';
import { launchOptions } from '../scripts/chromium.mjs';
import { buildPages, serve } from './server.mjs';
import { LABELS } from './blocks.mjs';

let browser: Browser;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  await buildPages();
  server = await serve();
  browser = await chromium.launch(launchOptions());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page with two blocks and waits until every Polis element has rendered. */
async function open(kind: 'polis' | 'plain'): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${server.url}/${kind}.html?n=2`);
  await page.evaluate(async () => {
    const els = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('polis-'));
    await Promise.all([...new Set(els.map((el) => el.localName))].map((t) => customElements.whenDefined(t)));
    await Promise.all(
      els.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete),
    );
  });
  return page;
}

const entries = (page: Page) =>
  page.evaluate(() => [...new FormData(document.querySelector('form')!)].map(([k, v]) => [k, String(v)]));

/** Fills the second block the same way on both pages, through the accessible names only. */
async function fill(page: Page) {
  await page.getByLabel(LABELS.name, { exact: true }).nth(1).fill('Ada Lovelace');
  await page.getByRole('radio', { name: 'Riverside' }).nth(1).check();
  await page.getByRole('checkbox', { name: LABELS.updates }).nth(1).check();
  await page.getByRole('combobox', { name: LABELS.country }).nth(1).selectOption('IE');
  await page.getByRole('textbox', { name: LABELS.detail }).nth(1).fill('First line\nSecond line');
}

describe('bench: the Polis block and the plain HTML block submit the same FormData', () => {
  it('when empty and when filled', async () => {
    const polis = await open('polis');
    const plain = await open('plain');
    const emptyPolis = await entries(polis);
    expect(emptyPolis).toEqual(await entries(plain));
    expect(emptyPolis.map(([k]) => k)).toEqual([
      'name-0',
      'country-0',
      'detail-0',
      'name-1',
      'country-1',
      'detail-1',
    ]);

    await fill(polis);
    await fill(plain);
    const filledPolis = await entries(polis);
    expect(filledPolis).toEqual(await entries(plain));
    expect(filledPolis).toContainEqual(['name-1', 'Ada Lovelace']);
    expect(filledPolis).toContainEqual(['district-1', 'riverside']);
    expect(filledPolis).toContainEqual(['updates-1', 'yes']);
    expect(filledPolis).toContainEqual(['country-1', 'IE']);
    expect(filledPolis).toContainEqual(['detail-1', 'First line\nSecond line']);
  });
});
