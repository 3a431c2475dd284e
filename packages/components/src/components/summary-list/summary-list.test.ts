/// <reference types="@vitest/browser-playwright" />
import { html, type TemplateResult } from 'lit';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import './define.js';
import { SUMMARY_LIST_CONTEXT_ATTRIBUTE, type PolisSummaryList } from './summary-list.js';
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
  depth: number;
}

/**
 * Chromium's own accessibility tree under the first `main` of the test frame: every node that
 * is not ignored, with its computed role and accessible name (text nodes left out).
 */
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
    const visit = (node: AXNode | undefined, depth: number) => {
      if (!node) return;
      const role = node.role?.value ?? '';
      const shown = !node.ignored && !['StaticText', 'InlineTextBox', 'generic', 'none'].includes(role);
      if (shown) found.push({ role, name: node.name?.value ?? '', depth });
      for (const id of node.childIds ?? []) visit(byId.get(id), shown ? depth + 1 : depth);
    };
    visit(main, 0);
    return found;
  }
  throw new Error('no main landmark in any frame');
}

/**
 * The accessible names of the links Chromium computes, in order. Chromium puts a space around
 * the text of an out-of-flow (visually hidden) element ("Ändern : Geburtsdatum"); screen
 * readers read it the same, so a space before punctuation is not counted.
 */
async function linkNames(): Promise<string[]> {
  return (await accessibilityTree())
    .filter((node) => node.role === 'link')
    .map((node) => node.name.replace(/\s+([:,.)])/g, '$1'));
}

/** The text a person sees: the light DOM without the visually hidden context. */
function shownText(element: Element): string {
  const clone = element.cloneNode(true) as Element;
  for (const added of clone.querySelectorAll(`[${SUMMARY_LIST_CONTEXT_ATTRIBUTE}]`)) added.remove();
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const answers = html`<polis-summary-list>
  <dl>
    <div>
      <dt>Name</dt>
      <dd>Sarah Philips</dd>
      <dd><a href="/name">Change</a></dd>
    </div>
    <div>
      <dt>Date of birth</dt>
      <dd>5 January 1978</dd>
      <dd><a href="/date-of-birth">Change</a></dd>
    </div>
    <div>
      <dt>Address</dt>
      <dd>72 Guild Street<br />London<br />SE23 6FH</dd>
      <dd><a href="/address">Change</a></dd>
    </div>
    <div>
      <dt>Contact details</dt>
      <dd>
        <p>07700 900457</p>
        <p>sarah.phillips@example.com</p>
      </dd>
      <dd>
        <ul>
          <li><a href="/phone">Change</a></li>
          <li><a href="/remove-phone">Remove</a></li>
        </ul>
      </dd>
    </div>
    <div>
      <dt>NHS number</dt>
      <dd>485 777 3456</dd>
    </div>
  </dl>
</polis-summary-list>`;

async function inMain<T extends Element = PolisSummaryList>(template: TemplateResult): Promise<T> {
  const main = await fixture<HTMLElement>(html`<main>${template}</main>`);
  return main.querySelector('polis-summary-list') as unknown as T;
}

beforeAll(async () => {
  await loadLocale('de');
  await loadLocale('ar');
});

afterEach(async () => {
  await page.viewport(414, 896);
  document.documentElement.style.removeProperty('font-size');
});

describe('polis-summary-list', () => {
  it('keeps the page’s description list: terms and definitions in Chromium’s accessibility tree', async () => {
    const el = await inMain(answers);
    expect(el.querySelectorAll('dl > div > dt')).toHaveLength(5);
    const tree = await accessibilityTree();
    const roles = tree.map((node) => node.role);
    // The <dl> itself, right inside main: Chromium's DescriptionList (ARIA 1.3 calls it "list").
    const list = tree.find((node) => node.depth === 1)!;
    expect(['DescriptionList', 'list']).toContain(list.role);
    expect(roles.filter((role) => role === 'term')).toHaveLength(5);
    expect(roles.filter((role) => role === 'definition')).toHaveLength(9);
    // The host adds no role of its own.
    expect(el.getAttribute('role')).toBeNull();
  });

  it('gives every change link a unique accessible name that names its row', async () => {
    const el = await inMain(answers);
    const names = await linkNames();
    expect(names).toEqual([
      'Change name',
      'Change date of birth',
      'Change address',
      'Change contact details',
      'Remove contact details',
    ]);
    expect(new Set(names).size).toBe(names.length);
    // Each name includes its row's key, and starts with the text people see (WCAG 2.5.3).
    const links = [...el.querySelectorAll('a')];
    links.forEach((link, index) => {
      const key = link.closest('div')!.querySelector('dt')!.textContent!.trim().toLowerCase();
      expect(names[index]!.toLowerCase()).toContain(key);
      expect(names[index]!.startsWith(shownText(link))).toBe(true);
    });
  });

  it('adds the row’s name as visually hidden text, not visible text', async () => {
    const el = await inMain(answers);
    const link = el.querySelector<HTMLAnchorElement>('a[href="/date-of-birth"]')!;
    const added = link.querySelector<HTMLElement>(`[${SUMMARY_LIST_CONTEXT_ATTRIBUTE}="after"]`)!;
    expect(added.textContent).toBe(' date of birth');
    expect(added.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    expect(getComputedStyle(added).clipPath).toBe('inset(50%)');
    expect(shownText(link)).toBe('Change');
    expect(link.querySelector(`[${SUMMARY_LIST_CONTEXT_ATTRIBUTE}="before"]`)).toBeNull();
  });

  it('keeps acronyms in the key as they are when it lower-cases it', async () => {
    await inMain(
      html`<polis-summary-list>
        <dl>
          <div>
            <dt>NHS number</dt>
            <dd>485 777 3456</dd>
            <dd><a href="/nhs">Change</a></dd>
          </div>
        </dl>
      </polis-summary-list>`,
    );
    expect(await linkNames()).toEqual(['Change NHS number']);
  });

  it('leaves links that already name their row, or that have an aria-label, as the page wrote them', async () => {
    const el = await inMain(
      html`<polis-summary-list>
        <dl>
          <div>
            <dt>Name</dt>
            <dd>Sarah Philips</dd>
            <dd>
              <a href="/name">Change<span class="hidden"> name</span></a>
            </dd>
          </div>
          <div>
            <dt>Email</dt>
            <dd>sarah@example.com</dd>
            <dd><a href="/email" aria-label="Change email address">Change</a></dd>
          </div>
        </dl>
      </polis-summary-list>`,
    );
    expect(el.querySelectorAll(`[${SUMMARY_LIST_CONTEXT_ATTRIBUTE}]`)).toHaveLength(0);
    expect(await linkNames()).toEqual(['Change name', 'Change email address']);
  });

  it('follows the word order of each language: German keeps its capitals, Arabic reads right to left', async () => {
    const template = (lang: string) =>
      html`<div lang=${lang}>
        <polis-summary-list>
          <dl>
            <div>
              <dt>${lang === 'ar' ? 'تاريخ الميلاد' : 'Geburtsdatum'}</dt>
              <dd>5.1.1978</dd>
              <dd><a href="/dob">${lang === 'ar' ? 'تغيير' : 'Ändern'}</a></dd>
            </div>
          </dl>
        </polis-summary-list>
      </div>`;
    await inMain(template('de'));
    expect(await linkNames()).toEqual(['Ändern: Geburtsdatum']);
    document.querySelector('main')!.parentElement!.remove();
    await inMain(template('ar'));
    // The key is isolated (U+2068 … U+2069) so a left-to-right key keeps its order; not read.
    expect(await linkNames()).toEqual(['تغيير \u2068تاريخ الميلاد\u2069']);
  });

  it('follows a change of language and of the key', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<main>
        <div lang="en">
          <polis-summary-list>
            <dl>
              <div>
                <dt>Name</dt>
                <dd>Sarah Philips</dd>
                <dd><a href="/name">Change</a></dd>
              </div>
            </dl>
          </polis-summary-list>
        </div>
      </main>`,
    );
    const el = wrapper.querySelector('polis-summary-list')!;
    el.querySelector('dt')!.textContent = 'Full name';
    await settle(wrapper);
    expect(await linkNames()).toEqual(['Change full name']);
    wrapper.querySelector('div')!.lang = 'de';
    await settle(wrapper);
    expect(await linkNames()).toEqual(['Change: Full name']);
  });

  it('names rows added later, as a client-side app would', async () => {
    const el = await inMain(answers);
    const row = document.createElement('div');
    row.innerHTML = '<dt>Passport number</dt><dd>123456789</dd><dd><a href="/passport">Change</a></dd>';
    el.querySelector('dl')!.append(row);
    await settle(el.parentElement!);
    const names = await linkNames();
    expect(names.at(-1)).toBe('Change passport number');
    expect(new Set(names).size).toBe(names.length);
  });

  it('renders a hostile key as text, never as HTML', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">Name';
    const el = await inMain(
      html`<polis-summary-list card-title=${hostile}>
        <a slot="card-actions" href="/delete">Delete</a>
        <dl>
          <div>
            <dt>${hostile}</dt>
            <dd>Sarah</dd>
            <dd><a href="/name">Change</a></dd>
          </div>
        </dl>
      </polis-summary-list>`,
    );
    expect(el.querySelectorAll('img')).toHaveLength(0);
    expect(el.shadowRoot!.querySelectorAll('img')).toHaveLength(0);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    const context = el.querySelector(`a[href="/name"] [${SUMMARY_LIST_CONTEXT_ATTRIBUTE}]`)!;
    expect(context.textContent).toContain('<img src=x');
    expect(part(el, 'card-title')!.textContent).toBe(hostile);
  });

  it('lines up the values of rows with and without actions, in a grid when wide', async () => {
    await page.viewport(1024, 768);
    const el = await inMain(answers);
    const values = [...el.querySelectorAll('dl > div > dd:first-of-type')].map((dd) =>
      dd.getBoundingClientRect(),
    );
    const keys = [...el.querySelectorAll('dl > div > dt')].map((dt) => dt.getBoundingClientRect());
    for (const box of values) expect(Math.abs(box.left - values[0]!.left)).toBeLessThan(1);
    // Wide: the key and the value side by side.
    expect(values[0]!.left).toBeGreaterThan(keys[0]!.right - 1);
    expect(Math.abs(values[0]!.top - keys[0]!.top)).toBeLessThan(1);
    // The line under a row without actions goes all the way across, as under the others.
    const rows = [...el.querySelectorAll('dl > div')].map((row) => row.getBoundingClientRect());
    expect(rows.at(-1)!.width).toBeCloseTo(rows[0]!.width, 0);
    expect(getComputedStyle(el.querySelector('dl > div:last-child')!).borderBottomStyle).toBe('solid');
    // Actions at the inline end.
    const action = el.querySelector('a[href="/name"]')!.getBoundingClientRect();
    expect(action.right).toBeGreaterThan(values[0]!.right);
  });

  it('mirrors in right to left: the key on the right, the actions on the left', async () => {
    await page.viewport(1024, 768);
    const wrapper = await fixture<HTMLElement>(html`<main dir="rtl" lang="ar">${answers}</main>`);
    const el = wrapper.querySelector('polis-summary-list')!;
    const key = el.querySelector('dt')!.getBoundingClientRect();
    const value = el.querySelector('dd')!.getBoundingClientRect();
    const action = el.querySelector('a')!.getBoundingClientRect();
    expect(key.left).toBeGreaterThan(value.left);
    expect(value.left).toBeGreaterThan(action.left);
  });

  it.each(['ltr', 'rtl'] as const)(
    'stacks key, value and actions at 320 px (%s), without scrolling sideways',
    async (dir) => {
      await page.viewport(320, 640);
      const wrapper = await fixture<HTMLElement>(
        html`<main dir=${dir} lang=${dir === 'rtl' ? 'ar' : 'en'}>${answers}</main>`,
      );
      const el = wrapper.querySelector('polis-summary-list')!;
      const key = el.querySelector('dt')!.getBoundingClientRect();
      const value = el.querySelector('dd')!.getBoundingClientRect();
      const action = el.querySelector('a')!.getBoundingClientRect();
      expect(value.top).toBeGreaterThanOrEqual(key.bottom - 1);
      expect(action.top).toBeGreaterThanOrEqual(value.bottom - 1);
      // Each starts at the inline-start edge: the left in English, the right in Arabic.
      if (dir === 'ltr') expect(Math.abs(value.left - key.left)).toBeLessThan(1);
      else expect(Math.abs(value.right - key.right)).toBeLessThan(1);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
      const column = wrapper.getBoundingClientRect();
      for (const cell of el.querySelectorAll('dt, dd, a')) {
        const box = cell.getBoundingClientRect();
        expect(box.left).toBeGreaterThanOrEqual(column.left - 1);
        expect(box.right).toBeLessThanOrEqual(column.right + 1);
      }
    },
  );

  it('stacks in a narrow column of a wide window, and goes back to a grid when it widens', async () => {
    await page.viewport(1024, 768);
    const wrapper = await fixture<HTMLElement>(html`<main style="inline-size: 300px">${answers}</main>`);
    const el = wrapper.querySelector('polis-summary-list')!;
    const stacked = () =>
      el.querySelector('dd')!.getBoundingClientRect().top >=
      el.querySelector('dt')!.getBoundingClientRect().bottom - 1;
    expect(stacked()).toBe(true);
    wrapper.style.inlineSize = '900px';
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(stacked()).toBe(false);
  });

  it('keeps its width as a flex item sized by its content', async () => {
    await page.viewport(1024, 768);
    const wrapper = await fixture<HTMLElement>(html`<main style="display: flex">${answers}</main>`);
    const el = wrapper.querySelector('polis-summary-list')!;
    const width = el.getBoundingClientRect().width;
    expect(width).toBeGreaterThan(200);
    expect(el.querySelector('dd')!.getBoundingClientRect().width).toBeGreaterThan(50);
  });

  it('stacks at 200% text in a 640 px window, without scrolling sideways, also as a card', async () => {
    await page.viewport(640, 800);
    document.documentElement.style.fontSize = '200%';
    const el = await inMain(
      html`<polis-summary-list card-title="University of Gloucestershire">
        <a slot="card-actions" href="/delete">Delete</a>
        <a slot="card-actions" href="/withdraw">Withdraw</a>
        <dl>
          <div>
            <dt>Course</dt>
            <dd>English (3DMD), with a very long supercalifragilisticexpialidocious name</dd>
            <dd><a href="/course">Change</a></dd>
          </div>
        </dl>
      </polis-summary-list>`,
    );
    const key = el.querySelector('dt')!.getBoundingClientRect();
    const value = el.querySelector('dd')!.getBoundingClientRect();
    expect(value.top).toBeGreaterThanOrEqual(key.bottom - 1);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
  });

  it('is a card with a real heading, card actions and actions named after the card', async () => {
    const el = await inMain(
      html`<polis-summary-list card-title="University of Gloucestershire" heading-level="3">
        <ul slot="card-actions">
          <li><a href="/delete">Delete</a></li>
          <li><a href="/withdraw">Withdraw</a></li>
        </ul>
        <dl>
          <div>
            <dt>Course</dt>
            <dd>English (3DMD)</dd>
            <dd><a href="/course">Change</a></dd>
          </div>
          <div>
            <dt>Location</dt>
            <dd>Cheltenham</dd>
            <dd><a href="/location">Change</a></dd>
          </div>
        </dl>
      </polis-summary-list>`,
    );
    const heading = part(el, 'card-title')!;
    expect(heading.localName).toBe('h3');
    await expect.element(heading).toHaveRole('heading');
    expect(heading.textContent).toBe('University of Gloucestershire');
    expect(await linkNames()).toEqual([
      'Delete (University of Gloucestershire)',
      'Withdraw (University of Gloucestershire)',
      'Change course (University of Gloucestershire)',
      'Change location (University of Gloucestershire)',
    ]);
    const tree = await accessibilityTree();
    expect(tree.find((node) => node.role === 'heading')?.name).toBe('University of Gloucestershire');
  });

  it('makes two cards’ actions different by their titles', async () => {
    const card = (title: string) =>
      html`<polis-summary-list card-title=${title}>
        <a slot="card-actions" href="/delete">Delete</a>
        <dl>
          <div>
            <dt>Course</dt>
            <dd>English</dd>
            <dd><a href="/course">Change</a></dd>
          </div>
        </dl>
      </polis-summary-list>`;
    await fixture(html`<main>${card('Choice 1')}${card('Choice 2')}</main>`);
    const names = await linkNames();
    expect(names).toHaveLength(4);
    expect(new Set(names).size).toBe(4);
  });

  it('takes a page’s own heading as the card title, kept without JavaScript', async () => {
    const el = await inMain(
      html`<polis-summary-list>
        <h2 slot="card-title">Person 1</h2>
        <a slot="card-actions" href="/remove">Remove</a>
        <dl>
          <div>
            <dt>Name</dt>
            <dd>Sarah</dd>
            <dd><a href="/name">Change</a></dd>
          </div>
        </dl>
      </polis-summary-list>`,
    );
    expect(part(el, 'card-title')).toBeNull();
    expect(part(el, 'card-header')).not.toBeNull();
    expect(await linkNames()).toEqual(['Remove (Person 1)', 'Change name (Person 1)']);
  });

  it('falls back to an h2 with one warning for a bad heading level', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await inMain(
      html`<polis-summary-list card-title="Card" heading-level="7"><dl></dl></polis-summary-list>`,
    );
    el.requestUpdate();
    await el.updateComplete;
    expect(part(el, 'card-title')!.localName).toBe('h2');
    expect(warn.mock.calls.filter((call) => String(call[0]).includes('heading-level="7"'))).toHaveLength(1);
    warn.mockRestore();
  });

  it('warns once when two actions would share a name, and when there is no list', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await inMain(
      html`<polis-summary-list>
        <dl>
          <div>
            <dt>Name</dt>
            <dd>Sarah</dd>
            <dd><a href="/a">Change</a></dd>
          </div>
          <div>
            <dt>Name</dt>
            <dd>Sam</dd>
            <dd><a href="/b">Change</a></dd>
          </div>
        </dl>
      </polis-summary-list>`,
    );
    await fixture(html`<polis-summary-list><p>Not a list</p></polis-summary-list>`);
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages.filter((m) => m.includes('more than one action named "change name"'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('needs a <dl>'))).toHaveLength(1);
    warn.mockRestore();
  });

  it('has no borders between rows with no-border', async () => {
    const el = await inMain(
      html`<polis-summary-list no-border>
        <dl>
          <div>
            <dt>Name</dt>
            <dd>Sarah</dd>
          </div>
          <div>
            <dt>Age</dt>
            <dd>46</dd>
          </div>
        </dl>
      </polis-summary-list>`,
    );
    for (const row of el.querySelectorAll('dl > div'))
      expect(getComputedStyle(row).borderBottomStyle).toBe('none');
  });

  it('reaches every action with Tab, in order, and shows where focus is', async () => {
    const el = await inMain(answers);
    const before = document.createElement('button');
    before.textContent = 'Before';
    el.before(before);
    before.focus();
    const links = [...el.querySelectorAll('a')];
    for (const link of links) {
      await userEvent.keyboard('{Tab}');
      expect(deepActiveElement()).toBe(link);
    }
    expect(getComputedStyle(links.at(-1)!).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(links[0]!).backgroundColor).toBe('rgba(0, 0, 0, 0)');
  });

  it('reads as a plain description list before it upgrades', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<main>
        <polis-summary-list-not-defined>
          <dl>
            <div>
              <dt>Name</dt>
              <dd>Sarah Philips</dd>
              <dd><a href="/name">Change</a></dd>
            </div>
          </dl>
        </polis-summary-list-not-defined>
      </main>`,
    );
    expect(wrapper.textContent!.replace(/\s+/g, ' ').trim()).toBe('Name Sarah Philips Change');
    expect((await accessibilityTree()).map((node) => node.role)).toContain('term');
  });

  it('removes the text it added when it leaves the page', async () => {
    const el = await inMain(answers);
    expect(el.querySelectorAll(`[${SUMMARY_LIST_CONTEXT_ATTRIBUTE}]`).length).toBeGreaterThan(0);
    const list = el.querySelector('dl')!;
    const parent = el.parentElement!;
    el.remove();
    expect(list.querySelectorAll(`[${SUMMARY_LIST_CONTEXT_ATTRIBUTE}]`)).toHaveLength(0);
    // Put back (moved), it names the actions again.
    parent.append(el);
    await settle(parent);
    expect(await linkNames()).toContain('Change date of birth');
  });
});
