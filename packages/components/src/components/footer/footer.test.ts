/// <reference types="@vitest/browser-playwright" />
import { html } from 'lit';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import './define.js';
import type { PolisFooter } from './footer.js';
import { resetWarnings } from '../../base/dev.js';
import { loadLocale } from '../../i18n/registry.js';
import { fixture, part, settle } from '../../test/fixture.js';
import { axNodes, forcedColors, reflowProblems } from '../../test/browser-helpers.js';

const hiddenHeading = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.visually-hidden');

const footer = html`<polis-footer>
  <nav slot="navigation" aria-label="Services">
    <h2>Services</h2>
    <ul>
      <li><a href="/benefits">Benefits</a></li>
      <li><a href="/housing">Housing</a></li>
    </ul>
  </nav>
  <nav slot="navigation" aria-label="Departments">
    <h2>Departments</h2>
    <ul>
      <li><a href="/education">Education</a></li>
      <li><a href="/roads">Roads</a></li>
    </ul>
  </nav>
  <ul slot="meta">
    <li><a href="/help">Help</a></li>
    <li><a href="/cookies">Cookies</a></li>
    <li><a href="/accessibility">Accessibility statement</a></li>
    <li><a href="/privacy">Privacy notice</a></li>
  </ul>
  <p slot="licence">All content is available under the <a href="/licence">Open Licence</a>.</p>
  <p slot="copyright">© City of Example</p>
</polis-footer>`;

describe('polis-footer', () => {
  beforeEach(async () => {
    await page.viewport(1024, 768);
  });

  it('is the one contentinfo landmark in Chromium’s accessibility tree; the element has no role', async () => {
    const el = await fixture<PolisFooter>(footer);
    const base = part(el, 'base')!;
    expect(base.localName).toBe('footer');
    expect(el.hasAttribute('role')).toBe(false);
    const nodes = await axNodes();
    expect(nodes.filter((node) => node.role?.value === 'contentinfo')).toHaveLength(1);
  });

  it('introduces the support links with a visually hidden "Support links" heading, read once', async () => {
    const el = await fixture<PolisFooter>(footer);
    const heading = hiddenHeading(el)!;
    expect(heading.localName).toBe('h2');
    expect(heading.textContent).toBe('Support links');
    expect(getComputedStyle(heading).clipPath).toContain('inset(50%');
    expect(heading.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    // Right before the list it names.
    expect(heading.nextElementSibling?.localName).toBe('slot');
    expect((heading.nextElementSibling as HTMLSlotElement).name).toBe('meta');
    const headings = (await axNodes()).filter((node) => node.role?.value === 'heading');
    expect(headings.map((node) => node.name?.value).sort()).toEqual([
      'Departments',
      'Services',
      'Support links',
    ]);
  });

  it('takes a heading level, and falls back to 2 with one warning', async () => {
    const h3 = await fixture<PolisFooter>(
      html`<polis-footer heading-level="3"
        ><ul slot="meta">
          <li><a href="/help">Help</a></li>
        </ul></polis-footer
      >`,
    );
    expect(hiddenHeading(h3)!.localName).toBe('h3');
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const bad = await fixture<PolisFooter>(
      html`<polis-footer heading-level="seven"
        ><ul slot="meta">
          <li><a href="/help">Help</a></li>
        </ul></polis-footer
      >`,
    );
    bad.requestUpdate();
    await bad.updateComplete;
    expect(hiddenHeading(bad)!.localName).toBe('h2');
    expect(warn.mock.calls.filter((call) => String(call[0]).includes('heading-level="seven"'))).toHaveLength(
      1,
    );
    warn.mockRestore();
  });

  it('translates the heading into the page’s language', async () => {
    await loadLocale('cy');
    const el = await fixture<HTMLElement>(html`<div lang="cy">${footer}</div>`);
    expect(hiddenHeading(el.firstElementChild!)!.textContent).toBe('Dolenni cymorth');
  });

  it('shows the support links as an inline list on one line when it fits', async () => {
    const el = await fixture<PolisFooter>(footer);
    const items = [...el.querySelectorAll('[slot="meta"] li')].map((li) => li.getBoundingClientRect());
    expect(new Set(items.map((box) => Math.round(box.top))).size).toBe(1);
    expect(items[1]!.left).toBeGreaterThan(items[0]!.right);
    expect(getComputedStyle(el.querySelector('[slot="meta"]')!).listStyleType).toBe('none');
  });

  it('puts the navigation columns side by side on a wide screen, and stacks everything at 320 px', async () => {
    const el = await fixture<PolisFooter>(footer);
    const [first, second] = [...el.querySelectorAll('nav')].map((nav) => nav.getBoundingClientRect());
    expect(Math.round(second!.top)).toBe(Math.round(first!.top));

    await page.viewport(320, 640);
    await settle(el);
    const [narrowFirst, narrowSecond] = [...el.querySelectorAll('nav')].map((nav) =>
      nav.getBoundingClientRect(),
    );
    expect(narrowSecond!.top).toBeGreaterThanOrEqual(narrowFirst!.bottom);
    const licence = el.querySelector('[slot="licence"]')!.getBoundingClientRect();
    const copyright = el.querySelector('[slot="copyright"]')!.getBoundingClientRect();
    expect(copyright.top).toBeGreaterThanOrEqual(licence.bottom);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
    // The support links wrap onto several lines rather than running off the screen.
    const items = [...el.querySelectorAll('[slot="meta"] li')].map((li) => li.getBoundingClientRect());
    expect(new Set(items.map((box) => Math.round(box.top))).size).toBeGreaterThan(1);
    for (const box of items) expect(box.right).toBeLessThanOrEqual(320);
  });

  it('draws no empty boxes and no heading for slots the page leaves empty, and follows content added later', async () => {
    const el = await fixture<PolisFooter>(
      html`<polis-footer><p slot="copyright">© City of Example</p></polis-footer>`,
    );
    expect(hiddenHeading(el)).toBeNull();
    expect(part(el, 'meta')!.hidden).toBe(true);
    expect(part(el, 'navigation')!.hidden).toBe(true);
    expect(part(el, 'licence')!.hidden).toBe(true);
    expect(part(el, 'copyright')!.hidden).toBe(false);
    const list = document.createElement('ul');
    list.slot = 'meta';
    list.innerHTML = '<li><a href="/help">Help</a></li>';
    el.append(list);
    await settle(el);
    expect(part(el, 'meta')!.hidden).toBe(false);
    expect(hiddenHeading(el)!.textContent).toBe('Support links');
    list.remove();
    await settle(el);
    expect(hiddenHeading(el)).toBeNull();
  });

  it('keeps content given without a slot', async () => {
    const el = await fixture<PolisFooter>(
      html`<polis-footer><p>Built by the digital team</p></polis-footer>`,
    );
    expect(el.querySelector('p')!.checkVisibility()).toBe(true);
    expect(el.querySelector('p')!.getBoundingClientRect().height).toBeGreaterThan(0);
  });

  it('is mirrored in a right-to-left page: support links run from the right', async () => {
    await page.viewport(1024, 768);
    const el = await fixture<HTMLElement>(html`<div dir="rtl">${footer}</div>`);
    const items = [...el.querySelectorAll('[slot="meta"] li')].map((li) => li.getBoundingClientRect());
    expect(items[1]!.right).toBeLessThan(items[0]!.left);
    const base = part(el.firstElementChild!, 'base')!.getBoundingClientRect();
    expect(base.right - items[0]!.right).toBeLessThan(48);
  });

  it('reflows at 320 px, in English and Arabic, and with 200% text', async () => {
    await loadLocale('ar');
    expect(await reflowProblems(footer)).toEqual([]);
  });

  it('keeps its top edge in forced colours', async () => {
    const el = await fixture<PolisFooter>(footer);
    await forcedColors(true);
    try {
      const style = getComputedStyle(part(el, 'base')!);
      expect(style.borderTopStyle).toBe('solid');
      expect(parseFloat(style.borderTopWidth)).toBeGreaterThanOrEqual(1);
    } finally {
      await forcedColors(false);
    }
  });

  it('spaces the page’s links in columns so each is an easy target', async () => {
    const el = await fixture<PolisFooter>(footer);
    const [first, second] = [...el.querySelectorAll('nav li a')].map((a) => a.getBoundingClientRect());
    // Centres at least 24 px apart (WCAG 2.5.8 spacing).
    expect(second!.top + second!.height / 2 - (first!.top + first!.height / 2)).toBeGreaterThanOrEqual(24);
  });
});
