/// <reference types="@vitest/browser-playwright" />
import { html, type TemplateResult } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import './define.js';
import type { PolisPageChangeEvent, PolisPagination } from './pagination.js';
import { resetWarnings } from '../../base/dev.js';
import { loadLocale } from '../../i18n/registry.js';
import { flatElements } from '../../test/flat-tree.js';
import { deepActiveElement, fixture, part, settle } from '../../test/fixture.js';
import { axNodes, forcedColors } from '../../test/browser-helpers.js';

/** The names of every link in Chromium's accessibility tree, sorted (the tree is not in reading order). */
const linkNames = async () =>
  (await axNodes())
    .filter((node) => node.role?.value === 'link')
    .map((node) => node.name?.value ?? '')
    .sort();
const sorted = (names: string[]) => [...names].sort();

const START_URL = window.location.href;

const pagination = (current: number | string, total: number | string) =>
  html`<polis-pagination current=${current} total=${total} href-template="?page={page}"></polis-pagination>`;

/** What a sighted person reads in the list: numbers and ellipses, the current one in brackets. */
const shown = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="item"]')].map((item) => {
    const visible = item.querySelector('[aria-hidden="true"]')?.textContent ?? item.textContent!.trim();
    return item.matches('[part~="current"]') ? `[${visible}]` : visible;
  });
const links = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];

function warnings() {
  resetWarnings();
  const spy = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  return {
    messages: () => spy.mock.calls.map((call) => String(call[0])),
    restore: () => spy.mockRestore(),
  };
}

async function reflowProblems(template: TemplateResult): Promise<string[]> {
  const problems: string[] = [];
  const conditions = [
    { width: 320, size: '100%', lang: 'en' },
    { width: 320, size: '100%', lang: 'ar' },
    { width: 640, size: '200%', lang: 'en' },
  ];
  for (const { width, size, lang } of conditions) {
    await page.viewport(width, 800);
    document.documentElement.style.fontSize = size;
    const root = await fixture<HTMLElement>(
      html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>${template}</div>`,
    );
    await settle(root);
    const column = root.getBoundingClientRect();
    const name = `${width}px, ${size} text, ${lang}`;
    const { scrollWidth, clientWidth } = document.documentElement;
    if (scrollWidth > clientWidth) problems.push(`${name}: the page is ${scrollWidth}px wide`);
    for (const element of flatElements(root)) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (getComputedStyle(element).clipPath.startsWith('inset(50%')) continue;
      if (box.right > column.right + 1 || box.left < column.left - 1) {
        problems.push(
          `${name}: <${element.localName} ${element.getAttribute('part') ?? ''}> goes past the edge`,
        );
      }
    }
    // Every link stays a target of at least 24 by 24 px.
    for (const host of root.querySelectorAll('polis-pagination')) {
      for (const link of links(host)) {
        const box = link.getBoundingClientRect();
        if (box.width < 24 || box.height < 24) {
          problems.push(`${name}: "${link.textContent?.trim()}" is ${box.width}×${box.height} px`);
        }
      }
    }
    root.remove();
  }
  document.documentElement.style.removeProperty('font-size');
  return problems;
}

afterEach(() => {
  window.history.replaceState(null, '', START_URL);
  vi.restoreAllMocks();
});

describe('polis-pagination', () => {
  beforeEach(async () => {
    await page.viewport(1024, 768);
  });

  describe('from attributes', () => {
    it('is a navigation landmark named "Pagination" with previous, numbered pages and next', async () => {
      const el = await fixture<PolisPagination>(pagination(3, 10));
      const nav = part(el, 'base')!;
      expect(nav.localName).toBe('nav');
      await expect.element(nav).toHaveRole('navigation');
      await expect.element(nav).toHaveAccessibleName('Pagination');
      expect(shown(el)).toEqual(['1', '2', '[3]', '4', '…', '10']);
      expect(await linkNames()).toEqual(
        sorted(['Previous page', 'Page 1', 'Page 2', 'Page 3', 'Page 4', 'Page 10', 'Next page']),
      );
      const previous = part<HTMLAnchorElement>(el, 'previous')!;
      const next = part<HTMLAnchorElement>(el, 'next')!;
      expect(previous.getAttribute('href')).toBe('?page=2');
      expect(previous.getAttribute('rel')).toBe('prev');
      expect(next.getAttribute('href')).toBe('?page=4');
      expect(next.getAttribute('rel')).toBe('next');
      expect(links(el).map((a) => a.getAttribute('href'))).toEqual([
        '?page=2',
        '?page=1',
        '?page=2',
        '?page=3',
        '?page=4',
        '?page=10',
        '?page=4',
      ]);
    });

    it('marks only the current page aria-current="page", on its link, and shows it as a filled box', async () => {
      const el = await fixture<PolisPagination>(pagination(3, 10));
      const marked = [...el.shadowRoot!.querySelectorAll('[aria-current]')];
      expect(marked).toHaveLength(1);
      expect(marked[0]!.localName).toBe('a');
      expect(marked[0]!.getAttribute('aria-current')).toBe('page');
      await expect.element(marked[0] as HTMLElement).toHaveAccessibleName('Page 3');
      const current = getComputedStyle(marked[0]!);
      const other = getComputedStyle(links(el)[1]!);
      expect(current.textDecorationLine).toBe('none');
      expect(other.textDecorationLine).toBe('underline');
      expect(current.backgroundColor).not.toBe(other.backgroundColor);
    });

    it('hides the ellipses from screen readers', async () => {
      const el = await fixture<PolisPagination>(pagination(5, 10));
      const ellipses = [...el.shadowRoot!.querySelectorAll('[part~="ellipsis"]')];
      expect(ellipses).toHaveLength(2);
      for (const ellipsis of ellipses) expect(ellipsis.getAttribute('aria-hidden')).toBe('true');
      const names = (await axNodes()).map((node) => node.name?.value ?? '');
      expect(names.filter((name) => name.includes('…'))).toEqual([]);
    });

    it.each([
      [1, 10, ['[1]', '2', '…', '10'], false, true],
      [2, 10, ['1', '[2]', '3', '…', '10'], true, true],
      [4, 10, ['1', '2', '3', '[4]', '5', '…', '10'], true, true],
      [5, 10, ['1', '…', '4', '[5]', '6', '…', '10'], true, true],
      [7, 10, ['1', '…', '6', '[7]', '8', '9', '10'], true, true],
      [10, 10, ['1', '…', '9', '[10]'], true, false],
      [4, 7, ['1', '2', '3', '[4]', '5', '6', '7'], true, true],
      [1, 2, ['[1]', '2'], false, true],
      [2, 2, ['1', '[2]'], true, false],
      [50, 1000, ['1', '…', '49', '[50]', '51', '…', '1,000'], true, true],
    ])('page %i of %i shows %j', async (current, total, expected, hasPrevious, hasNext) => {
      const el = await fixture<PolisPagination>(pagination(current, total));
      expect(shown(el)).toEqual(expected);
      expect(Boolean(part(el, 'previous'))).toBe(hasPrevious);
      expect(Boolean(part(el, 'next'))).toBe(hasNext);
    });

    it('shows nothing, not even a landmark, when there is a single page', async () => {
      const el = await fixture<PolisPagination>(pagination(1, 1));
      expect(el.shadowRoot!.querySelector('nav')).toBeNull();
      expect((await axNodes()).filter((node) => node.role?.value === 'navigation')).toEqual([]);
    });

    it('goes from previous, through each page, to next with Tab, and follows Enter', async () => {
      const el = await fixture<HTMLElement>(
        html`<div>
          <button>Before</button>${html`<polis-pagination
            current="3"
            total="10"
            href-template="#page-{page}"
          ></polis-pagination>`}
        </div>`,
      );
      el.querySelector('button')!.focus();
      const reached: string[] = [];
      for (let i = 0; i < 7; i++) {
        await userEvent.keyboard('{Tab}');
        const focused = deepActiveElement()!;
        reached.push(focused.textContent!.replace(/\s+/g, ' ').trim());
      }
      expect(reached).toEqual([
        'Previous page',
        'Page 11',
        'Page 22',
        'Page 33',
        'Page 44',
        'Page 1010',
        'Next page',
      ]);
      await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
      await userEvent.keyboard('{Enter}');
      expect(window.location.hash).toBe('#page-10');
    });

    it('names each page "Page 3" in the page’s language, with the number written as people see it', async () => {
      await loadLocale('ar');
      const el = await fixture<HTMLElement>(
        html`<div>
          <div lang="fr">${pagination(2, 3)}</div>
          <div lang="ar" dir="rtl">${pagination(2, 3)}</div>
          <div lang="hu">${pagination(2, 3)}</div>
        </div>`,
      );
      const [fr, ar, hu] = [...el.querySelectorAll('polis-pagination')];
      await loadLocale('hu');
      await settle(el);
      await expect.element(part(fr!, 'base')!).toHaveAccessibleName('Pagination');
      await expect.element(part(fr!, 'previous')!).toHaveAccessibleName('Page précédente');
      await expect.element(part(fr!, 'next')!).toHaveAccessibleName('Page suivante');
      await expect.element(links(fr!)[1]!).toHaveAccessibleName('Page 1');
      await expect.element(part(ar!, 'base')!).toHaveAccessibleName('ترقيم الصفحات');
      await expect.element(part(ar!, 'previous')!).toHaveAccessibleName('الصفحة السابقة');
      await expect.element(links(hu!)[1]!).toHaveAccessibleName('1. oldal');
      // Label in name: the number people see is in the name they can say.
      for (const host of [fr!, ar!, hu!]) {
        for (const link of links(host).slice(1, -1)) {
          const visible = link.querySelector('[aria-hidden="true"]')!.textContent!;
          expect(link.textContent).toContain(visible);
          expect(link.querySelector('.visually-hidden')!.textContent).toContain(visible);
        }
      }
    });

    it('takes its landmark name from label', async () => {
      const el = await fixture<PolisPagination>(
        html`<polis-pagination
          current="1"
          total="4"
          href-template="?page={page}"
          label="Search results pages"
        ></polis-pagination>`,
      );
      await expect.element(part(el, 'base')!).toHaveAccessibleName('Search results pages');
    });

    it('follows changes to current, as a single-page application makes them', async () => {
      const el = await fixture<PolisPagination>(pagination(1, 10));
      el.current = 6;
      await el.updateComplete;
      expect(shown(el)).toEqual(['1', '…', '5', '[6]', '7', '…', '10']);
    });
  });

  describe('bad input', () => {
    it.each([
      ['0', '10', 'current="0" is not a whole number from 1 to 10; using 1.'],
      ['12', '10', 'current="12" is not a whole number from 1 to 10; using 1.'],
      ['two', '10', 'current="two" is not a whole number from 1 to 10; using 1.'],
      ['2.5', '10', 'current="2.5" is not a whole number from 1 to 10; using 1.'],
    ])('current="%s" of %s falls back to page 1 with one warning', async (current, total, message) => {
      const log = warnings();
      const el = await fixture<HTMLElement>(
        html`<div>${pagination(current, total)}${pagination(current, total)}</div>`,
      );
      const first = el.querySelector('polis-pagination')!;
      expect(shown(first)).toEqual(['[1]', '2', '…', '10']);
      expect(log.messages().filter((m) => m.includes(message))).toHaveLength(1);
      log.restore();
    });

    it.each(['0', 'ten', '-3', ''])(
      'total="%s" warns once and shows nothing without links of its own',
      async (total) => {
        const log = warnings();
        const el = await fixture<PolisPagination>(pagination(1, total));
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('nav')).toBeNull();
        expect(log.messages().filter((m) => m.includes('total'))).toHaveLength(1);
        log.restore();
      },
    );

    it('with a bad total, shows the page’s own links instead', async () => {
      const log = warnings();
      const el = await fixture<PolisPagination>(
        html`<polis-pagination total="many" href-template="?page={page}">
          <a href="?page=1" aria-current="page">1</a>
          <a href="?page=2">2</a>
        </polis-pagination>`,
      );
      expect(shown(el)).toEqual(['[1]', '2']);
      expect(log.messages()).toHaveLength(1);
      log.restore();
    });

    it('refuses a script address in href-template once, and links nothing', async () => {
      const log = warnings();
      const el = await fixture<PolisPagination>(
        html`<polis-pagination
          current="2"
          total="5"
          href-template="javascript:alert({page})"
        ></polis-pagination>`,
      );
      expect(links(el)).toHaveLength(0);
      expect(part(el, 'previous')).toBeNull();
      expect(log.messages().filter((m) => m.includes('would run script'))).toHaveLength(1);
      log.restore();
    });

    it('warns once when href-template has no {page}, and shows the numbers as text', async () => {
      const log = warnings();
      const el = await fixture<PolisPagination>(
        html`<polis-pagination current="2" total="3" href-template="/results"></polis-pagination>`,
      );
      expect(links(el)).toHaveLength(0);
      expect(shown(el)).toEqual(['1', '[2]', '3']);
      expect(el.shadowRoot!.querySelector('[aria-current="page"]')).not.toBeNull();
      expect(log.messages().filter((m) => m.includes('{page}'))).toHaveLength(1);
      log.restore();
    });

    it('an unknown variant falls back to numbered with one warning', async () => {
      const log = warnings();
      const el = await fixture<PolisPagination>(
        html`<polis-pagination
          current="2"
          total="3"
          href-template="?p={page}"
          variant="fancy"
        ></polis-pagination>`,
      );
      expect(shown(el)).toEqual(['1', '[2]', '3']);
      expect(log.messages().filter((m) => m.includes('variant="fancy"'))).toHaveLength(1);
      log.restore();
    });

    it('warns once when it has no pages at all', async () => {
      const log = warnings();
      const el = await fixture<PolisPagination>(html`<polis-pagination></polis-pagination>`);
      expect(el.shadowRoot!.querySelector('nav')).toBeNull();
      expect(log.messages().filter((m) => m.includes('has no pages'))).toHaveLength(1);
      log.restore();
    });
  });

  describe('polis-page-change', () => {
    it('fires before the browser follows a link, with the page, its address and its direction', async () => {
      const el = await fixture<PolisPagination>(
        html`<polis-pagination current="3" total="10" href-template="#page-{page}"></polis-pagination>`,
      );
      const events: PolisPageChangeEvent[] = [];
      el.addEventListener('polis-page-change', (event) => events.push(event));
      await userEvent.click(links(el)[4]!);
      await userEvent.click(part(el, 'next')!);
      await userEvent.click(part(el, 'previous')!);
      expect(events.map((event) => event.detail)).toEqual([
        { page: 4, href: new URL('#page-4', window.location.href).href, rel: null },
        { page: 4, href: new URL('#page-4', window.location.href).href, rel: 'next' },
        { page: 2, href: new URL('#page-2', window.location.href).href, rel: 'prev' },
      ]);
      expect(events.every((event) => event.cancelable && event.bubbles && event.composed)).toBe(true);
      expect(window.location.hash).toBe('#page-2');
    });

    it('cancelled, the browser stays on the page, so a single-page application can change it', async () => {
      const el = await fixture<PolisPagination>(
        html`<polis-pagination current="1" total="3" href-template="#page-{page}"></polis-pagination>`,
      );
      el.addEventListener('polis-page-change', (event) => {
        event.preventDefault();
        el.current = event.detail.page!;
      });
      await userEvent.click(links(el).find((a) => a.textContent!.includes('Page 3'))!);
      await el.updateComplete;
      expect(window.location.hash).toBe('');
      expect(shown(el)).toEqual(['1', '2', '[3]']);
    });

    it('keeps focus on the page a person chose, and on the current page when Next goes away', async () => {
      const el = await fixture<PolisPagination>(
        html`<polis-pagination current="5" total="10" href-template="#page-{page}"></polis-pagination>`,
      );
      el.addEventListener('polis-page-change', (event) => {
        event.preventDefault();
        el.current = event.detail.page!;
      });
      const six = links(el).find((a) => a.textContent!.includes('Page 6'))!;
      six.focus();
      await userEvent.keyboard('{Enter}');
      await el.updateComplete;
      expect(shown(el)).toEqual(['1', '…', '5', '[6]', '7', '…', '10']);
      expect(el.shadowRoot!.activeElement).toHaveAccessibleName('Page 6');
      el.current = 9;
      await el.updateComplete;
      part<HTMLAnchorElement>(el, 'next')!.focus();
      await userEvent.keyboard('{Enter}');
      await el.updateComplete;
      expect(part(el, 'next')).toBeNull();
      expect(el.shadowRoot!.activeElement).toHaveAccessibleName('Page 10');
      expect(el.shadowRoot!.activeElement!.getAttribute('aria-current')).toBe('page');
    });

    it('is typed in GlobalEventHandlersEventMap', () => {
      const listener = (event: GlobalEventHandlersEventMap['polis-page-change']) => event.detail.page;
      expect(typeof listener).toBe('function');
    });
  });

  describe('from the page’s own links', () => {
    const twenty = (current: number) =>
      html`<polis-pagination>
        <ul>
          ${Array.from(
            { length: 20 },
            (_, i) =>
              html`<li>
                <a href="#results-${i + 1}" aria-current=${i + 1 === current ? 'page' : 'false'}>${i + 1}</a>
              </li>`,
          )}
        </ul>
      </polis-pagination>`;

    it('shows the first, the last and the neighbours of the marked page, and adds previous and next', async () => {
      const el = await fixture<PolisPagination>(twenty(7));
      expect(shown(el)).toEqual(['1', '…', '6', '[7]', '8', '…', '20']);
      expect(part(el, 'previous')!.getAttribute('href')).toBe('#results-6');
      expect(part(el, 'next')!.getAttribute('href')).toBe('#results-8');
      await expect.element(links(el)[2]!).toHaveAccessibleName('Page 6');
      // The page's own links are not rendered once the element has upgraded.
      for (const link of el.querySelectorAll('a')) expect(link.checkVisibility()).toBe(false);
    });

    it('reads a list that is already shortened, the current page written as text, and rel links', async () => {
      const el = await fixture<PolisPagination>(
        html`<polis-pagination>
          <a href="/results?page=4" rel="prev">Previous</a>
          <ol>
            <li><a href="/results?page=1">1</a></li>
            <li>…</li>
            <li><a href="/results?page=4">4</a></li>
            <li><span>5</span></li>
            <li><a href="/results?page=6">6</a></li>
            <li>…</li>
            <li><a href="/results?page=42">42</a></li>
          </ol>
          <a href="/results?page=6" rel="next">Next</a>
        </polis-pagination>`,
      );
      expect(shown(el)).toEqual(['1', '…', '4', '[5]', '6', '…', '42']);
      const current = el.shadowRoot!.querySelector('[aria-current="page"]')!;
      expect(current.localName).toBe('span');
      expect(current.textContent).toContain('Page 5');
      // The visible words are the element's own, translated, not the page's "Previous".
      expect(await linkNames()).toEqual(
        sorted(['Previous page', 'Page 1', 'Page 4', 'Page 6', 'Page 42', 'Next page']),
      );
      const events: PolisPageChangeEvent[] = [];
      el.addEventListener('polis-page-change', (event) => {
        events.push(event);
        event.preventDefault();
      });
      part<HTMLAnchorElement>(el, 'next')!.click();
      expect(events[0]!.detail).toMatchObject({ page: 6, rel: 'next' });
    });

    it('hands a click to the page’s own link, after polis-page-change', async () => {
      const el = await fixture<PolisPagination>(twenty(1));
      const order: string[] = [];
      el.addEventListener('polis-page-change', () => order.push('polis-page-change'));
      const own = el.querySelector<HTMLAnchorElement>('a[href="#results-2"]')!;
      own.addEventListener('click', () => order.push('own link'));
      await userEvent.click(part(el, 'next')!);
      expect(order).toEqual(['polis-page-change', 'own link']);
      expect(window.location.hash).toBe('#results-2');
    });

    it('lets current choose among them, and warns once when it is not one of them', async () => {
      const log = warnings();
      const el = await fixture<HTMLElement>(
        html`<div>
          <polis-pagination current="2"
            ><a href="#1">1</a><a href="#2">2</a><a href="#3">3</a></polis-pagination
          >
          <polis-pagination current="9"><a href="#1">1</a><a href="#2">2</a></polis-pagination>
        </div>`,
      );
      const [chosen, wrong] = [...el.querySelectorAll('polis-pagination')];
      expect(shown(chosen!)).toEqual(['1', '[2]', '3']);
      expect(shown(wrong!)).toEqual(['1', '2']);
      expect(log.messages().filter((m) => m.includes('current="9"'))).toHaveLength(1);
      log.restore();
    });

    it('follows changes to the page’s links', async () => {
      const el = await fixture<PolisPagination>(
        html`<polis-pagination> <a href="#1" aria-current="page">1</a><a href="#2">2</a> </polis-pagination>`,
      );
      el.insertAdjacentHTML('beforeend', '<a href="#3">3</a>');
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(shown(el)).toEqual(['[1]', '2', '3']);
    });

    it('refuses script links and renders link text as text', async () => {
      const log = warnings();
      const el = await fixture<PolisPagination>(
        html`<polis-pagination>
          <a href="#1" aria-current="page">1</a>
          <a href="javascript:alert(2)">2</a>
          <a href="#3" rel="next">&lt;img src=x onerror=alert(1)&gt;</a>
        </polis-pagination>`,
      );
      expect(el.shadowRoot!.querySelector('img')).toBeNull();
      expect(links(el).map((a) => a.getAttribute('href'))).toEqual(['#1', '#3']);
      expect(log.messages().filter((m) => m.includes('would run script'))).toHaveLength(1);
      log.restore();
    });
  });

  describe('block variant', () => {
    const block = html`<polis-pagination variant="block">
      <a href="/driving/part-1" rel="prev">Applying for a provisional licence</a>
      <a href="/driving/part-3" rel="next">Booking your theory test</a>
    </polis-pagination>`;

    it('shows previous and next alone, stacked, each with the title of the page it leads to', async () => {
      const el = await fixture<PolisPagination>(block);
      expect(part(el, 'list')).toBeNull();
      const previous = part<HTMLAnchorElement>(el, 'previous')!;
      const next = part<HTMLAnchorElement>(el, 'next')!;
      expect(previous.getAttribute('href')).toBe('/driving/part-1');
      expect(previous.querySelector('[part~="label"]')!.textContent).toBe(
        'Applying for a provisional licence',
      );
      // Chromium puts a space before the hidden colon (the title is a block): read the same.
      const [next_, previous_] = await linkNames();
      expect(previous_).toMatch(/^Previous page ?: Applying for a provisional licence$/);
      expect(next_).toMatch(/^Next page ?: Booking your theory test$/);
      // Stacked: next is under previous, both starting at the inline start.
      const [a, b] = [previous.getBoundingClientRect(), next.getBoundingClientRect()];
      expect(b.top).toBeGreaterThanOrEqual(a.bottom);
      expect(Math.abs(a.left - b.left)).toBeLessThanOrEqual(1);
      // The title sits under the direction word.
      const word = previous.querySelector('.title')!.getBoundingClientRect();
      const title = previous.querySelector('[part~="label"]')!.getBoundingClientRect();
      expect(title.top).toBeGreaterThanOrEqual(word.bottom - 1);
    });

    it('from attributes, links previous and next without titles', async () => {
      const el = await fixture<PolisPagination>(
        html`<polis-pagination
          variant="block"
          current="2"
          total="3"
          href-template="?page={page}"
        ></polis-pagination>`,
      );
      expect(part(el, 'list')).toBeNull();
      expect(await linkNames()).toEqual(['Next page', 'Previous page']);
    });
  });

  it('mirrors the arrows right to left, and runs from the right', async () => {
    await loadLocale('ar');
    const el = await fixture<HTMLElement>(
      html`<div>
        <div>${pagination(2, 3)}</div>
        <div lang="ar" dir="rtl">${pagination(2, 3)}</div>
      </div>`,
    );
    const [ltr, rtl] = [...el.querySelectorAll('polis-pagination')];
    expect(getComputedStyle(part(ltr!, 'arrow')!).transform).toBe('none');
    expect(getComputedStyle(part(rtl!, 'arrow')!).transform).toMatch(/^matrix\(-1, 0, 0, 1,/);
    const previous = part(rtl!, 'previous')!.getBoundingClientRect();
    const next = part(rtl!, 'next')!.getBoundingClientRect();
    expect(next.right).toBeLessThanOrEqual(previous.left);
    // In ltr, the previous arrow comes before its word; in rtl it is on the right of it.
    const word = part(rtl!, 'previous')!.querySelector('.title-text')!.getBoundingClientRect();
    expect(part(rtl!, 'arrow')!.getBoundingClientRect().left).toBeGreaterThanOrEqual(word.right - 1);
  });

  it('reflows at 320 px, in English and Arabic, and with 200% text, every link at least 24 px square', async () => {
    await loadLocale('ar');
    expect(await reflowProblems(pagination(500, 1000))).toEqual([]);
    expect(
      await reflowProblems(
        html`<polis-pagination variant="block">
          <a href="#a" rel="prev">Applying for a provisional lorry or bus licence with a very long title</a>
          <a href="#b" rel="next">https://www.example.gov/a-very-long-address-with-no-spaces-in-it</a>
        </polis-pagination>`,
      ),
    ).toEqual([]);
  });

  it('keeps the current page, links and focus visible in forced colours', async () => {
    const el = await fixture<PolisPagination>(pagination(2, 3));
    await forcedColors(true);
    try {
      const current = getComputedStyle(el.shadowRoot!.querySelector('[aria-current="page"]')!);
      expect(current.borderTopStyle).toBe('solid');
      expect(parseFloat(current.borderTopWidth)).toBeGreaterThanOrEqual(1);
      expect(current.borderTopColor).not.toBe('rgba(0, 0, 0, 0)');
      const link = links(el)[1]!;
      link.focus();
      await userEvent.keyboard('{Tab}{Shift>}{Tab}{/Shift}');
      const style = getComputedStyle(link);
      expect(style.outlineStyle).toBe('solid');
      expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
      expect(style.boxShadow).toBe('none');
    } finally {
      await forcedColors(false);
    }
  });
});
