/// <reference types="@vitest/browser-playwright" />
import { html, type TemplateResult } from 'lit';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import './define.js';
import {
  TABLE_NUMERIC_ATTRIBUTE,
  TABLE_SORT_BUTTON_ATTRIBUTE,
  type PolisTable,
  type PolisTableSortEvent,
} from './table.js';
import { ANNOUNCE_DELAY } from '../../base/announcer.js';
import { resetWarnings } from '../../base/dev.js';
import { loadLocale } from '../../i18n/registry.js';
import { deepActiveElement, fixture, part, settle } from '../../test/fixture.js';

interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
}

interface Accessible {
  role: string;
  name: string;
}

/** Chromium's own accessibility tree under the first `main` of the test frame (text nodes left out). */
async function accessibilityTree(): Promise<Accessible[]> {
  const session = cdp();
  await session.send('Accessibility.enable');
  type Tree = { frame: { id: string }; childFrames?: Tree[] };
  const { frameTree } = (await session.send('Page.getFrameTree', {})) as { frameTree: Tree };
  const frames: string[] = [];
  const walk = (tree: Tree) => {
    frames.push(tree.frame.id);
    for (const child of tree.childFrames ?? []) walk(child);
  };
  walk(frameTree);
  for (const frameId of frames) {
    const { nodes } = (await session.send('Accessibility.getFullAXTree', { frameId })) as { nodes: AXNode[] };
    const main = nodes.find((node) => node.role?.value === 'main');
    if (!main) continue;
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const found: Accessible[] = [];
    const visit = (node: AXNode | undefined) => {
      if (!node) return;
      const role = node.role?.value ?? '';
      if (!node.ignored && !['StaticText', 'InlineTextBox', 'generic', 'none'].includes(role)) {
        found.push({ role, name: node.name?.value ?? '' });
      }
      for (const id of node.childIds ?? []) visit(byId.get(id));
    };
    visit(main);
    return found;
  }
  throw new Error('no main landmark in any frame');
}

/** The text of one column of the body, top to bottom. */
function column(el: Element, index: number): string[] {
  return [...el.querySelectorAll('tbody tr')].map((row) =>
    ((row as HTMLTableRowElement).cells[index]?.textContent ?? '').trim(),
  );
}

function button(el: Element, index: number): HTMLButtonElement | null {
  const header = el.querySelectorAll('thead th')[index]!;
  return header.querySelector<HTMLButtonElement>(`[${TABLE_SORT_BUTTON_ATTRIBUTE}]`);
}

/** What the polite live region says, once it has said it. */
async function announced(): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_DELAY + 20));
  return document.querySelector('#polis-announcer [aria-live="polite"]')?.textContent ?? '';
}

const people = (attributes = '') =>
  html`<polis-table ?sortable=${attributes.includes('sortable')}>
    <table>
      <caption>
        People who applied
      </caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Date applied</th>
          <th scope="col" data-polis-numeric>Amount</th>
          <th scope="col" data-polis-sortable="false">Notes</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Émile</th>
          <td data-sort-value="2024-03-02">2 March 2024</td>
          <td>£1,200.00</td>
          <td>First</td>
        </tr>
        <tr>
          <th scope="row">zoë</th>
          <td data-sort-value="2023-12-25">25 December 2023</td>
          <td>£75.50</td>
          <td>Second</td>
        </tr>
        <tr>
          <th scope="row">Adam</th>
          <td data-sort-value="2024-01-10">10 January 2024</td>
          <td>£300.00</td>
          <td>Third</td>
        </tr>
        <tr>
          <th scope="row">adam</th>
          <td data-sort-value="2024-02-01">1 February 2024</td>
          <td>£9.99</td>
          <td>Fourth</td>
        </tr>
      </tbody>
    </table>
  </polis-table>`;

async function inMain<T extends Element = PolisTable>(template: TemplateResult, attrs = ''): Promise<T> {
  const main = await fixture<HTMLElement>(html`<main dir=${attrs || 'ltr'}>${template}</main>`);
  return main.querySelector('polis-table') as unknown as T;
}

beforeAll(async () => {
  await loadLocale('ar');
});

afterEach(async () => {
  await page.viewport(414, 896);
  document.documentElement.style.removeProperty('font-size');
});

describe('polis-table', () => {
  it('keeps the page’s table: a table named by its caption, with column and row headers', async () => {
    await inMain(people());
    const tree = await accessibilityTree();
    expect(tree.find((node) => node.role === 'table')?.name).toBe('People who applied');
    expect(tree.filter((node) => node.role === 'columnheader').map((node) => node.name)).toEqual([
      'Name',
      'Date applied',
      'Amount',
      'Notes',
    ]);
    expect(tree.filter((node) => node.role === 'rowheader')).toHaveLength(4);
    // The box around it is no region while the table fits.
    expect(tree.some((node) => node.role === 'region')).toBe(false);
  });

  it('puts a button in each sortable header, named by the header, without aria-sort at first', async () => {
    const el = await inMain(people('sortable'));
    expect(el.querySelectorAll(`[${TABLE_SORT_BUTTON_ATTRIBUTE}]`)).toHaveLength(3);
    expect(button(el, 3)).toBeNull();
    await expect.element(button(el, 0)!).toHaveAccessibleName('Name');
    await expect.element(button(el, 0)!).toHaveAttribute('type', 'button');
    const tree = await accessibilityTree();
    expect(tree.filter((node) => node.role === 'button').map((node) => node.name)).toEqual([
      'Name',
      'Date applied',
      'Amount',
    ]);
    expect(tree.filter((node) => node.role === 'columnheader').map((node) => node.name)).toEqual([
      'Name',
      'Date applied',
      'Amount',
      'Notes',
    ]);
    expect(el.querySelectorAll('[aria-sort]')).toHaveLength(0);
  });

  it('sorts ascending first, then descending, with aria-sort on that header only, and announces it', async () => {
    const el = await inMain(people('sortable'));
    const events: PolisTableSortEvent[] = [];
    el.addEventListener('polis-sort', (event) => events.push(event));

    await userEvent.click(button(el, 0)!);
    // Locale-aware, accents and case ignored; equal names keep their order (stable).
    expect(column(el, 0)).toEqual(['Adam', 'adam', 'Émile', 'zoë']);
    expect(el.querySelector('thead th')!.getAttribute('aria-sort')).toBe('ascending');
    expect(el.querySelectorAll('[aria-sort]')).toHaveLength(1);
    expect(await announced()).toBe('Sorted by Name, ascending');

    await userEvent.click(button(el, 0)!);
    expect(column(el, 0)).toEqual(['zoë', 'Émile', 'Adam', 'adam']);
    expect(el.querySelector('thead th')!.getAttribute('aria-sort')).toBe('descending');
    expect(await announced()).toBe('Sorted by Name, descending');

    await userEvent.click(button(el, 1)!);
    expect(column(el, 1)).toEqual(['25 December 2023', '10 January 2024', '1 February 2024', '2 March 2024']);
    const sorted = [...el.querySelectorAll('[aria-sort]')];
    expect(sorted).toHaveLength(1);
    expect(sorted[0]!.textContent!.trim()).toBe('Date applied');
    expect(sorted[0]!.getAttribute('aria-sort')).toBe('ascending');
    expect(await announced()).toBe('Sorted by Date applied, ascending');

    expect(events.map((event) => event.detail)).toEqual([
      { column: 0, label: 'Name', direction: 'ascending' },
      { column: 0, label: 'Name', direction: 'descending' },
      { column: 1, label: 'Date applied', direction: 'ascending' },
    ]);
    // The button keeps its name: the state is on the header (Chromium's CDP tree does not show aria-sort).
    const tree = await accessibilityTree();
    expect(tree.filter((node) => node.role === 'button').map((node) => node.name)).toEqual([
      'Name',
      'Date applied',
      'Amount',
    ]);
  });

  it('sorts by keyboard: Tab to the button, Enter and Space, and keeps focus on it', async () => {
    const el = await inMain(people('sortable'));
    const before = document.createElement('button');
    before.textContent = 'Before';
    el.before(before);
    before.focus();
    await userEvent.keyboard('{Tab}');
    expect(deepActiveElement()).toBe(button(el, 0));
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Tab}');
    expect(deepActiveElement()).toBe(button(el, 2));
    await userEvent.keyboard('{Enter}');
    expect(column(el, 2)).toEqual(['£9.99', '£75.50', '£300.00', '£1,200.00']);
    await userEvent.keyboard(' ');
    expect(column(el, 2)).toEqual(['£1,200.00', '£300.00', '£75.50', '£9.99']);
    expect(deepActiveElement()).toBe(button(el, 2));
    expect(getComputedStyle(button(el, 2)!).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('sorts numbers as numbers, data-sort-value first, empty cells last in both directions', async () => {
    const el = await inMain(
      html`<polis-table sortable>
        <table>
          <caption>
            Scores
          </caption>
          <thead>
            <tr>
              <th scope="col">Team</th>
              <th scope="col" data-polis-numeric>Score</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>A</td>
              <td>10</td>
            </tr>
            <tr>
              <td>B</td>
              <td>-2.5</td>
            </tr>
            <tr>
              <td>C</td>
              <td></td>
            </tr>
            <tr>
              <td>D</td>
              <td data-sort-value="9">nine</td>
            </tr>
            <tr>
              <td>E</td>
              <td>100</td>
            </tr>
          </tbody>
        </table>
      </polis-table>`,
    );
    el.sort(1);
    expect(column(el, 0)).toEqual(['B', 'D', 'A', 'E', 'C']);
    el.sort(1, 'descending');
    expect(column(el, 0)).toEqual(['E', 'A', 'D', 'B', 'C']);
  });

  it('compares numbers inside text as numbers and follows the page’s language', async () => {
    const el = await inMain(
      html`<div lang="sv">
        <polis-table sortable>
          <table>
            <caption>
              Rum
            </caption>
            <thead>
              <tr>
                <th scope="col">Rum</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>Rum 10</td>
              </tr>
              <tr>
                <td>Rum 9</td>
              </tr>
              <tr>
                <td>Ö</td>
              </tr>
              <tr>
                <td>Z</td>
              </tr>
            </tbody>
          </table>
        </polis-table>
      </div>`,
    );
    el.sort(0);
    // Swedish puts Ö after Z.
    expect(column(el, 0)).toEqual(['Rum 9', 'Rum 10', 'Z', 'Ö']);
  });

  it('reads numbers as people write them in the page’s language', async () => {
    // French: a narrow no-break space between thousands, a comma before decimals, a no-break space before €.
    const amounts = ['1\u202f200,50\u00a0€', '75,5\u00a0€', '-3\u00a0€', '9,99\u00a0€'];
    const el = await inMain(
      html`<div lang="fr">
        <polis-table sortable>
          <table>
            <caption>
              Montants
            </caption>
            <thead>
              <tr>
                <th scope="col" data-polis-numeric>Montant</th>
              </tr>
            </thead>
            <tbody>
              ${amounts.map(
                (amount) =>
                  html`<tr>
                    <td>${amount}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </polis-table>
      </div>`,
    );
    el.sort(0);
    expect(column(el, 0)).toEqual([amounts[2], amounts[3], amounts[1], amounts[0]]);
  });

  it('sorts each tbody on its own, and never the header or the footer', async () => {
    const el = await inMain(
      html`<polis-table sortable>
        <table>
          <caption>
            Two groups
          </caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>b</td>
            </tr>
            <tr>
              <td>a</td>
            </tr>
          </tbody>
          <tbody>
            <tr>
              <td>d</td>
            </tr>
            <tr>
              <td>c</td>
            </tr>
          </tbody>
          <tfoot>
            <tr>
              <td>Total</td>
            </tr>
          </tfoot>
        </table>
      </polis-table>`,
    );
    el.sort(0);
    expect(column(el, 0)).toEqual(['a', 'b', 'c', 'd']);
    expect(el.querySelector('tfoot td')!.textContent).toBe('Total');
    expect(el.querySelector('thead th')!.textContent!.trim()).toBe('Item');
  });

  it('keeps rows added later in order while a column is sorted', async () => {
    const el = await inMain(people('sortable'));
    el.sort(0);
    const row = el.querySelector('tbody tr')!.cloneNode(true) as HTMLTableRowElement;
    row.cells[0]!.textContent = 'Bea';
    el.querySelector('tbody')!.append(row);
    await settle(el.parentElement!);
    expect(column(el, 0)).toEqual(['Adam', 'adam', 'Bea', 'Émile', 'zoë']);
  });

  it('reads a sort already made by the server from aria-sort', async () => {
    const el = await inMain(
      html`<polis-table sortable>
        <table>
          <caption>
            Sorted on the server
          </caption>
          <thead>
            <tr>
              <th scope="col" aria-sort="ascending">Name</th>
              <th scope="col">Age</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>A</td>
              <td>3</td>
            </tr>
            <tr>
              <td>B</td>
              <td>1</td>
            </tr>
          </tbody>
        </table>
      </polis-table>`,
    );
    await userEvent.click(button(el, 0)!);
    expect(el.querySelector('th')!.getAttribute('aria-sort')).toBe('descending');
    expect(column(el, 0)).toEqual(['B', 'A']);
  });

  it('sorts only the columns marked data-polis-sortable without sortable', async () => {
    const el = await inMain(
      html`<polis-table>
        <table>
          <caption>
            One sortable column
          </caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col" data-polis-sortable>Age</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>A</td>
              <td>3</td>
            </tr>
            <tr>
              <td>B</td>
              <td>1</td>
            </tr>
          </tbody>
        </table>
      </polis-table>`,
    );
    expect(button(el, 0)).toBeNull();
    expect(button(el, 1)).not.toBeNull();
    await userEvent.click(button(el, 1)!);
    expect(column(el, 1)).toEqual(['1', '3']);
  });

  it('aligns numeric columns to the inline end: right in English, left in Arabic', async () => {
    await page.viewport(1024, 768);
    for (const dir of ['ltr', 'rtl'] as const) {
      const el = await inMain(people(), dir);
      const cells = [...el.querySelectorAll<HTMLTableCellElement>('tbody td:nth-of-type(2)')];
      expect(cells.every((cell) => cell.hasAttribute(TABLE_NUMERIC_ATTRIBUTE))).toBe(true);
      // Not the cells of other columns.
      expect(el.querySelectorAll(`tbody td:first-of-type[${TABLE_NUMERIC_ATTRIBUTE}]`)).toHaveLength(0);
      for (const cell of [...cells, el.querySelectorAll('thead th')[2]!]) {
        const style = getComputedStyle(cell);
        expect(style.textAlign).toBe('end');
        const range = document.createRange();
        range.selectNodeContents(cell);
        const text = range.getBoundingClientRect();
        const box = cell.getBoundingClientRect();
        const padding = parseFloat(dir === 'ltr' ? style.paddingRight : style.paddingLeft);
        if (dir === 'ltr') expect(box.right - padding - text.right).toBeLessThan(2);
        else expect(text.left - (box.left + padding)).toBeLessThan(2);
      }
      expect(getComputedStyle(cells[0]!).fontVariantNumeric).toBe('tabular-nums');
      el.closest('main')!.parentElement!.remove();
    }
  });

  it('does not make the page scroll at 320 px: a wide table scrolls in a focusable region named by its caption', async () => {
    await page.viewport(320, 640);
    const el = await inMain(
      html`<polis-table>
        <table>
          <caption>
            Rates by month
          </caption>
          <thead>
            <tr>
              ${['January', 'February', 'March', 'April', 'May', 'June'].map(
                (month) => html`<th scope="col" data-polis-numeric>${month}</th>`,
              )}
            </tr>
          </thead>
          <tbody>
            <tr>
              ${[1, 2, 3, 4, 5, 6].map((n) => html`<td>£${n * 1000},000.00</td>`)}
            </tr>
          </tbody>
        </table>
      </polis-table>`,
    );
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
    const region = part(el, 'region')!;
    expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
    expect(region.getAttribute('tabindex')).toBe('0');
    await expect.element(region).toHaveRole('region');
    await expect.element(region).toHaveAccessibleName('Rates by month');
    const tree = await accessibilityTree();
    expect(tree.find((node) => node.role === 'region')?.name).toBe('Rates by month');
    // The keyboard scrolls it.
    region.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(region.scrollLeft).toBeGreaterThan(0);
    expect(getComputedStyle(region).outlineStyle).toBe('solid');
  });

  it('does not make the page scroll at 320 px right to left either', async () => {
    await page.viewport(320, 640);
    const el = await inMain(
      html`<polis-table sortable>
        <table>
          <caption>
            الأسعار
          </caption>
          <thead>
            <tr>
              ${[1, 2, 3, 4, 5, 6].map((n) => html`<th scope="col" data-polis-numeric>عمود ${n}</th>`)}
            </tr>
          </thead>
          <tbody>
            <tr>
              ${[1, 2, 3, 4, 5, 6].map((n) => html`<td>${n * 1000}000.00</td>`)}
            </tr>
          </tbody>
        </table>
      </polis-table>`,
      'rtl',
    );
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
    const region = part(el, 'region')!;
    expect(region.getAttribute('role')).toBe('region');
    // The caption starts at the right, where Arabic text starts.
    const caption = el.querySelector('caption')!;
    const range = document.createRange();
    range.selectNodeContents(caption);
    expect(region.getBoundingClientRect().right - range.getBoundingClientRect().right).toBeLessThan(2);
  });

  it('scrolls in its own region inside a flex row, rather than widening the page', async () => {
    await page.viewport(320, 640);
    const wrapper = await fixture<HTMLElement>(
      html`<main style="display: flex">
        <polis-table>
          <table>
            <caption>
              Rates
            </caption>
            <thead>
              <tr>
                ${[1, 2, 3, 4, 5, 6].map((n) => html`<th scope="col">Column ${n}</th>`)}
              </tr>
            </thead>
            <tbody>
              <tr>
                ${[1, 2, 3, 4, 5, 6].map((n) => html`<td>${n}000000000</td>`)}
              </tr>
            </tbody>
          </table>
        </polis-table>
      </main>`,
    );
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
    expect(part(wrapper.querySelector('polis-table')!, 'region')!.getAttribute('role')).toBe('region');
  });

  it('stops being a region when the table fits again', async () => {
    await page.viewport(320, 640);
    const wrapper = await fixture<HTMLElement>(
      html`<main>
        <polis-table>
          <table>
            <thead>
              <tr>
                <th scope="col">Averyveryverylongunbreakableheading</th>
                <th>Anotherlongunbreakableheading</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>1</td>
                <td>2</td>
              </tr>
            </tbody>
          </table>
        </polis-table>
      </main>`,
    );
    const el = wrapper.querySelector('polis-table')!;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const region = part(el, 'region')!;
    expect(region.getAttribute('role')).toBe('region');
    // No caption: a translated fallback name.
    expect(region.getAttribute('aria-label')).toBe('Scrollable table');
    await page.viewport(1024, 640);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(region.hasAttribute('role')).toBe(false);
    expect(region.hasAttribute('tabindex')).toBe(false);
    expect(region.hasAttribute('aria-label')).toBe(false);
  });

  it('holds at 200% text in a 640 px window without the page scrolling', async () => {
    await page.viewport(640, 800);
    document.documentElement.style.fontSize = '200%';
    await inMain(people('sortable'));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
  });

  it('survives malformed tables: no thead, colspan, rowspan, no table at all', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);

    // No thead, header row of th: still sortable, the header row stays at the top.
    const noHead = await inMain(
      html`<polis-table sortable>
        <table>
          <caption>
            No thead
          </caption>
          <tr>
            <th>Name</th>
            <th data-polis-numeric>Age</th>
          </tr>
          <tr>
            <td>b</td>
            <td>2</td>
          </tr>
          <tr>
            <td>a</td>
            <td>10</td>
          </tr>
        </table>
      </polis-table>`,
    );
    const headerButtons = noHead.querySelectorAll(`[${TABLE_SORT_BUTTON_ATTRIBUTE}]`);
    expect(headerButtons).toHaveLength(2);
    await userEvent.click(headerButtons[0]!);
    const names = [...noHead.querySelectorAll('tr')].map((row) => row.cells[0]!.textContent!.trim());
    expect(names).toEqual(['Name', 'a', 'b']);
    expect(noHead.querySelector('td:nth-child(2)')!.hasAttribute(TABLE_NUMERIC_ATTRIBUTE)).toBe(true);

    // colspan in the header and the body: the spanning header does not sort; cells line up.
    const spans = await inMain(
      html`<polis-table sortable>
        <table>
          <caption>
            Spans
          </caption>
          <thead>
            <tr>
              <th scope="col" colspan="2">Person</th>
              <th scope="col" data-polis-numeric>Total</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>b</td>
              <td>x</td>
              <td>2</td>
            </tr>
            <tr>
              <td colspan="2">a (merged)</td>
              <td>1</td>
            </tr>
            <tr>
              <td colspan="9999">too wide</td>
            </tr>
          </tbody>
        </table>
      </polis-table>`,
    );
    expect(button(spans, 0)).toBeNull();
    expect(button(spans, 1)).not.toBeNull();
    spans.sort(2);
    expect(column(spans, 0)).toEqual(['a (merged)', 'b', 'too wide']);
    expect(
      spans.querySelector('tbody tr:nth-child(1) td:nth-child(2)')!.hasAttribute(TABLE_NUMERIC_ATTRIBUTE),
    ).toBe(true);

    // rowspan in the body: rows cannot move apart, so no sorting at all.
    const rowspan = await inMain(
      html`<polis-table sortable>
        <table>
          <caption>
            Rowspan
          </caption>
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col">Item</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td rowspan="2">G</td>
              <td>b</td>
            </tr>
            <tr>
              <td>a</td>
            </tr>
          </tbody>
        </table>
      </polis-table>`,
    );
    expect(rowspan.querySelectorAll(`[${TABLE_SORT_BUTTON_ATTRIBUTE}]`)).toHaveLength(0);
    expect(rowspan.sort(1)).toBe(false);

    // Not a table, or nothing at all.
    await fixture(html`<polis-table sortable><p>Not a table</p></polis-table>`);
    await fixture(html`<polis-table sortable></polis-table>`);
    const empty = await inMain(html`<polis-table sortable><table></table></polis-table>`);
    expect(empty.sort(0)).toBe(false);

    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages.filter((m) => m.includes('spans several columns'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('spanning several rows'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('needs a <table>'))).toHaveLength(1);
    expect(errors).toEqual([]);
    window.removeEventListener('error', onError);
    warn.mockRestore();
  });

  it('falls back to a medium caption with one warning for a bad caption-size', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const medium = await inMain(people());
    const bad = await fixture<PolisTable>(
      html`<polis-table caption-size="huge">
        <table>
          <caption>
            Caption
          </caption>
          <tbody>
            <tr>
              <td>1</td>
            </tr>
          </tbody>
        </table>
      </polis-table>`,
    );
    const large = await fixture<PolisTable>(
      html`<polis-table caption-size="xl">
        <table>
          <caption>
            Caption
          </caption>
          <tbody>
            <tr>
              <td>1</td>
            </tr>
          </tbody>
        </table>
      </polis-table>`,
    );
    const size = (el: Element) => parseFloat(getComputedStyle(el.querySelector('caption')!).fontSize);
    expect(size(bad)).toBe(size(medium));
    expect(size(large)).toBeGreaterThan(size(medium));
    bad.requestUpdate();
    await bad.updateComplete;
    expect(warn.mock.calls.filter((call) => String(call[0]).includes('caption-size="huge"'))).toHaveLength(1);
    warn.mockRestore();
  });

  it('shows hostile cell text as text, and announces it as text', async () => {
    const hostile = '<img src=x onerror="window.__pwnedTable=1">';
    const el = await inMain(
      html`<polis-table sortable>
        <table>
          <caption>
            ${hostile}
          </caption>
          <thead>
            <tr>
              <th scope="col">${hostile}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>${hostile}</td>
            </tr>
            <tr>
              <td>a</td>
            </tr>
          </tbody>
        </table>
      </polis-table>`,
    );
    await userEvent.click(button(el, 0)!);
    expect(await announced()).toBe(`Sorted by ${hostile}, ascending`);
    expect(el.querySelectorAll('img')).toHaveLength(0);
    expect((window as { __pwnedTable?: number }).__pwnedTable).toBeUndefined();
  });

  it('announces in the page’s language', async () => {
    const wrapper = await fixture<HTMLElement>(html`<main lang="fr">${people('sortable')}</main>`);
    const el = wrapper.querySelector('polis-table')!;
    await userEvent.click(button(el, 2)!);
    expect(await announced()).toBe('Trié par Amount, ordre croissant');
  });

  it('puts the page’s table back as it was when it leaves the page, keeping the order', async () => {
    const el = await inMain(people('sortable'));
    el.sort(0);
    const table = el.querySelector('table')!;
    el.remove();
    expect(table.querySelectorAll(`[${TABLE_SORT_BUTTON_ATTRIBUTE}]`)).toHaveLength(0);
    expect(table.querySelectorAll(`td[${TABLE_NUMERIC_ATTRIBUTE}]`)).toHaveLength(0);
    expect(table.querySelector('th[data-polis-numeric]')).not.toBeNull();
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).toEqual([
      'Name',
      'Date applied',
      'Amount',
      'Notes',
    ]);
    expect(column(table, 0)).toEqual(['Adam', 'adam', 'Émile', 'zoë']);
    // Put back (moved), it is enhanced again, still sorted.
    document.querySelector('main')!.append(el);
    await settle(el.parentElement!);
    expect(el.querySelectorAll(`[${TABLE_SORT_BUTTON_ATTRIBUTE}]`)).toHaveLength(3);
    expect(el.querySelector('thead th')!.getAttribute('aria-sort')).toBe('ascending');
  });

  it('takes the buttons out when sortable is removed', async () => {
    const el = await inMain(people('sortable'));
    el.sortable = false;
    await settle(el.parentElement!);
    expect(el.querySelectorAll(`[${TABLE_SORT_BUTTON_ATTRIBUTE}]`)).toHaveLength(0);
    expect(el.querySelector('thead th')!.textContent!.trim()).toBe('Name');
  });
});
