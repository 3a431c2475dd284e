import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import './define.js';
import type { PolisTabChangeEvent, PolisTabs } from './tabs.js';
import { resetWarnings } from '../../base/dev.js';
import { fixture, settle } from '../../test/fixture.js';

const START_URL = window.location.href;

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** The page's own HTML: a title, a list of links to the sections, the sections. */
const markup = (extra = html``) =>
  html`<polis-tabs>
    <h2>Contents</h2>
    <ul>
      <li><a href="#past-day">Past day</a></li>
      <li><a href="#past-week">Past week</a></li>
      <li><a href="#past-month">Past month</a></li>
    </ul>
    <section id="past-day">
      <h2>Past day</h2>
      <p>3 cases reported.</p>
    </section>
    <section id="past-week">
      <h2>Past week</h2>
      <p>24 cases reported. <a href="#sources">Sources</a></p>
    </section>
    <section id="past-month">
      <h2>Past month</h2>
      <p>98 cases reported.</p>
    </section>
    ${extra}
  </polis-tabs>`;

const tabs = (el: Element) => [...el.querySelectorAll<HTMLAnchorElement>('ul > li > a')];
const panels = (el: Element) => [...el.querySelectorAll<HTMLElement>(':scope > section')];
const shown = (el: Element) =>
  panels(el)
    .filter((panel) => panel.checkVisibility())
    .map((p) => p.id);
const selectedTab = (el: Element) => tabs(el).find((tab) => tab.getAttribute('aria-selected') === 'true');

afterEach(() => {
  window.history.replaceState(null, '', START_URL);
  vi.restoreAllMocks();
});

describe('polis-tabs', () => {
  beforeEach(async () => {
    await page.viewport(1024, 768);
  });

  it('turns the list of links into the tabs pattern, in the page’s own tree', async () => {
    const el = await fixture<PolisTabs>(markup());
    const list = el.querySelector('ul')!;
    await expect.element(list).toHaveRole('tablist');
    await expect.element(list).toHaveAccessibleName('Contents');
    // The title names the tab list; it is not shown above the tabs.
    expect(el.querySelector('h2')!.checkVisibility()).toBe(false);
    for (const item of el.querySelectorAll('li')) expect(item.getAttribute('role')).toBe('presentation');
    const [day, week, month] = tabs(el);
    for (const [tab, panel] of [
      [day, 'past-day'],
      [week, 'past-week'],
      [month, 'past-month'],
    ] as const) {
      await expect.element(tab!).toHaveRole('tab');
      expect(tab!.getAttribute('aria-controls')).toBe(panel);
      const section = el.querySelector<HTMLElement>(`#${panel}`)!;
      expect(section.getAttribute('role')).toBe('tabpanel');
      expect(section.getAttribute('aria-labelledby')).toBe(tab!.id);
      expect(tab!.id).not.toBe('');
    }
    // The id references resolve: all of it is in one tree.
    await expect.element(el.querySelector<HTMLElement>('#past-day')!).toHaveAccessibleName('Past day');
    await expect.element(day!).toHaveAttribute('aria-selected', 'true');
    await expect.element(week!).toHaveAttribute('aria-selected', 'false');
    expect(shown(el)).toEqual(['past-day']);
    expect(el.selected).toBe('past-day');
    // Tabs look like tabs: in a row, the selected one joined to its panel.
    const [a, b] = [day!.getBoundingClientRect(), week!.getBoundingClientRect()];
    expect(Math.abs(a.bottom - b.bottom)).toBeLessThanOrEqual(1.5);
    expect(b.left).toBeGreaterThan(a.right - 1);
  });

  it('moves and selects with the arrow keys, Home and End, keeping one tab in the Tab order', async () => {
    const el = await fixture<PolisTabs>(markup());
    const changes: string[] = [];
    el.addEventListener('polis-tab-change', (event: PolisTabChangeEvent) => changes.push(event.detail.id));
    const [day, week, month] = tabs(el);
    day!.focus();
    const tabStops = () => tabs(el).filter((tab) => tab.tabIndex === 0);

    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(week);
    expect(selectedTab(el)).toBe(week);
    expect(shown(el)).toEqual(['past-week']);
    expect(tabStops()).toEqual([week]);
    expect(day!.tabIndex).toBe(-1);

    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(document.activeElement).toBe(day);
    expect(shown(el)).toEqual(['past-day']);

    await userEvent.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(month);
    expect(shown(el)).toEqual(['past-month']);

    await userEvent.keyboard('{Home}');
    expect(selectedTab(el)).toBe(day);
    await userEvent.keyboard('{End}');
    expect(selectedTab(el)).toBe(month);
    expect(tabStops()).toEqual([month]);
    expect(changes).toEqual(['past-week', 'past-month', 'past-day', 'past-month', 'past-day', 'past-month']);
    expect(el.selected).toBe('past-month');
    // Other keys are left alone.
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(month);
  });

  it('reverses the arrows right to left', async () => {
    const el = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar">${markup()}</div>`);
    const tabsEl = el.querySelector('polis-tabs')!;
    const [day, week] = tabs(tabsEl);
    // The first tab is on the right.
    expect(day!.getBoundingClientRect().left).toBeGreaterThan(week!.getBoundingClientRect().left);
    day!.focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(week);
    expect(shown(tabsEl)).toEqual(['past-week']);
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(day);
  });

  it('goes on with Tab into the panel: the panel itself when it has nothing focusable, else its content', async () => {
    const el = await fixture<HTMLElement>(html`<div>${markup()}<button>After</button></div>`);
    const tabsEl = el.querySelector('polis-tabs')!;
    const [day, week] = tabs(tabsEl);
    day!.focus();
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(tabsEl.querySelector('#past-day'));
    expect(tabsEl.querySelector('#past-day')!.getAttribute('tabindex')).toBe('0');
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(el.querySelector('button'));

    week!.focus();
    await userEvent.keyboard('{ArrowLeft}{ArrowRight}');
    expect(document.activeElement).toBe(week);
    // Past week has a link: Tab goes to it, and the panel is not a tab stop of its own.
    expect(tabsEl.querySelector('#past-week')!.hasAttribute('tabindex')).toBe(false);
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(tabsEl.querySelector('a[href="#sources"]'));
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement).toBe(week);
    // Shift+Tab from the tab list leaves it, whatever tab is selected.
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(tabs(tabsEl)).not.toContain(document.activeElement);
  });

  it('shows a tab on click, puts its id in the address without a history entry or scrolling', async () => {
    const el = await fixture<PolisTabs>(markup());
    const changes: string[] = [];
    el.addEventListener('polis-tab-change', (event: PolisTabChangeEvent) => changes.push(event.detail.id));
    const length = history.length;
    const scroll = window.scrollY;
    await userEvent.click(tabs(el)[2]!);
    expect(shown(el)).toEqual(['past-month']);
    expect(document.activeElement).toBe(tabs(el)[2]);
    expect(window.location.hash).toBe('#past-month');
    expect(history.length).toBe(length);
    expect(window.scrollY).toBe(scroll);
    expect(changes).toEqual(['past-month']);
    // Clicking the selected tab again changes nothing.
    await userEvent.click(tabs(el)[2]!);
    expect(changes).toEqual(['past-month']);
  });

  it('shows first the section the address names, and follows links to its sections', async () => {
    window.history.replaceState(null, '', '#past-week');
    const el = await fixture<PolisTabs>(markup());
    expect(shown(el)).toEqual(['past-week']);
    expect(selectedTab(el)).toBe(tabs(el)[1]);

    const changes: string[] = [];
    el.addEventListener('polis-tab-change', (event: PolisTabChangeEvent) => changes.push(event.detail.id));
    window.location.hash = '#past-month';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    expect(shown(el)).toEqual(['past-month']);
    expect(document.activeElement).toBe(tabs(el)[2]);
    expect(changes).toEqual(['past-month']);
    // An address that names something else changes nothing.
    window.location.hash = '#elsewhere';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    expect(shown(el)).toEqual(['past-month']);
  });

  it('shows the selected attribute’s section first, and follows the selected property', async () => {
    const el = await fixture<PolisTabs>(
      html`<div>
        <polis-tabs selected="past-month">
          <ul>
            <li><a href="#a-1">One</a></li>
            <li><a href="#past-month">Two</a></li>
          </ul>
          <section id="a-1"><p>One</p></section>
          <section id="past-month"><p>Two</p></section>
        </polis-tabs>
      </div>`,
    );
    const tabsEl = el.querySelector('polis-tabs')!;
    expect(shown(tabsEl)).toEqual(['past-month']);
    tabsEl.selected = 'a-1';
    await tabsEl.updateComplete;
    expect(shown(tabsEl)).toEqual(['a-1']);
    // Set from script: no event, no change of address.
    expect(window.location.hash).toBe('');
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    tabsEl.selected = 'nowhere';
    await tabsEl.updateComplete;
    expect(shown(tabsEl)).toEqual(['a-1']);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('stays a list of links with every section shown at 320 px, without scrolling sideways', async () => {
    await page.viewport(320, 640);
    const el = await fixture<PolisTabs>(markup());
    await frames();
    expect(el.querySelector('[role]')).toBeNull();
    expect(shown(el)).toEqual(['past-day', 'past-week', 'past-month']);
    expect(el.querySelector('h2')!.checkVisibility()).toBe(true);
    await expect.element(el.querySelector('ul')!).toHaveRole('list');
    // The links are spaced apart, so each is an easy target.
    expect(parseFloat(getComputedStyle(el.querySelector('li')!).marginBlockEnd)).toBeGreaterThanOrEqual(8);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
    // The links are links to the sections, as written.
    tabs(el)[1]!.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(tabs(el)[1]);
  });

  it('stays a list with 200% text in a 640 px window', async () => {
    await page.viewport(640, 800);
    document.documentElement.style.fontSize = '200%';
    try {
      const el = await fixture<PolisTabs>(markup());
      expect(el.querySelector('[role]')).toBeNull();
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
    } finally {
      document.documentElement.style.removeProperty('font-size');
    }
  });

  it('turns into tabs and back as the window is resized, and gives back the page’s HTML exactly', async () => {
    await page.viewport(320, 640);
    const el = await fixture<PolisTabs>(
      html`<polis-tabs>
        <h2 id="own-title" class="title">Contents</h2>
        <ul class="list">
          <li><a href="#one" id="own-tab" tabindex="0">One</a></li>
          <li><a href="#two">Two</a></li>
        </ul>
        <section id="one" tabindex="-1"><p>One</p></section>
        <section id="two" hidden><p>Two</p></section>
      </polis-tabs>`,
    );
    await frames();
    const before = el.innerHTML;
    await page.viewport(1024, 768);
    await frames();
    await frames();
    expect(el.querySelector('ul')!.getAttribute('role')).toBe('tablist');
    expect(el.querySelector('ul')!.getAttribute('aria-labelledby')).toBe('own-title');
    expect(el.querySelector('#two')!.getAttribute('aria-labelledby')).toMatch(/^polis-tabs-\d+-tab$/);
    expect(el.querySelector('#one')!.getAttribute('aria-labelledby')).toBe('own-tab');
    tabs(el)[1]!.click();
    expect(shown(el)).toEqual(['two']);
    await page.viewport(320, 640);
    await frames();
    await frames();
    expect(el.innerHTML).toBe(before);
    // Back to tabs: the person's choice is kept.
    await page.viewport(1024, 768);
    await frames();
    await frames();
    expect(shown(el)).toEqual(['two']);
    // Removed from the page: the HTML is given back as well.
    const parent = el.parentElement!;
    el.remove();
    expect(el.innerHTML).toBe(before);
    parent.append(el);
    expect(el.querySelector('ul')!.getAttribute('role')).toBe('tablist');
  });

  it('keeps up when sections are added or removed', async () => {
    const el = await fixture<PolisTabs>(markup());
    const list = el.querySelector('ul')!;
    // Added: a link and its section.
    const item = document.createElement('li');
    const link = Object.assign(document.createElement('a'), { href: '#past-year', textContent: 'Past year' });
    item.append(link);
    list.append(item);
    const section = Object.assign(document.createElement('section'), { id: 'past-year' });
    section.append(Object.assign(document.createElement('p'), { textContent: '1,200 cases reported.' }));
    el.append(section);
    await settle(el);
    await expect.element(link).toHaveRole('tab');
    expect(section.getAttribute('role')).toBe('tabpanel');
    expect(section.hidden).toBe(true);
    link.click();
    expect(shown(el)).toEqual(['past-year']);

    // The selected one removed: the first is shown, and nothing is left half done.
    item.remove();
    section.remove();
    await settle(el);
    expect(section.hasAttribute('role')).toBe(false);
    expect(section.hidden).toBe(false);
    expect(link.hasAttribute('role')).toBe(false);
    expect(link.hasAttribute('tabindex')).toBe(false);
    expect(shown(el)).toEqual(['past-day']);
    expect(tabs(el).filter((tab) => tab.tabIndex === 0)).toHaveLength(1);

    // A panel that gains a link stops being a tab stop itself.
    const panel = el.querySelector<HTMLElement>('#past-day')!;
    expect(panel.getAttribute('tabindex')).toBe('0');
    panel.append(Object.assign(document.createElement('a'), { href: '#x', textContent: 'More' }));
    await settle(el);
    expect(panel.hasAttribute('tabindex')).toBe(false);
  });

  describe('hostile and broken markup', () => {
    let messages: string[] = [];
    beforeEach(() => {
      resetWarnings();
      messages = [];
      vi.spyOn(console, 'warn').mockImplementation((message: unknown) => {
        messages.push(String(message));
      });
    });
    const warnings = (): string[] => messages;

    it('stays a list, with one warning, when a link does not point to one of its sections', async () => {
      const el = await fixture<HTMLElement>(
        html`<div>
          ${[1, 2].map(
            () =>
              html`<polis-tabs>
                <ul>
                  <li><a href="#ok">OK</a></li>
                  <li><a href="https://example.com/elsewhere">Elsewhere</a></li>
                </ul>
                <section id="ok"><p>OK</p></section>
              </polis-tabs>`,
          )}
        </div>`,
      );
      for (const tabsEl of el.querySelectorAll('polis-tabs')) {
        expect(tabsEl.querySelector('[role]')).toBeNull();
        expect(tabsEl.querySelector('section')!.checkVisibility()).toBe(true);
      }
      expect(warnings()).toHaveLength(1);
      expect(warnings()[0]).toContain('https://example.com/elsewhere');
      // Put right later, by script: it becomes tabs.
      const first = el.querySelector('polis-tabs')!;
      first.append(Object.assign(document.createElement('section'), { id: 'later', textContent: 'Later' }));
      await settle(first);
      expect(first.querySelector('[role]')).toBeNull();
      first.querySelector('a[href^="https"]')!.setAttribute('href', '#later');
      await settle(first);
      expect(first.querySelector('ul')!.getAttribute('role')).toBe('tablist');
      expect(first.querySelector('#later')!.getAttribute('role')).toBe('tabpanel');
    });

    it('makes the first of two sections with the same id the panel, shows the other, warns once', async () => {
      const el = await fixture<PolisTabs>(
        html`<polis-tabs>
          <ul>
            <li><a href="#a">A</a></li>
            <li><a href="#b">B</a></li>
          </ul>
          <section id="a"><p>First A</p></section>
          <section id="b"><p>B</p></section>
          <section id="a"><p>Second A</p></section>
        </polis-tabs>`,
      );
      const [first, b, second] = panels(el);
      expect(first!.getAttribute('role')).toBe('tabpanel');
      expect(second!.hasAttribute('role')).toBe(false);
      expect(second!.checkVisibility()).toBe(true);
      tabs(el)[1]!.click();
      expect(b!.checkVisibility()).toBe(true);
      expect(first!.checkVisibility()).toBe(false);
      expect(warnings().filter((m) => m.includes('same id'))).toHaveLength(1);
    });

    it('always shows a section no link points to, with one warning', async () => {
      const el = await fixture<PolisTabs>(markup(html`<section id="orphan"><p>Orphan</p></section>`));
      expect(el.querySelector('#orphan')!.checkVisibility()).toBe(true);
      expect(el.querySelector('#orphan')!.hasAttribute('role')).toBe(false);
      expect(shown(el)).toEqual(['past-day', 'orphan']);
      expect(warnings().filter((m) => m.includes('no link'))).toHaveLength(1);
    });

    it('never throws on nonsense: no list, empty items, two links to one section, odd ids', async () => {
      const el = await fixture<HTMLElement>(
        html`<div>
          <polis-tabs><p>No list at all</p></polis-tabs>
          <polis-tabs
            ><ul>
              <li>No link</li>
            </ul>
            <section id="x">X</section></polis-tabs
          >
          <polis-tabs>
            <ul>
              <li><a href="#same">One</a></li>
              <li><a href="#same">Two</a></li>
            </ul>
            <section id="same">Same</section>
          </polis-tabs>
          <polis-tabs>
            <ul>
              <li><a href="#%E0%A4%A">Bad escape</a></li>
              <li><a href="#">Empty</a></li>
            </ul>
          </polis-tabs>
          <polis-tabs>
            <ul>
              <li><a href="#caf%C3%A9">Café</a></li>
              <li><a href='#a"b'>Quote</a></li>
            </ul>
            <section id="café"><p>Coffee</p></section>
            <section id='a"b'><p>Quote</p></section>
          </polis-tabs>
          <polis-tabs></polis-tabs>
        </div>`,
      );
      const all = [...el.querySelectorAll('polis-tabs')];
      for (const broken of all.slice(0, 4)) expect(broken.querySelector('[role]')).toBeNull();
      const odd = all[4]!;
      expect(odd.querySelector('#café')!.getAttribute('role')).toBe('tabpanel');
      tabs(odd)[1]!.click();
      expect(odd.querySelector<HTMLElement>("[id='a\"b']")!.checkVisibility()).toBe(true);
      expect(new Set(warnings()).size).toBe(warnings().length);
    });
  });
});
