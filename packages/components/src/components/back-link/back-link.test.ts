import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import './define.js';
import type { PolisBackLink } from './back-link.js';
import { resetWarnings } from '../../base/dev.js';
import { deepActiveElement, fixture, part, settle } from '../../test/fixture.js';

const linkOf = (el: Element) => part<HTMLAnchorElement>(el, 'link')!;

/** Where a followed link would have gone; the navigation itself is stopped so the test page stays. */
function recordNavigation(): { hrefs: string[]; stop(): void } {
  const hrefs: string[] = [];
  const listener = (event: MouseEvent) => {
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!link) return;
    event.preventDefault();
    hrefs.push(link.getAttribute('href') ?? '');
  };
  document.addEventListener('click', listener);
  return { hrefs, stop: () => document.removeEventListener('click', listener) };
}

function warnings() {
  resetWarnings();
  return vi.spyOn(console, 'warn').mockImplementation(() => undefined);
}

const messages = (spy: ReturnType<typeof warnings>) => spy.mock.calls.map((call) => String(call[0]));

describe('polis-back-link', () => {
  beforeEach(async () => {
    await page.viewport(1024, 768);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('is a link named "Back" to the previous page, with a decorative arrow before its text', async () => {
    const el = await fixture<PolisBackLink>(
      html`<polis-back-link href="/what-is-your-name"></polis-back-link>`,
    );
    const link = linkOf(el);
    await expect.element(link).toHaveRole('link');
    await expect.element(link).toHaveAccessibleName('Back');
    expect(link.getAttribute('href')).toBe('/what-is-your-name');
    const icon = part(el, 'icon')!;
    expect(icon.getAttribute('aria-hidden')).toBe('true');
    // The arrow is on the left of the text in English, centred on its line.
    const text = part(el, 'text')!.getBoundingClientRect();
    const arrow = icon.getBoundingClientRect();
    expect(arrow.right).toBeLessThanOrEqual(text.left + 0.5);
    expect(Math.abs(arrow.top + arrow.height / 2 - (text.top + text.height / 2))).toBeLessThanOrEqual(2);
    expect(getComputedStyle(icon).transform).toBe('none');
    // A large enough target (WCAG 2.5.8).
    expect(link.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
  });

  it('is reached with Tab, shows focus, and Enter follows it', async () => {
    const nav = recordNavigation();
    try {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <button>Before</button>
          <polis-back-link href="/what-is-your-name"></polis-back-link>
        </div>`,
      );
      const el = wrapper.querySelector('polis-back-link')!;
      wrapper.querySelector('button')!.focus();
      await userEvent.tab();
      expect(deepActiveElement()).toBe(linkOf(el));
      const style = getComputedStyle(linkOf(el));
      expect(style.backgroundColor).toBe('rgb(255, 209, 59)');
      expect(style.textDecorationLine).toBe('none');
      await userEvent.keyboard('{Enter}');
      expect(nav.hrefs).toEqual(['/what-is-your-name']);
    } finally {
      nav.stop();
    }
  });

  it('is the page’s own link, with its address and text, before it runs and after', async () => {
    const el = await fixture<PolisBackLink>(
      html`<polis-back-link><a href="/check-your-answers">Back to check your answers</a></polis-back-link>`,
    );
    const own = el.querySelector('a')!;
    await expect.element(linkOf(el)).toHaveAccessibleName('Back to check your answers');
    expect(linkOf(el).getAttribute('href')).toBe('/check-your-answers');
    // Shown once: the page's link is the fallback, not rendered beside the element's own.
    expect(own.checkVisibility()).toBe(false);
    expect(linkOf(el).checkVisibility()).toBe(true);

    own.setAttribute('href', '/address');
    own.textContent = 'Back to your address';
    await settle(el);
    await expect.element(linkOf(el)).toHaveAccessibleName('Back to your address');
    expect(linkOf(el).getAttribute('href')).toBe('/address');
    // href, when set, wins over the page's link.
    el.href = '/name';
    await settle(el);
    expect(linkOf(el).getAttribute('href')).toBe('/name');
  });

  it('works as a plain link before it is defined', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <polis-back-link-undefined><a href="/previous">Back</a></polis-back-link-undefined>
      </div>`,
    );
    const own = wrapper.querySelector('a')!;
    await expect.element(own).toHaveRole('link');
    await expect.element(own).toHaveAccessibleName('Back');
    expect(own.checkVisibility()).toBe(true);
  });

  it('points the other way, on the right, in a right-to-left page', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl" lang="ar"><polis-back-link href="/previous"></polis-back-link></div>`,
    );
    const el = wrapper.querySelector('polis-back-link')!;
    await settle(wrapper);
    await expect.element(linkOf(el)).toHaveAccessibleName('رجوع');
    const text = part(el, 'text')!.getBoundingClientRect();
    const arrow = part(el, 'icon')!.getBoundingClientRect();
    expect(arrow.left).toBeGreaterThanOrEqual(text.right - 0.5);
    expect(getComputedStyle(part(el, 'icon')!).transform).toMatch(/^matrix\(-1, 0, 0, 1,/);
  });

  it('speaks the page’s language', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="fr"><polis-back-link href="/previous"></polis-back-link></div>`,
    );
    await expect.element(linkOf(wrapper.querySelector('polis-back-link')!)).toHaveAccessibleName('Retour');
  });

  it('refuses addresses that would run script, with one warning, and shows nothing without an address', async () => {
    const warn = warnings();
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <polis-back-link href="javascript:history.back()"><a href="/previous">Back</a></polis-back-link>
        <polis-back-link href=" JaVa&#9;script:alert(1)"></polis-back-link>
        <polis-back-link><a href="data:text/html,hi">Back</a></polis-back-link>
      </div>`,
    );
    const [fallback, refused, refusedOwn] = [...wrapper.querySelectorAll('polis-back-link')];
    expect(linkOf(fallback!).getAttribute('href')).toBe('/previous');
    // No safe address at all: nothing is shown, not even the page's unsafe link.
    for (const el of [refused!, refusedOwn!]) {
      expect(linkOf(el)).toBeNull();
      expect(el.getBoundingClientRect().height).toBe(0);
    }
    const said = messages(warn);
    expect(said.filter((m) => m.includes('javascript:history.back()'))).toHaveLength(1);
    expect(said.filter((m) => m.includes('data:text/html'))).toHaveLength(1);
    expect(said.filter((m) => m.includes('needs the address of the previous page'))).toHaveLength(1);
    (fallback as PolisBackLink).requestUpdate();
    await settle(wrapper);
    expect(messages(warn)).toHaveLength(said.length);
  });

  it('takes a colour of its own', async () => {
    const el = await fixture<PolisBackLink>(
      html`<polis-back-link
        href="/previous"
        style="--polis-back-link-color: rgb(255, 255, 255)"
      ></polis-back-link>`,
    );
    expect(getComputedStyle(linkOf(el)).color).toBe('rgb(255, 255, 255)');
    expect(getComputedStyle(part(el, 'icon')!).fill).toBe('rgb(255, 255, 255)');
  });

  it('delegates focus to its link', async () => {
    const el = await fixture<PolisBackLink>(html`<polis-back-link href="/previous"></polis-back-link>`);
    el.focus();
    expect(deepActiveElement()).toBe(linkOf(el));
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

    it('keeps the arrow in the link’s colour and shows focus as an outline', async () => {
      expect(matchMedia('(forced-colors: active)').matches).toBe(true);
      const wrapper = await fixture<HTMLElement>(
        html`<div><button>Before</button><polis-back-link href="/previous"></polis-back-link></div>`,
      );
      const el = wrapper.querySelector('polis-back-link')!;
      const link = linkOf(el);
      expect(getComputedStyle(part(el, 'icon')!).fill).toBe(getComputedStyle(link).color);
      wrapper.querySelector('button')!.focus();
      await userEvent.tab();
      const style = getComputedStyle(link);
      expect(style.outlineStyle).toBe('solid');
      expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(3);
      expect(style.outlineColor).not.toBe(style.backgroundColor);
      expect(style.boxShadow).toBe('none');
    });
  });
});
