/// <reference types="@vitest/browser-playwright" />
import { html, type TemplateResult } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import './define.js';
import type { PolisBreadcrumbs } from './breadcrumbs.js';
import { resetWarnings } from '../../base/dev.js';
import { loadLocale } from '../../i18n/registry.js';
import { flatElements } from '../../test/flat-tree.js';
import { deepActiveElement, fixture, part, settle } from '../../test/fixture.js';
import { axNodes, forcedColors } from '../../test/browser-helpers.js';

const START_URL = window.location.href;
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Waits for the element to measure itself (a resize observer, then a frame) and render. */
async function measured(el: Element): Promise<void> {
  await frames();
  await frames();
  await settle(el.parentElement ?? el);
}

/** A trail of five: four links and the current page as text. */
const trail = html`<polis-breadcrumbs>
  <ol>
    <li><a href="#home">Home</a></li>
    <li><a href="#benefits">Benefits</a></li>
    <li><a href="#universal-credit">Universal Credit</a></li>
    <li><a href="#eligibility">Eligibility</a></li>
    <li>Check if you can get it</li>
  </ol>
</polis-breadcrumbs>`;

const items = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="item"]')];
const links = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
const texts = (el: Element) => items(el).map((item) => item.textContent!.replace(/\s+/g, ' ').trim());

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
    await measured(root.firstElementChild!);
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
    root.remove();
  }
  document.documentElement.style.removeProperty('font-size');
  return problems;
}

afterEach(() => {
  window.history.replaceState(null, '', START_URL);
  document.documentElement.style.removeProperty('font-size');
  vi.restoreAllMocks();
});

describe('polis-breadcrumbs', () => {
  beforeEach(async () => {
    await page.viewport(1024, 768);
  });

  it('is a navigation landmark named "Breadcrumb" around an ordered list of the page’s links', async () => {
    const el = await fixture<PolisBreadcrumbs>(trail);
    const nav = part(el, 'base')!;
    expect(nav.localName).toBe('nav');
    await expect.element(nav).toHaveRole('navigation');
    await expect.element(nav).toHaveAccessibleName('Breadcrumb');
    const list = part(el, 'list')!;
    expect(list.localName).toBe('ol');
    expect(texts(el)).toEqual([
      'Home',
      'Benefits',
      'Universal Credit',
      'Eligibility',
      'Check if you can get it',
    ]);
    expect(links(el).map((a) => a.getAttribute('href'))).toEqual([
      '#home',
      '#benefits',
      '#universal-credit',
      '#eligibility',
    ]);
    const nodes = await axNodes();
    expect(nodes.filter((node) => node.role?.value === 'link').map((node) => node.name?.value)).toEqual([
      'Home',
      'Benefits',
      'Universal Credit',
      'Eligibility',
    ]);
    expect(nodes.filter((node) => node.role?.value === 'navigation').map((n) => n.name?.value)).toEqual([
      'Breadcrumb',
    ]);
  });

  it('marks the current page aria-current="page" as text, never a link to itself', async () => {
    const el = await fixture<HTMLElement>(
      html`<div>
        ${trail}
        <polis-breadcrumbs>
          <ol>
            <li><a href="#home">Home</a></li>
            <li><a href="#passports" aria-current="page">Passports</a></li>
          </ol>
        </polis-breadcrumbs>
        <polis-breadcrumbs>
          <ol>
            <li><a href="#home">Home</a></li>
            <li><a href="#passports">Passports</a></li>
          </ol>
        </polis-breadcrumbs>
      </div>`,
    );
    const [text, marked, none] = [...el.querySelectorAll('polis-breadcrumbs')];
    for (const host of [text!, marked!]) {
      const last = items(host).at(-1)!;
      expect(last.getAttribute('aria-current')).toBe('page');
      expect(last.querySelector('a')).toBeNull();
      const current = part(host, 'current')!;
      expect(getComputedStyle(current).textDecorationLine).toBe('none');
      expect(getComputedStyle(links(host)[0]!).textDecorationLine).toBe('underline');
    }
    expect(links(marked!).map((a) => a.textContent)).toEqual(['Home']);
    // Without the current page, every item is a link and none is current.
    expect(links(none!)).toHaveLength(2);
    expect(none!.shadowRoot!.querySelector('[aria-current]')).toBeNull();
  });

  it('puts a decorative chevron before every item but the first, pointing the other way right to left', async () => {
    const el = await fixture<HTMLElement>(
      html`<div>
        <div dir="ltr">${trail}</div>
        <div dir="rtl" lang="ar">${trail}</div>
      </div>`,
    );
    const [ltr, rtl] = [...el.querySelectorAll('polis-breadcrumbs')];
    const chevrons = (host: Element) => [...host.shadowRoot!.querySelectorAll('[part~="separator"]')];
    expect(chevrons(ltr!)).toHaveLength(4);
    expect(items(ltr!)[0]!.querySelector('[part~="separator"]')).toBeNull();
    for (const chevron of chevrons(ltr!)) expect(chevron.getAttribute('aria-hidden')).toBe('true');
    expect(getComputedStyle(chevrons(ltr!)[0]!).transform).toBe('none');
    expect(getComputedStyle(chevrons(rtl!)[0]!).transform).toMatch(/^matrix\(-1, 0, 0, 1,/);
    // Nothing but the names is read: no "greater than" or arrows in the accessible text.
    const nodes = await axNodes();
    expect(nodes.filter((node) => /[›>»→]/.test(node.name?.value ?? ''))).toEqual([]);
    // Right to left, the trail starts on the right.
    const [home, benefits] = items(rtl!).map((item) => item.getBoundingClientRect());
    expect(benefits!.right).toBeLessThanOrEqual(home!.left + 1);
  });

  it('shows its own copy once upgraded: the page’s list is not rendered nor read twice', async () => {
    const el = await fixture<PolisBreadcrumbs>(trail);
    for (const link of el.querySelectorAll('a')) expect(link.checkVisibility()).toBe(false);
    const nodes = await axNodes();
    expect(nodes.filter((node) => node.role?.value === 'link' && node.name?.value === 'Home')).toHaveLength(
      1,
    );
  });

  it('hands a click to the page’s own link, so a router listening to it still decides', async () => {
    const el = await fixture<PolisBreadcrumbs>(trail);
    const own = el.querySelector<HTMLAnchorElement>('a[href="#benefits"]')!;
    const seen: string[] = [];
    own.addEventListener('click', (event) => {
      seen.push(own.getAttribute('href')!);
      event.preventDefault();
    });
    await userEvent.click(links(el)[1]!);
    expect(seen).toEqual(['#benefits']);
    expect(window.location.hash).toBe('');
    // Not prevented: the browser follows the page's link.
    await userEvent.click(links(el)[2]!);
    expect(window.location.hash).toBe('#universal-credit');
  });

  it('follows Enter on a focused link, and reaches every link with Tab, in order', async () => {
    const el = await fixture<HTMLElement>(html`<div><button>Before</button>${trail}</div>`);
    const host = el.querySelector('polis-breadcrumbs')!;
    el.querySelector('button')!.focus();
    const reached: string[] = [];
    for (let i = 0; i < 4; i++) {
      await userEvent.keyboard('{Tab}');
      reached.push(deepActiveElement()!.textContent!.trim());
    }
    expect(reached).toEqual(['Home', 'Benefits', 'Universal Credit', 'Eligibility']);
    await userEvent.keyboard('{Enter}');
    expect(window.location.hash).toBe('#eligibility');
    expect(host.shadowRoot!.activeElement).toBe(links(host)[3]);
  });

  describe('on a narrow screen', () => {
    it('collapses to the first item, a button and the last two, at 320 px, without scrolling sideways', async () => {
      await page.viewport(320, 640);
      const el = await fixture<HTMLElement>(html`<div><button>Before</button>${trail}</div>`);
      const host = el.querySelector('polis-breadcrumbs')!;
      await measured(host);
      expect(texts(host)).toEqual(['Home', '…Show 2 more links', 'Eligibility', 'Check if you can get it']);
      const button = part(host, 'expand-button')!;
      await expect.element(button).toHaveRole('button');
      await expect.element(button).toHaveAccessibleName('Show 2 more links');
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
      const box = button.getBoundingClientRect();
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    });

    it('shows the whole trail from the button by keyboard, moving focus to the first link it revealed, and every link is reachable', async () => {
      await page.viewport(320, 640);
      const el = await fixture<HTMLElement>(html`<div><button>Before</button>${trail}</div>`);
      const host = el.querySelector('polis-breadcrumbs')!;
      await measured(host);
      el.querySelector('button')!.focus();
      await userEvent.keyboard('{Tab}');
      expect(deepActiveElement()!.textContent).toBe('Home');
      await userEvent.keyboard('{Tab}');
      expect(deepActiveElement()).toBe(part(host, 'expand-button'));
      await userEvent.keyboard('{Enter}');
      await settle(el);
      expect(part(host, 'expand-button')).toBeNull();
      expect(deepActiveElement()!.textContent).toBe('Benefits');
      const reached = [deepActiveElement()!.textContent];
      for (let i = 0; i < 2; i++) {
        await userEvent.keyboard('{Tab}');
        reached.push(deepActiveElement()!.textContent);
      }
      expect(reached).toEqual(['Benefits', 'Universal Credit', 'Eligibility']);
      expect(texts(host)).toHaveLength(5);
      // Expanded for good: still whole after another measurement.
      await measured(host);
      expect(texts(host)).toHaveLength(5);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
    });

    it('collapses with 200% text in a 640 px window, and not at 640 px with normal text', async () => {
      await page.viewport(640, 800);
      const normal = await fixture<PolisBreadcrumbs>(trail);
      await measured(normal);
      expect(part(normal, 'expand-button')).toBeNull();
      document.documentElement.style.fontSize = '200%';
      await measured(normal);
      expect(part(normal, 'expand-button')).not.toBeNull();
      document.documentElement.style.removeProperty('font-size');
      await measured(normal);
      expect(part(normal, 'expand-button')).toBeNull();
    });

    it('keeps short trails whole: hiding one link behind a button would save nothing', async () => {
      await page.viewport(320, 640);
      const el = await fixture<PolisBreadcrumbs>(
        html`<polis-breadcrumbs>
          <ol>
            <li><a href="#home">Home</a></li>
            <li><a href="#benefits">Benefits</a></li>
            <li><a href="#universal-credit">Universal Credit</a></li>
            <li>How to claim</li>
          </ol>
        </polis-breadcrumbs>`,
      );
      await measured(el);
      expect(part(el, 'expand-button')).toBeNull();
      expect(texts(el)).toEqual(['Home', 'Benefits', 'Universal Credit', 'How to claim']);
    });

    it('without the current page, keeps the first and the parent', async () => {
      await page.viewport(320, 640);
      const el = await fixture<PolisBreadcrumbs>(
        html`<polis-breadcrumbs>
          <ol>
            <li><a href="#home">Home</a></li>
            <li><a href="#benefits">Benefits</a></li>
            <li><a href="#universal-credit">Universal Credit</a></li>
            <li><a href="#eligibility">Eligibility</a></li>
          </ol>
        </polis-breadcrumbs>`,
      );
      await measured(el);
      expect(texts(el)).toEqual(['Home', '…Show 2 more links', 'Eligibility']);
    });

    it('never hides a link that has focus when the screen narrows', async () => {
      const el = await fixture<PolisBreadcrumbs>(trail);
      await measured(el);
      links(el)[1]!.focus();
      await page.viewport(320, 640);
      await measured(el);
      expect(part(el, 'expand-button')).toBeNull();
      expect(el.shadowRoot!.activeElement).toBe(links(el)[1]);
    });

    it('collapses again when a single-page application shows another trail', async () => {
      await page.viewport(320, 640);
      const el = await fixture<PolisBreadcrumbs>(trail);
      await measured(el);
      part<HTMLButtonElement>(el, 'expand-button')!.click();
      await settle(el);
      expect(part(el, 'expand-button')).toBeNull();
      (document.activeElement as HTMLElement | null)?.blur();
      links(el)[1]!.blur();
      const item = document.createElement('li');
      item.innerHTML = '<a href="#apply">Apply</a>';
      el.querySelector('ol')!.prepend(item);
      await measured(el);
      expect(part(el, 'expand-button')).not.toBeNull();
      expect(texts(el)[0]).toBe('Apply');
    });
  });

  it('names the landmark in the page’s language, or with label', async () => {
    await loadLocale('ar');
    const el = await fixture<HTMLElement>(
      html`<div>
        <div lang="fr">${trail}</div>
        <div lang="ar" dir="rtl">${trail}</div>
        <polis-breadcrumbs label="You are here"><a href="#home">Home</a></polis-breadcrumbs>
      </div>`,
    );
    const [fr, ar, own] = [...el.querySelectorAll('polis-breadcrumbs')];
    await expect.element(part(fr!, 'base')!).toHaveAccessibleName('Fil d’Ariane');
    await expect.element(part(ar!, 'base')!).toHaveAccessibleName('مسار التنقل');
    await expect.element(part(own!, 'base')!).toHaveAccessibleName('You are here');
    // Links written without a list are read as items too.
    expect(links(own!).map((a) => a.textContent)).toEqual(['Home']);
  });

  it('translates the button in the page’s language', async () => {
    await page.viewport(320, 640);
    const el = await fixture<HTMLElement>(html`<div lang="fr">${trail}</div>`);
    await measured(el.firstElementChild!);
    await expect
      .element(part(el.querySelector('polis-breadcrumbs')!, 'expand-button')!)
      .toHaveAccessibleName('Afficher 2 autres liens');
  });

  it('refuses script addresses with one warning, shows text as text, and keeps each item’s language', async () => {
    const log = warnings();
    const el = await fixture<PolisBreadcrumbs>(
      html`<polis-breadcrumbs>
        <ol>
          <li><a href="#home">Home</a></li>
          <li><a href="javascript:alert(1)">&lt;img src=x onerror=alert(1)&gt;</a></li>
          <li><a href=" JavaScript:alert(2)">Also refused</a></li>
          <li><a href="#cymraeg" lang="cy">Gwasanaethau</a></li>
          <li>Current</li>
        </ol>
      </polis-breadcrumbs>`,
    );
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect(texts(el)[1]).toBe('<img src=x onerror=alert(1)>');
    expect(links(el).map((a) => a.getAttribute('href'))).toEqual(['#home', '#cymraeg']);
    expect(links(el)[1]!.getAttribute('lang')).toBe('cy');
    // A refused link is text, not the current page.
    expect(items(el)[1]!.hasAttribute('aria-current')).toBe(false);
    expect(items(el).at(-1)!.getAttribute('aria-current')).toBe('page');
    expect(log.messages().filter((m) => m.includes('would run script'))).toHaveLength(2);
    log.restore();
  });

  it('warns once about a second current page or an empty trail, and never throws', async () => {
    const log = warnings();
    const el = await fixture<HTMLElement>(
      html`<div>
        <polis-breadcrumbs>
          <ol>
            <li><a href="#a" aria-current="page">A</a></li>
            <li><a href="#b" aria-current="page">B</a></li>
          </ol>
        </polis-breadcrumbs>
        <polis-breadcrumbs></polis-breadcrumbs>
      </div>`,
    );
    const [two, empty] = [...el.querySelectorAll('polis-breadcrumbs')];
    expect(links(two!).map((a) => a.textContent)).toEqual(['B']);
    expect(log.messages().filter((m) => m.includes('more than one item marked'))).toHaveLength(1);
    expect(log.messages().filter((m) => m.includes('items after the current page'))).toHaveLength(1);
    expect(part(empty!, 'base')).toBeNull();
    expect(log.messages().filter((m) => m.includes('has no items'))).toHaveLength(1);
    log.restore();
  });

  it('follows changes to the page’s list', async () => {
    const el = await fixture<PolisBreadcrumbs>(trail);
    el.querySelector('li:last-child')!.textContent = 'How to apply';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(part(el, 'current')!.textContent).toBe('How to apply');
  });

  it('inverse: light text and chevrons for a dark header', async () => {
    const el = await fixture<HTMLElement>(
      html`<div style="background: #0b0c0c">
        <polis-breadcrumbs inverse>
          <ol>
            <li><a href="#home">Home</a></li>
            <li>Current</li>
          </ol>
        </polis-breadcrumbs>
      </div>`,
    );
    const host = el.querySelector('polis-breadcrumbs')!;
    const white = 'rgb(255, 255, 255)';
    expect(getComputedStyle(links(host)[0]!).color).toBe(white);
    expect(getComputedStyle(part(host, 'current')!).color).toBe(white);
    expect(getComputedStyle(part(host, 'separator')!).stroke).toBe(white);
  });

  it('reflows at 320 px, in English and Arabic, and with 200% text', async () => {
    await loadLocale('ar');
    expect(await reflowProblems(trail)).toEqual([]);
    expect(
      await reflowProblems(
        html`<polis-breadcrumbs>
          <ol>
            <li><a href="#home">Home</a></li>
            <li>
              <a href="#long">Applying for a provisional driving licence before your seventeenth birthday</a>
            </li>
            <li>https://www.example.gov/a-very-long-address-with-no-spaces-in-it-at-all</li>
          </ol>
        </polis-breadcrumbs>`,
      ),
    ).toEqual([]);
  });

  it('keeps links, the current page, the chevrons and focus distinct in forced colours', async () => {
    await page.viewport(320, 640);
    const el = await fixture<PolisBreadcrumbs>(trail);
    await measured(el);
    await forcedColors(true);
    try {
      const link = links(el)[0]!;
      link.focus();
      await userEvent.keyboard('{Shift>}{Tab}{/Shift}{Tab}');
      const style = getComputedStyle(link);
      expect(style.outlineStyle).toBe('solid');
      expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
      expect(getComputedStyle(links(el)[1]!).textDecorationLine).toBe('underline');
      expect(getComputedStyle(part(el, 'current')!).textDecorationLine).toBe('none');
      expect(getComputedStyle(part(el, 'separator')!).stroke).not.toBe('none');
      const button = getComputedStyle(part(el, 'expand-button')!);
      expect(button.borderTopStyle).toBe('solid');
      expect(parseFloat(button.borderTopWidth)).toBeGreaterThanOrEqual(1);
    } finally {
      await forcedColors(false);
    }
  });
});
