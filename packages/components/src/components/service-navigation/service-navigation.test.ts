/// <reference types="@vitest/browser-playwright" />
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import './define.js';
import type { PolisServiceNavigation } from './service-navigation.js';
import { resetWarnings } from '../../base/dev.js';
import { loadLocale } from '../../i18n/registry.js';
import { deepActiveElement, fixture, part, settle } from '../../test/fixture.js';
import { axNodes, forcedColors, reflowProblems } from '../../test/browser-helpers.js';

async function resize(width: number, height = 800): Promise<void> {
  await page.viewport(width, height);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await settle();
}

const link = (el: Element, text: string) =>
  [...el.querySelectorAll<HTMLAnchorElement>('a')].find((a) => a.textContent?.trim() === text)!;
const menuButton = (el: Element) => part<HTMLButtonElement>(el, 'menu-button');

const navigation = (attributes = '') =>
  html`<polis-service-navigation current=${attributes || '/apply'}>
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/apply">Apply</a></li>
      <li><a href="/renew">Renew a licence</a></li>
    </ul>
  </polis-service-navigation>`;

afterEach(() => {
  (deepActiveElement() as HTMLElement | null)?.blur?.();
});

describe('polis-service-navigation', () => {
  beforeEach(async () => {
    await resize(1024, 768);
  });

  it('is a navigation landmark named "Service" holding the page’s own list, read once', async () => {
    const el = await fixture<PolisServiceNavigation>(navigation());
    const nav = part(el, 'nav')!;
    expect(nav.localName).toBe('nav');
    await expect.element(nav).toHaveAccessibleName('Service');
    const nodes = await axNodes();
    expect(nodes.filter((n) => n.role?.value === 'navigation').map((n) => n.name?.value)).toEqual([
      'Service',
    ]);
    // The links are the page's, slotted, not copied: each is one node, in a list of three.
    expect(nodes.filter((n) => n.role?.value === 'link' && n.name?.value === 'Apply')).toHaveLength(1);
    expect(nodes.filter((n) => n.role?.value === 'listitem')).toHaveLength(3);
    expect(link(el, 'Apply').getRootNode()).toBe(document);
  });

  it('takes its name from label, as text', async () => {
    const el = await fixture<PolisServiceNavigation>(
      html`<polis-service-navigation label=${'Account <b>pages</b>'}><ul></ul></polis-service-navigation>`,
    );
    await expect.element(part(el, 'nav')!).toHaveAccessibleName('Account <b>pages</b>');
  });

  it('names the landmark in the page’s language', async () => {
    await loadLocale('cy');
    const el = await fixture<HTMLElement>(html`<div lang="cy">${navigation()}</div>`);
    await expect.element(part(el.firstElementChild!, 'nav')!).toHaveAccessibleName('Gwasanaeth');
  });

  describe('the current page', () => {
    it('marks the link to current with aria-current="page", and moves the mark when current changes', async () => {
      const el = await fixture<PolisServiceNavigation>(navigation());
      expect(link(el, 'Apply').getAttribute('aria-current')).toBe('page');
      expect(el.querySelectorAll('[aria-current]')).toHaveLength(1);
      el.current = '/renew/';
      await settle(el);
      expect(link(el, 'Apply').hasAttribute('aria-current')).toBe(false);
      expect(link(el, 'Renew a licence').getAttribute('aria-current')).toBe('page');
      el.removeAttribute('current');
      await settle(el);
      expect(el.querySelectorAll('[aria-current]')).toHaveLength(0);
    });

    it('uses the address of the page itself when current is empty', async () => {
      const here = location.pathname;
      const el = await fixture<PolisServiceNavigation>(
        html`<polis-service-navigation current="">
          <ul>
            <li><a href="/elsewhere">Elsewhere</a></li>
            <li><a href=${here}>This page</a></li>
          </ul>
        </polis-service-navigation>`,
      );
      expect(link(el, 'This page').getAttribute('aria-current')).toBe('page');
      expect(link(el, 'Elsewhere').hasAttribute('aria-current')).toBe(false);
    });

    it('marks the section with aria-current="true" when no link is the page itself', async () => {
      const el = await fixture<PolisServiceNavigation>(navigation('/renew/step-2?x=1'));
      expect(link(el, 'Renew a licence').getAttribute('aria-current')).toBe('true');
      // The home page is no one's section.
      expect(link(el, 'Home').hasAttribute('aria-current')).toBe(false);
    });

    it('leaves the page’s own mark alone, and follows links added later', async () => {
      const el = await fixture<PolisServiceNavigation>(
        html`<polis-service-navigation current="/apply">
          <ul>
            <li><a href="/apply">Apply</a></li>
            <li><a href="/renew" aria-current="page">Renew</a></li>
          </ul>
        </polis-service-navigation>`,
      );
      expect(link(el, 'Apply').hasAttribute('aria-current')).toBe(false);
      expect(link(el, 'Renew').getAttribute('aria-current')).toBe('page');
      // The page takes its mark away: current applies again.
      link(el, 'Renew').removeAttribute('aria-current');
      await settle(el);
      expect(link(el, 'Apply').getAttribute('aria-current')).toBe('page');
      const item = document.createElement('li');
      item.innerHTML = '<a href="/help">Help</a>';
      el.querySelector('ul')!.append(item);
      el.current = '/help';
      await settle(el);
      expect(link(el, 'Help').getAttribute('aria-current')).toBe('page');
      expect(el.querySelectorAll('[aria-current]')).toHaveLength(1);
    });

    it('shows the current page without relying on colour: bold, not underlined, with a bar', async () => {
      const el = await fixture<PolisServiceNavigation>(navigation());
      const current = getComputedStyle(link(el, 'Apply'));
      const other = getComputedStyle(link(el, 'Home'));
      expect(Number(current.fontWeight)).toBeGreaterThanOrEqual(700);
      expect(Number(other.fontWeight)).toBeLessThan(700);
      expect(current.textDecorationLine).toBe('none');
      expect(other.textDecorationLine).toBe('underline');
      expect(parseFloat(current.borderBottomWidth)).toBeGreaterThanOrEqual(4);
      expect(parseFloat(other.borderBottomWidth)).toBe(0);
      // Stacked on a narrow screen, the bar is at the inline start.
      await resize(320, 640);
      await userEvent.click(menuButton(el)!);
      await settle(el);
      const narrow = getComputedStyle(link(el, 'Apply'));
      expect(parseFloat(narrow.borderLeftWidth)).toBeGreaterThanOrEqual(4);
      expect(parseFloat(getComputedStyle(link(el, 'Home')).borderLeftWidth)).toBe(0);
    });

    it('compares fragments only when current has one', async () => {
      const el = await fixture<PolisServiceNavigation>(
        html`<polis-service-navigation current="#track">
          <ul>
            <li><a href="#home">Home</a></li>
            <li><a href="#track">Track</a></li>
          </ul>
        </polis-service-navigation>`,
      );
      expect(link(el, 'Track').getAttribute('aria-current')).toBe('page');
      expect(link(el, 'Home').hasAttribute('aria-current')).toBe(false);
    });

    it('ignores a current address that is not one, without throwing', async () => {
      const el = await fixture<PolisServiceNavigation>(navigation('http://[not a host/'));
      expect(el.querySelectorAll('[aria-current]')).toHaveLength(0);
      el.current = 'javascript:alert(1)';
      await settle(el);
      expect(el.querySelectorAll('[aria-current]')).toHaveLength(0);
    });
  });

  it('shows the service name given in its slot, and no empty box without one', async () => {
    const el = await fixture<PolisServiceNavigation>(
      html`<polis-service-navigation>
        <a slot="service-name" href="/">Renew a passport</a>
        <ul>
          <li><a href="/">Home</a></li>
        </ul>
      </polis-service-navigation>`,
    );
    expect(part(el, 'service-name')!.hidden).toBe(false);
    await expect.element(link(el, 'Renew a passport')).toBeVisible();
    // The service name's link is not one of the navigation's links.
    expect(link(el, 'Renew a passport').hasAttribute('aria-current')).toBe(false);
    const bare = await fixture<PolisServiceNavigation>(navigation());
    expect(part(bare, 'service-name')!.hidden).toBe(true);
  });

  it('has no Menu button on a wide screen', async () => {
    const el = await fixture<PolisServiceNavigation>(navigation());
    expect(menuButton(el)).toBeNull();
    expect(link(el, 'Home').checkVisibility()).toBe(true);
  });

  describe('on a narrow screen, used on its own', () => {
    beforeEach(async () => {
      await resize(320, 640);
    });

    it('collapses behind a Menu button inside the landmark, with the header’s keyboard contract', async () => {
      const el = await fixture<PolisServiceNavigation>(navigation());
      const button = menuButton(el)!;
      expect(part(el, 'nav')!.contains(button)).toBe(true);
      await expect.element(button).toHaveAccessibleName('Menu');
      expect(button.getAttribute('aria-expanded')).toBe('false');
      expect(el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)).toBe(part(el, 'list'));
      expect(link(el, 'Home').checkVisibility()).toBe(false);

      button.focus();
      await userEvent.keyboard('{Enter}');
      await settle(el);
      expect(button.getAttribute('aria-expanded')).toBe('true');
      expect(link(el, 'Home').checkVisibility()).toBe(true);
      await userEvent.keyboard('{Tab}');
      expect(deepActiveElement()).toBe(link(el, 'Home'));
      await userEvent.keyboard('{Escape}');
      await settle(el);
      expect(deepActiveElement()).toBe(button);
      expect(button.getAttribute('aria-expanded')).toBe('false');
      await userEvent.keyboard(' ');
      await settle(el);
      expect(button.getAttribute('aria-expanded')).toBe('true');
    });

    it('stacks the links, each a large target, without scrolling sideways', async () => {
      const el = await fixture<PolisServiceNavigation>(
        html`<polis-service-navigation current="/b">
          <a slot="service-name" href="/">Apply for an exceptionally long-named municipal fishing licence</a>
          <ul>
            <li><a href="/a">Supercalifragilisticexpialidociouspage</a></li>
            <li><a href="/b">Apply</a></li>
            <li><a href="/c">Renew</a></li>
          </ul>
        </polis-service-navigation>`,
      );
      await userEvent.click(menuButton(el)!);
      await settle(el);
      const [first, second] = [link(el, 'Apply'), link(el, 'Renew')].map((a) => a.getBoundingClientRect());
      expect(second!.top).toBeGreaterThanOrEqual(first!.bottom - 1);
      expect(first!.height).toBeGreaterThanOrEqual(24);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
    });

    it('closes when the window widens, and stays closed when it narrows again', async () => {
      const el = await fixture<PolisServiceNavigation>(navigation());
      await userEvent.click(menuButton(el)!);
      await settle(el);
      await resize(1024, 768);
      expect(menuButton(el)).toBeNull();
      expect(link(el, 'Home').checkVisibility()).toBe(true);
      // The button had focus: it moved to the first link rather than being lost.
      expect(deepActiveElement()).toBe(link(el, 'Home'));
      link(el, 'Home').blur();
      await resize(320, 640);
      expect(menuButton(el)!.getAttribute('aria-expanded')).toBe('false');
      expect(link(el, 'Home').checkVisibility()).toBe(false);
    });
  });

  it('never warns about a correct navigation', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fixture<PolisServiceNavigation>(navigation());
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('is mirrored in a right-to-left page: the bar beside a stacked current link is on the right', async () => {
    await resize(320, 640);
    await loadLocale('ar');
    const el = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar">${navigation()}</div>`);
    const nav = el.firstElementChild!;
    await expect.element(menuButton(nav)!).toHaveAccessibleName('القائمة');
    await userEvent.click(menuButton(nav)!);
    await settle(el);
    const current = getComputedStyle(link(nav, 'Apply'));
    expect(parseFloat(current.borderRightWidth)).toBeGreaterThanOrEqual(4);
    expect(parseFloat(current.borderLeftWidth)).toBe(0);
    const box = part(nav, 'base')!.getBoundingClientRect();
    const button = menuButton(nav)!.getBoundingClientRect();
    expect(box.right - button.right).toBeLessThan(40);
  });

  it('reflows at 320 px, in English and Arabic, and with 200% text, with the menu open', async () => {
    await loadLocale('ar');
    const template = html`<polis-service-navigation current="/b">
      <a slot="service-name" href="/">Apply for an exceptionally long-named municipal fishing licence</a>
      <ul>
        <li><a href="/a">Home</a></li>
        <li><a href="/b">Apply</a></li>
        <li><a href="/c">Renew a licence to fish in the municipal reservoirs</a></li>
      </ul>
    </polis-service-navigation>`;
    const problems = await reflowProblems(template, (root) => {
      menuButton(root.querySelector('polis-service-navigation')!)?.click();
    });
    expect(problems).toEqual([]);
  });

  it('keeps the current page’s bar and the links visible in forced colours', async () => {
    const el = await fixture<PolisServiceNavigation>(navigation());
    await forcedColors(true);
    try {
      const current = getComputedStyle(link(el, 'Apply'));
      expect(current.borderBottomStyle).toBe('solid');
      expect(parseFloat(current.borderBottomWidth)).toBeGreaterThanOrEqual(4);
      expect(current.borderBottomColor).not.toBe(getComputedStyle(document.body).backgroundColor);
      // Not told by colour alone there either: bold, and not underlined like the others.
      expect(Number(current.fontWeight)).toBeGreaterThanOrEqual(700);
      expect(getComputedStyle(link(el, 'Home')).textDecorationLine).toBe('underline');
    } finally {
      await forcedColors(false);
    }
  });
});
