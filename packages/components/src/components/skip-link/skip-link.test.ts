import axe from 'axe-core';
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import './define.js';
import type { PolisSkipLink } from './skip-link.js';
import { resetWarnings } from '../../base/dev.js';
import { deepActiveElement, fixture, settle } from '../../test/fixture.js';
import { flatElements } from '../../test/flat-tree.js';

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

/** The skip link: the `<a>` in the page's tree, directly inside the element. */
const linkOf = (el: Element) => el.querySelector<HTMLAnchorElement>(':scope > a')!;

/** The links a person meets inside the element: its flat tree, shadow root included. */
const linksShown = (el: Element) => flatElements(el).filter((node) => node.localName === 'a');

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

  it('is recognised as a skip link by axe’s region rule, on a page with landmarks', async () => {
    // `region` ("all page content should be contained by landmarks") exempts a skip link only
    // when axe can find its target from the link's own tree: a link in a shadow root could not
    // reach `#main-content` in the document, and was reported. The rule looks at the whole page.
    const region = async () => {
      const results = await axe.run(document, { runOnly: { type: 'rule', values: ['region'] } });
      return results.violations.flatMap((v) => v.nodes.map((node) => node.target.join(' ')));
    };
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <polis-skip-link><a href="#main-content">Skip to main content</a></polis-skip-link>
        <header><a href="/register-a-birth">Register a birth</a></header>
        <main id="main-content">
          <h1>What is your child’s name?</h1>
          <p><a href="/register-a-birth/start">Start again</a></p>
        </main>
      </div>`,
    );
    expect(await region()).toEqual([]);
    // And the link the element writes into the page when the page gave none.
    const skip = wrapper.querySelector('polis-skip-link')!;
    skip.replaceChildren();
    await settle(wrapper);
    await expect.element(linkOf(skip)).toHaveAccessibleName('Skip to main content');
    expect(await region()).toEqual([]);
    // The rule does check it: after the header's link to another page, axe no longer counts it
    // as a skip link, and reports it as content outside every landmark.
    wrapper.querySelector('header')!.after(skip);
    await settle(wrapper);
    expect((await region()).join(' ')).toContain('polis-skip-link');
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
    // The page's link is the skip link: no copy of it in the shadow root, read once.
    expect(linkOf(el)).toBe(own);
    expect(el.shadowRoot!.querySelector('a')).toBeNull();
    expect(linksShown(el)).toEqual([own]);
    await expect.element(own).toHaveAccessibleName('Skip to the application form');
    expect(own.getAttribute('href')).toBe('#form');
    blurAll();
    await userEvent.tab();
    expect(document.activeElement).toBe(own);
    expect(shown(own)).toBe(true);
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(wrapper.querySelector('form'));

    // A framework changing the page's link later is followed.
    own.textContent = 'Skip to the form';
    own.setAttribute('href', '#other');
    await settle(wrapper);
    await expect.element(own).toHaveAccessibleName('Skip to the form');
    expect(own.getAttribute('href')).toBe('#other');
    expect(linksShown(el)).toEqual([own]);
  });

  it('writes its own link into the page when the page gave none, in the page’s language', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en">
        <polis-skip-link></polis-skip-link>
        <main id="main-content"></main>
      </div>`,
    );
    const el = wrapper.querySelector('polis-skip-link')!;
    const link = linkOf(el);
    // In the light DOM, beside the page's content, not in the shadow root.
    expect(link.parentElement).toBe(el);
    expect(el.shadowRoot!.querySelector('a')).toBeNull();
    await expect.element(link).toHaveAccessibleName('Skip to main content');
    expect(link.getAttribute('href')).toBe('#main-content');

    // The page's language changes: so does the text the element wrote.
    wrapper.lang = 'fr';
    await settle(wrapper);
    await expect.element(linkOf(el)).toHaveAccessibleName('Aller au contenu principal');
    expect(linkOf(el)).toBe(link);

    // A link of the page's own arriving later (a framework rendering it) replaces the element's.
    const own = document.createElement('a');
    own.href = '#main-content';
    own.textContent = 'Go to the form';
    el.append(own);
    await settle(wrapper);
    expect(link.isConnected).toBe(false);
    expect(linkOf(el)).toBe(own);
    expect(linksShown(el)).toEqual([own]);
    await expect.element(own).toHaveAccessibleName('Go to the form');
  });

  it('gives an empty link of the page’s the built-in text', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="fr">
        <polis-skip-link><a href="#main-content"></a></polis-skip-link>
      </div>`,
    );
    const el = wrapper.querySelector('polis-skip-link')!;
    const own = el.querySelector('a')!;
    expect(linkOf(el)).toBe(own);
    await expect.element(own).toHaveAccessibleName('Aller au contenu principal');
  });

  it('shows only its link, not other content written inside it', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <polis-skip-link><span>Before</span><a href="#main-content">Skip to main content</a></polis-skip-link>
        <main id="main-content"></main>
      </div>`,
    );
    const el = wrapper.querySelector('polis-skip-link')!;
    expect(el.querySelector('span')!.checkVisibility()).toBe(false);
    expect(linksShown(el)).toEqual([linkOf(el)]);
  });

  it('sets the page’s link to where it goes: href first, and always in this page', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <polis-skip-link href="#content"><a href="#main-content" target="_blank">Skip</a></polis-skip-link>
        <h1 id="content">Title</h1>
      </div>`,
    );
    const el = wrapper.querySelector<PolisSkipLink>('polis-skip-link')!;
    const own = linkOf(el);
    expect(own.getAttribute('href')).toBe('#content');
    expect(own.getAttribute('target')).toBe('_self');
    // Without href, the page's own address again.
    el.removeAttribute('href');
    await settle(wrapper);
    expect(own.getAttribute('href')).toBe('#main-content');
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
    // Or the text the page gives it, on one element.
    const own = await fixture<HTMLElement>(
      html`<div><polis-skip-link messages='{"skipLink":"Skip to the form"}'></polis-skip-link></div>`,
    );
    await expect
      .element(linkOf(own.querySelector('polis-skip-link')!))
      .toHaveAccessibleName('Skip to the form');
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
