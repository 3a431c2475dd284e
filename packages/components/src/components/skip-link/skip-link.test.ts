import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import './define.js';
import type { PolisSkipLink } from './skip-link.js';
import { resetWarnings } from '../../base/dev.js';
import { deepActiveElement, fixture, part, settle } from '../../test/fixture.js';

const START_URL = window.location.href;

/** A page: the skip link first, a header with navigation, then the main content. */
const pageWith = (skipLink: unknown, { tall = false } = {}) =>
  html`<div>
    ${skipLink}
    <header>
      <a href="#home">Home</a>
      <a href="#services">Services</a>
      ${tall ? html`<div style="block-size: 3000px"></div>` : ''}
    </header>
    <main id="main-content">
      <h1>Apply for a licence</h1>
      <p>You can apply online. <a href="#first">Start your application</a></p>
    </main>
    ${tall ? html`<div style="block-size: 3000px"></div>` : ''}
  </div>`;

const linkOf = (el: Element) => part<HTMLAnchorElement>(el, 'link')!;

/** Whether the link takes space on screen (not the 1 px clipped box of visually hidden text). */
function shown(link: HTMLElement): boolean {
  const box = link.getBoundingClientRect();
  return box.width > 10 && box.height > 10 && getComputedStyle(link).clipPath === 'none';
}

function warnings() {
  resetWarnings();
  return vi.spyOn(console, 'warn').mockImplementation(() => undefined);
}

const messages = (spy: ReturnType<typeof warnings>) => spy.mock.calls.map((call) => String(call[0]));

/** Nothing has focus: the next Tab goes to the first focusable thing on the page. */
function blurAll(): void {
  (deepActiveElement() as HTMLElement | null)?.blur();
  (document.activeElement as HTMLElement | null)?.blur();
}

describe('polis-skip-link', () => {
  beforeEach(async () => {
    await page.viewport(1024, 768);
  });

  afterEach(() => {
    window.history.replaceState(null, '', START_URL);
    window.scrollTo(0, 0);
    vi.restoreAllMocks();
  });

  it('is the first Tab stop, hidden until it has focus, then shown and named', async () => {
    const wrapper = await fixture<HTMLElement>(pageWith(html`<polis-skip-link></polis-skip-link>`));
    const el = wrapper.querySelector<PolisSkipLink>('polis-skip-link')!;
    const link = linkOf(el);
    await expect.element(link).toHaveRole('link');
    await expect.element(link).toHaveAccessibleName('Skip to main content');
    expect(link.getAttribute('href')).toBe('#main-content');
    // Read by screen readers, reachable by Tab, but not seen and taking no space.
    expect(shown(link)).toBe(false);
    expect(el.getBoundingClientRect().height).toBe(0);

    blurAll();
    await userEvent.tab();
    expect(deepActiveElement()).toBe(link);
    expect(shown(link)).toBe(true);
    // In the flow, at the top: it pushes the header down rather than covering it.
    const header = wrapper.querySelector('header')!.getBoundingClientRect();
    expect(header.top).toBeGreaterThanOrEqual(link.getBoundingClientRect().bottom - 1);
    // Yellow bar, dark text, from the focus tokens; at least 24 px high (WCAG 2.5.8).
    const style = getComputedStyle(link);
    expect(style.backgroundColor).toBe('rgb(255, 209, 59)');
    expect(style.outlineStyle).toBe('solid');
    expect(link.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);

    await userEvent.tab();
    expect(document.activeElement).toHaveAccessibleName('Home');
    expect(shown(link)).toBe(false);
  });

  it('moves focus to the main content with Enter, which takes tabindex="-1" only while it has focus', async () => {
    const wrapper = await fixture<HTMLElement>(pageWith(html`<polis-skip-link></polis-skip-link>`));
    const main = wrapper.querySelector('main')!;
    blurAll();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(main);
    expect(main.getAttribute('tabindex')).toBe('-1');
    expect(window.location.hash).toBe('#main-content');
    // Tab goes on from the main content: the header's links are skipped.
    await userEvent.tab();
    expect(document.activeElement).toHaveAccessibleName('Start your application');
    // It left the Tab order when it lost focus.
    expect(main.hasAttribute('tabindex')).toBe(false);
  });

  it('leaves alone a target that can take focus already', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <polis-skip-link href="#content"></polis-skip-link>
        <a href="#home">Home</a>
        <h1 id="content" tabindex="-1">Apply for a licence</h1>
        <a href="#first">Start your application</a>
      </div>`,
    );
    const heading = wrapper.querySelector('h1')!;
    blurAll();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(heading);
    await userEvent.tab();
    expect(document.activeElement).toHaveAccessibleName('Start your application');
    // The page's own tabindex is kept.
    expect(heading.getAttribute('tabindex')).toBe('-1');
  });

  it('scrolls once, as a link to the part of the page does: the target at the top of the window', async () => {
    const wrapper = await fixture<HTMLElement>(
      pageWith(html`<polis-skip-link></polis-skip-link>`, { tall: true }),
    );
    const main = wrapper.querySelector('main')!;
    const positions: number[] = [];
    const record = () => positions.push(window.scrollY);
    window.addEventListener('scroll', record);
    blurAll();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    window.removeEventListener('scroll', record);
    expect(document.activeElement).toBe(main);
    expect(Math.abs(main.getBoundingClientRect().top)).toBeLessThanOrEqual(1);
    // One jump to the target, never past it and back.
    const target = window.scrollY;
    expect(positions.every((y) => Math.abs(y - target) <= 1)).toBe(true);
  });

  it('stays on the page when the page sends links elsewhere with <base target>', async () => {
    const base = document.createElement('base');
    base.target = '_parent';
    document.head.prepend(base);
    try {
      const wrapper = await fixture<HTMLElement>(pageWith(html`<polis-skip-link></polis-skip-link>`));
      blurAll();
      await userEvent.tab();
      await userEvent.keyboard('{Enter}');
      // Had it followed the base target, the test page itself would have been replaced.
      expect(document.activeElement).toBe(wrapper.querySelector('main'));
      expect(window.location.hash).toBe('#main-content');
    } finally {
      base.remove();
    }
  });

  it('is the page’s own link, with its text and address, before it runs and after', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <polis-skip-link><a href="#form">Skip to the application form</a></polis-skip-link>
        <form id="form" aria-label="Application"><input aria-label="Name" /></form>
      </div>`,
    );
    const el = wrapper.querySelector('polis-skip-link')!;
    const own = el.querySelector('a')!;
    const link = linkOf(el);
    await expect.element(link).toHaveAccessibleName('Skip to the application form');
    expect(link.getAttribute('href')).toBe('#form');
    // Shown once: the page's link is the fallback, not rendered beside the element's own.
    expect(own.checkVisibility()).toBe(false);
    blurAll();
    await userEvent.tab();
    expect(deepActiveElement()).toBe(link);
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(wrapper.querySelector('form'));

    // A framework changing the page's link later is followed.
    own.textContent = 'Skip to the form';
    own.setAttribute('href', '#other');
    await settle(wrapper);
    await expect.element(link).toHaveAccessibleName('Skip to the form');
    expect(link.getAttribute('href')).toBe('#other');
  });

  it('works as a plain link before it is defined', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <polis-skip-link-undefined
          ><a href="#main-content">Skip to main content</a></polis-skip-link-undefined
        >
        <main id="main-content"><h1>Title</h1></main>
      </div>`,
    );
    const own = wrapper.querySelector('a')!;
    await expect.element(own).toHaveRole('link');
    await expect.element(own).toHaveAccessibleName('Skip to main content');
    own.focus();
    await userEvent.keyboard('{Enter}');
    expect(window.location.hash).toBe('#main-content');
  });

  it('speaks the page’s language', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="fr"><polis-skip-link></polis-skip-link></div>`,
    );
    await expect
      .element(linkOf(wrapper.querySelector('polis-skip-link')!))
      .toHaveAccessibleName('Aller au contenu principal');
    const cy = await fixture<HTMLElement>(html`<div lang="cy"><polis-skip-link></polis-skip-link></div>`);
    await settle(cy);
    await expect
      .element(linkOf(cy.querySelector('polis-skip-link')!))
      .toHaveAccessibleName('Neidio i’r prif gynnwys');
  });

  it('accepts only links to a part of the page, falling back with one warning', async () => {
    const warn = warnings();
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <polis-skip-link href="/main"></polis-skip-link>
        <polis-skip-link href="javascript:alert(1)"><a href="#content">Skip</a></polis-skip-link>
        <polis-skip-link><a href="https://example.com/#main">Skip</a></polis-skip-link>
        <polis-skip-link href="#"></polis-skip-link>
      </div>`,
    );
    const links = [...wrapper.querySelectorAll('polis-skip-link')].map((el) =>
      linkOf(el).getAttribute('href'),
    );
    expect(links).toEqual(['#main-content', '#content', '#main-content', '#main-content']);
    const said = messages(warn);
    expect(said.filter((m) => m.includes('href="/main"'))).toHaveLength(1);
    expect(said.filter((m) => m.includes('javascript:alert(1)'))).toHaveLength(1);
    expect(said.filter((m) => m.includes('https://example.com/#main'))).toHaveLength(1);
    expect(said.filter((m) => m.includes('href="#"'))).toHaveLength(1);
    // Re-rendering does not repeat them.
    for (const el of wrapper.querySelectorAll<PolisSkipLink>('polis-skip-link')) el.requestUpdate();
    await settle(wrapper);
    expect(messages(warn)).toHaveLength(said.length);
  });

  it('warns once and does no harm when nothing on the page has the target’s id', async () => {
    const warn = warnings();
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <polis-skip-link href="#nowhere"></polis-skip-link>
        <a href="#home">Home</a>
      </div>`,
    );
    const link = linkOf(wrapper.querySelector('polis-skip-link')!);
    blurAll();
    await userEvent.tab();
    expect(deepActiveElement()).toBe(link);
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Enter}');
    const said = messages(warn).filter((m) => m.includes('#nowhere'));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('nothing on the page has the id "nowhere"');
    // Focus stays where it was, and nothing gained a tabindex.
    expect(deepActiveElement()).toBe(link);
    expect(wrapper.querySelector('[tabindex]')).toBeNull();
  });

  it('moves focus to a target in the same shadow root, and scrolls to it', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<polis-skip-link></polis-skip-link><div style="block-size: 3000px"></div><main id="main-content"><h1>Title</h1></main><div style="block-size: 3000px"></div>`;
    await settle(root);
    const skip = root.querySelector('polis-skip-link')!;
    const main = root.querySelector('main')!;
    linkOf(skip).focus();
    await userEvent.keyboard('{Enter}');
    expect(root.activeElement).toBe(main);
    expect(Math.abs(main.getBoundingClientRect().top)).toBeLessThanOrEqual(1);
  });

  it('delegates focus to its link', async () => {
    const wrapper = await fixture<HTMLElement>(pageWith(html`<polis-skip-link></polis-skip-link>`));
    const el = wrapper.querySelector<PolisSkipLink>('polis-skip-link')!;
    el.focus();
    expect(deepActiveElement()).toBe(linkOf(el));
    expect(shown(linkOf(el))).toBe(true);
  });

  describe('in forced colours', () => {
    beforeEach(async () => {
      await cdp().send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: 'active' }],
      });
    });
    afterEach(async () => {
      await cdp().send('Emulation.setEmulatedMedia', { features: [] });
    });

    it('shows focus as an outline inside the bar, its fill being gone', async () => {
      expect(matchMedia('(forced-colors: active)').matches).toBe(true);
      const wrapper = await fixture<HTMLElement>(pageWith(html`<polis-skip-link></polis-skip-link>`));
      const link = linkOf(wrapper.querySelector('polis-skip-link')!);
      blurAll();
      await userEvent.tab();
      expect(shown(link)).toBe(true);
      const style = getComputedStyle(link);
      expect(style.outlineStyle).toBe('solid');
      expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(3);
      // Drawn inside, so the window's edge cannot cut it off.
      expect(parseFloat(style.outlineOffset)).toBeLessThan(0);
      expect(style.outlineColor).not.toBe(style.backgroundColor);
      expect(style.color).not.toBe(style.backgroundColor);
    });
  });
});
