/// <reference types="@vitest/browser-playwright" />
import { html, type TemplateResult } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import './define.js';
import '../service-navigation/define.js';
import { PolisServiceNavigation } from '../service-navigation/service-navigation.js';
import type { PolisHeader } from './header.js';
import { resetWarnings } from '../../base/dev.js';
import { loadLocale } from '../../i18n/registry.js';
import { deepActiveElement, fixture, part, settle } from '../../test/fixture.js';
import { axNodes, forcedColors, reflowProblems } from '../../test/browser-helpers.js';

const withRole = async (role: string) => (await axNodes()).filter((node) => node.role?.value === role);

/** Waits for the header to notice a new window size (a resize observer, then an animation frame). */
async function resize(width: number, height = 800): Promise<void> {
  await page.viewport(width, height);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await settle();
}

const menuButton = (el: Element) => part<HTMLButtonElement>(el, 'menu-button');
const panel = (el: Element) => part(el, 'navigation')!;
const links = (el: Element) => [...el.querySelectorAll<HTMLAnchorElement>('[slot="navigation"] a')];
const noSideways = () =>
  expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);

const logo = html`<img
  slot="logo"
  alt="City of Example"
  width="120"
  height="40"
  src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='120' height='40'/%3E"
/>`;

const full = (extra: TemplateResult | string = '') => html`
  <polis-header
    service-name="Apply for a fishing licence"
    service-href="/fishing"
    organisation-href="https://www.example.org/"
  >
    ${logo}
    <polis-service-navigation slot="navigation" current="/fishing/apply">
      <ul>
        <li><a href="/fishing">Home</a></li>
        <li><a href="/fishing/apply">Apply</a></li>
        <li><a href="/fishing/renew">Renew a licence</a></li>
      </ul>
    </polis-service-navigation>
    <a slot="account" href="/sign-out">Sign out</a>
    ${extra}
  </polis-header>
`;

afterEach(async () => {
  (deepActiveElement() as HTMLElement | null)?.blur?.();
  document.documentElement.style.removeProperty('font-size');
});

describe('polis-header', () => {
  beforeEach(async () => {
    await resize(1024, 768);
  });

  it('is the one banner landmark in Chromium’s accessibility tree; the element itself has no role', async () => {
    const el = await fixture<PolisHeader>(full());
    const banners = await withRole('banner');
    expect(banners).toHaveLength(1);
    const base = part(el, 'base')!;
    expect(base.localName).toBe('header');
    expect(base.getRootNode()).toBe(el.shadowRoot);
    expect(el.hasAttribute('role')).toBe(false);
    // One navigation landmark: the service navigation's own, not a second one from the header.
    const navigations = await withRole('navigation');
    expect(navigations.map((node) => node.name?.value)).toEqual(['Service']);
  });

  it('links the logo to the organisation’s home page, named by the logo’s text alternative', async () => {
    const el = await fixture<PolisHeader>(full());
    const link = part<HTMLAnchorElement>(el, 'logo-link')!;
    expect(link.getAttribute('href')).toBe('https://www.example.org/');
    await expect.element(link).toHaveRole('link');
    await expect.element(link).toHaveAccessibleName('City of Example');
    const service = part<HTMLAnchorElement>(el, 'service-name')!;
    expect(service.getAttribute('href')).toBe('/fishing');
    await expect.element(service).toHaveAccessibleName('Apply for a fishing licence');
  });

  it('accepts an SVG logo with role="img" and a label', async () => {
    const el = await fixture<PolisHeader>(
      html`<polis-header organisation-href="/">
        <svg slot="logo" role="img" aria-label="City of Example" viewBox="0 0 40 40" width="40" height="40">
          <rect width="40" height="40" fill="currentColor"></rect>
        </svg>
      </polis-header>`,
    );
    await expect.element(part(el, 'logo-link')!).toHaveAccessibleName('City of Example');
  });

  it('shows the logo without a link, and the service name as text, when they have no address', async () => {
    const el = await fixture<PolisHeader>(
      html`<polis-header service-name="Register to vote">${logo}</polis-header>`,
    );
    expect(part(el, 'logo-link')).toBeNull();
    expect(el.shadowRoot!.querySelector('a')).toBeNull();
    const name = part(el, 'service-name')!;
    expect(name.localName).toBe('span');
    expect(name.textContent).toBe('Register to vote');
    expect(el.querySelector('img')!.getBoundingClientRect().width).toBeGreaterThan(0);
  });

  it('makes no empty link when there is no logo, and no menu when there is no navigation', async () => {
    await resize(320);
    const el = await fixture<PolisHeader>(
      html`<polis-header organisation-href="/" service-name="Register to vote"></polis-header>`,
    );
    expect(part(el, 'logo-link')).toBeNull();
    expect(menuButton(el)).toBeNull();
    expect(panel(el).hidden).toBe(true);
  });

  it('refuses script addresses and warns once about each, and about a logo with no text alternative', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await fixture<HTMLElement>(
      html`<div>
        <polis-header
          organisation-href="javascript:alert(1)"
          service-name="A"
          service-href=" JaVaScRiPt:alert(2)"
        >
          <img slot="logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
        </polis-header>
        <polis-header
          organisation-href="javascript:alert(1)"
          service-name="A"
          service-href=" JaVaScRiPt:alert(2)"
        >
          <img slot="logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
        </polis-header>
      </div>`,
    );
    for (const header of el.querySelectorAll('polis-header')) {
      expect(header.shadowRoot!.querySelector('a')).toBeNull();
      expect(part(header, 'service-name')!.textContent).toBe('A');
    }
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages.filter((m) => m.includes('organisation-href="javascript:alert(1)"'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('service-href='))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('no text alternative'))).toHaveLength(1);
    warn.mockRestore();
  });

  it('renders the service name as text, never as HTML', async () => {
    const el = await fixture<PolisHeader>(
      html`<polis-header service-name=${'<img src=x onerror=alert(1)>Fish'}></polis-header>`,
    );
    expect(part(el, 'service-name')!.textContent).toBe('<img src=x onerror=alert(1)>Fish');
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
  });

  describe('on a wide screen', () => {
    it('has no Menu button and shows every navigation link', async () => {
      const el = await fixture<PolisHeader>(full());
      expect(menuButton(el)).toBeNull();
      expect(panel(el).hidden).toBe(false);
      for (const link of links(el)) expect(link.checkVisibility()).toBe(true);
      // Escape does nothing here.
      links(el)[0]!.focus();
      await userEvent.keyboard('{Escape}');
      expect(deepActiveElement()).toBe(links(el)[0]);
    });
  });

  describe('on a narrow screen', () => {
    beforeEach(async () => {
      await resize(320, 640);
    });

    it('hides the navigation behind a native Menu button that controls a box in its own shadow root', async () => {
      const el = await fixture<PolisHeader>(full());
      const button = menuButton(el)!;
      expect(button.localName).toBe('button');
      expect(button.type).toBe('button');
      await expect.element(button).toHaveRole('button');
      await expect.element(button).toHaveAccessibleName('Menu');
      expect(button.getAttribute('aria-expanded')).toBe('false');
      const controlled = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!);
      expect(controlled).toBe(panel(el));
      for (const link of links(el)) expect(link.checkVisibility()).toBe(false);
      // The embedded service navigation gives up its own button.
      const navigation = el.querySelector('polis-service-navigation')!;
      expect(part(navigation, 'menu-button')).toBeNull();
    });

    it('opens with Enter, closes with Space, and Escape closes it and returns focus to the button', async () => {
      const el = await fixture<PolisHeader>(full());
      const button = menuButton(el)!;
      button.focus();
      await userEvent.keyboard('{Enter}');
      await settle(el);
      expect(button.getAttribute('aria-expanded')).toBe('true');
      for (const link of links(el)) expect(link.checkVisibility()).toBe(true);

      await userEvent.keyboard(' ');
      await settle(el);
      expect(button.getAttribute('aria-expanded')).toBe('false');
      expect(links(el)[0]!.checkVisibility()).toBe(false);

      await userEvent.keyboard('{Enter}');
      await settle(el);
      // The navigation comes straight after the button in the tab order.
      await userEvent.keyboard('{Tab}');
      expect(deepActiveElement()).toBe(links(el)[0]);
      await userEvent.keyboard('{Tab}');
      expect(deepActiveElement()).toBe(links(el)[1]);
      await userEvent.keyboard('{Escape}');
      await settle(el);
      expect(button.getAttribute('aria-expanded')).toBe('false');
      expect(deepActiveElement()).toBe(button);
      expect(links(el)[1]!.checkVisibility()).toBe(false);

      // Escape with the menu closed changes nothing.
      await userEvent.keyboard('{Escape}');
      expect(deepActiveElement()).toBe(button);
      expect(button.getAttribute('aria-expanded')).toBe('false');

      // Nor does Escape from elsewhere in the header: focus stays where it is.
      await userEvent.keyboard('{Enter}');
      await settle(el);
      const signOut = el.querySelector<HTMLAnchorElement>('[slot="account"]')!;
      signOut.focus();
      await userEvent.keyboard('{Escape}');
      await settle(el);
      expect(deepActiveElement()).toBe(signOut);
      expect(button.getAttribute('aria-expanded')).toBe('true');
    });

    it('opens and closes with a click', async () => {
      const el = await fixture<PolisHeader>(full());
      await userEvent.click(menuButton(el)!);
      await settle(el);
      expect(menuButton(el)!.getAttribute('aria-expanded')).toBe('true');
      await userEvent.click(menuButton(el)!);
      await settle(el);
      expect(menuButton(el)!.getAttribute('aria-expanded')).toBe('false');
    });

    it('puts plain links in a navigation landmark of its own, named "Service"', async () => {
      const el = await fixture<PolisHeader>(
        html`<polis-header service-name="Fish">
          <ul slot="navigation">
            <li><a href="/a">Home</a></li>
            <li><a href="/b">Apply</a></li>
          </ul>
        </polis-header>`,
      );
      const box = panel(el);
      expect(box.getAttribute('role')).toBe('navigation');
      expect(box.getAttribute('aria-label')).toBe('Service');
      await userEvent.click(menuButton(el)!);
      await settle(el);
      const navigations = await withRole('navigation');
      expect(navigations.map((node) => node.name?.value)).toEqual(['Service']);
      expect(el.querySelector('a')!.checkVisibility()).toBe(true);
    });

    it('leaves a navigation landmark of the page’s own alone', async () => {
      const el = await fixture<PolisHeader>(
        html`<polis-header service-name="Fish">
          <nav slot="navigation" aria-label="Topics"><a href="/a">Home</a></nav>
        </polis-header>`,
      );
      expect(panel(el).hasAttribute('role')).toBe(false);
      await userEvent.click(menuButton(el)!);
      await settle(el);
      expect((await withRole('navigation')).map((node) => node.name?.value)).toEqual(['Topics']);
    });

    it('takes charge of a service navigation defined after it', async () => {
      const tag = `late-navigation-${Math.random().toString(36).slice(2)}`;
      const el = await fixture<PolisHeader>(html`<polis-header service-name="Fish"></polis-header>`);
      const late = document.createElement(tag);
      late.slot = 'navigation';
      late.innerHTML = '<ul><li><a href="/a">Home</a></li></ul>';
      el.append(late);
      await settle(el);
      // Not yet defined: the header treats it as plain links for now.
      expect(panel(el).getAttribute('role')).toBe('navigation');
      customElements.define(tag, class extends PolisServiceNavigation {});
      await settle(el);
      await settle(el);
      expect(panel(el).hasAttribute('role')).toBe(false);
      expect(part(late, 'menu-button')).toBeNull();
      expect(menuButton(el)).not.toBeNull();
      // Taken out of the header, it has its own button again.
      document.body.append(late);
      await settle(late);
      expect(part(late, 'menu-button')).not.toBeNull();
      late.remove();
    });

    it('does not scroll sideways at 320 px, open or closed, with a long name and many links', async () => {
      const many = html`<ul slot="navigation">
        ${Array.from({ length: 12 }, (_, i) => html`<li><a href="/p${i}">Supercalifragilistic page ${i}</a></li>`)}
      </ul>`;
      const el = await fixture<PolisHeader>(
        html`<polis-header
          service-name="Apply for an exceptionally long-named licence to fish in the municipal reservoirs"
          service-href="/"
          organisation-href="/"
          >${logo}${many}<a slot="account" href="/out">Sign out of your account</a></polis-header
        >`,
      );
      noSideways();
      await userEvent.click(menuButton(el)!);
      await settle(el);
      noSideways();
      // Nothing overlaps: the top row, the button and the open navigation follow each other.
      const top = part(el, 'service-name')!.getBoundingClientRect();
      const button = menuButton(el)!.getBoundingClientRect();
      const nav = panel(el).getBoundingClientRect();
      expect(button.top).toBeGreaterThanOrEqual(top.bottom - 1);
      expect(nav.top).toBeGreaterThanOrEqual(button.bottom - 1);
    });

    it('speaks the page’s language', async () => {
      await loadLocale('cy');
      const el = await fixture<HTMLElement>(html`<div lang="cy">${full()}</div>`);
      const header = el.querySelector('polis-header')!;
      await expect.element(menuButton(header)!).toHaveAccessibleName('Dewislen');
    });
  });

  describe('when the window is resized', () => {
    it('shows the button only while narrow, and a menu left open is closed the next time', async () => {
      const el = await fixture<PolisHeader>(full());
      expect(menuButton(el)).toBeNull();
      await resize(320, 640);
      expect(menuButton(el)).not.toBeNull();
      expect(menuButton(el)!.getAttribute('aria-expanded')).toBe('false');
      await userEvent.click(menuButton(el)!);
      await settle(el);
      expect(menuButton(el)!.getAttribute('aria-expanded')).toBe('true');

      await resize(1024, 768);
      expect(menuButton(el)).toBeNull();
      expect(links(el)[0]!.checkVisibility()).toBe(true);
      (deepActiveElement() as HTMLElement | null)?.blur();

      await resize(320, 640);
      expect(menuButton(el)!.getAttribute('aria-expanded')).toBe('false');
      expect(links(el)[0]!.checkVisibility()).toBe(false);
    });

    it('never hides the focused link, and moves focus off a button that goes away', async () => {
      const el = await fixture<PolisHeader>(full());
      links(el)[1]!.focus();
      await resize(320, 640);
      // Focus was in the navigation: it stays open, with the link visible.
      expect(menuButton(el)!.getAttribute('aria-expanded')).toBe('true');
      expect(deepActiveElement()).toBe(links(el)[1]);
      expect(links(el)[1]!.checkVisibility()).toBe(true);

      menuButton(el)!.focus();
      await resize(1024, 768);
      expect(menuButton(el)).toBeNull();
      expect(deepActiveElement()).toBe(links(el)[0]);
    });

    it('collapses with 200% text, measured against the root font size', async () => {
      await resize(1000, 800);
      const el = await fixture<PolisHeader>(full());
      expect(menuButton(el)).toBeNull();
      document.documentElement.style.fontSize = '200%';
      await resize(1000, 800);
      await resize(1000, 800);
      expect(menuButton(el)).not.toBeNull();
      noSideways();
    });
  });

  it('keeps every link of the page’s markup in the light DOM, never hidden there', async () => {
    await resize(320, 640);
    const el = await fixture<PolisHeader>(full());
    for (const link of el.querySelectorAll('a')) {
      expect(link.getRootNode()).toBe(document);
      expect(link.closest('[hidden]')).toBeNull();
      expect(link.hasAttribute('style')).toBe(false);
    }
  });

  it('shows every navigation link when the element never upgrades (no JavaScript)', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="No JavaScript" width="320" height="600"></iframe>`,
    );
    const doc = frame.contentDocument!;
    // The same markup in a document without Polis: the element stays unknown, its content plain HTML.
    doc.body.innerHTML = `<polis-header service-name="Fish" organisation-href="/">
      <polis-service-navigation slot="navigation"><ul>
        <li><a href="/a">Home</a></li><li><a href="/b">Apply</a></li><li><a href="/c">Renew</a></li>
      </ul></polis-service-navigation>
      <a slot="account" href="/out">Sign out</a>
    </polis-header>`;
    const shown = [...doc.querySelectorAll('a')].filter((a) => a.getBoundingClientRect().height > 0);
    expect(shown.map((a) => a.textContent)).toEqual(['Home', 'Apply', 'Renew', 'Sign out']);
  });

  it('mirrors in a right-to-left page: the service name starts at the right, the chevron is not flipped', async () => {
    await resize(320, 640);
    await loadLocale('ar');
    const el = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar">${full()}</div>`);
    const header = el.querySelector('polis-header')!;
    const name = part(header, 'service-name')!.getBoundingClientRect();
    const base = part(header, 'base')!.getBoundingClientRect();
    expect(base.right - name.right).toBeLessThan(base.width / 2);
    expect(name.right).toBeGreaterThan(base.right - 60);
    const chevron = menuButton(header)!.querySelector('svg')!;
    expect(getComputedStyle(chevron).transform).toBe('none');
    noSideways();
  });

  it('reflows at 320 px, in English and Arabic, and with 200% text, with the menu open', async () => {
    await loadLocale('ar');
    const problems = await reflowProblems(full(), (root) => {
      menuButton(root.querySelector('polis-header')!)?.click();
    });
    expect(problems).toEqual([]);
  });

  it('keeps the Menu button’s edge, its focus and the current page visible in forced colours', async () => {
    await resize(320, 640);
    const el = await fixture<HTMLElement>(html`<div><button>Before</button>${full()}</div>`);
    const header = el.querySelector('polis-header')!;
    await forcedColors(true);
    try {
      el.querySelector('button')!.focus();
      await userEvent.keyboard('{Tab}{Tab}{Tab}{Tab}');
      const button = menuButton(header)!;
      expect(deepActiveElement()).toBe(button);
      const style = getComputedStyle(button);
      expect(style.borderTopStyle).toBe('solid');
      expect(style.outlineStyle).toBe('solid');
      expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
      await userEvent.keyboard('{Enter}');
      await settle(el);
      const current = el.querySelector<HTMLElement>('[aria-current="page"]')!;
      expect(parseFloat(getComputedStyle(current).borderLeftWidth)).toBeGreaterThanOrEqual(4);
      expect(getComputedStyle(current).borderLeftStyle).toBe('solid');
    } finally {
      await forcedColors(false);
    }
  });
});
