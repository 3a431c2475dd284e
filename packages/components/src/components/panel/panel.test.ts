/// <reference types="@vitest/browser-playwright" />
import '@polis-ds/tokens/tokens.css';
import { themes } from '@polis-ds/tokens';
import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import './define.js';
import type { PolisPanel } from './panel.js';
import { resetWarnings } from '../../base/dev.js';
import { fixture, part } from '../../test/fixture.js';

const headingsIn = (el: Element) => el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6');

/** WCAG relative luminance contrast between two computed `rgb()` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

afterEach(async () => {
  await page.viewport(414, 896);
});

describe('polis-panel', () => {
  it('shows an <h1> heading, the reference number under its label, and has no role of its own', async () => {
    const el = await fixture<PolisPanel>(
      html`<polis-panel heading="Application complete" reference="HDJ2123F"></polis-panel>`,
    );
    const heading = part(el, 'heading')!;
    expect(heading.localName).toBe('h1');
    await expect.element(heading).toHaveRole('heading');
    await expect.element(heading).toHaveAccessibleName('Application complete');
    expect(part(el, 'reference-label')!.textContent?.trim()).toBe('Your reference number');
    const reference = part(el, 'reference')!;
    expect(reference.textContent).toBe('HDJ2123F');
    expect(reference.getAttribute('translate')).toBe('no');
    // Label and number are read together, in that order, in one paragraph.
    expect(reference.parentElement).toBe(part(el, 'reference-label')!.parentElement);
    expect(reference.parentElement!.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Your reference number HDJ2123F',
    );
    expect(part(el, 'base')!.hasAttribute('role')).toBe(false);
    expect(el.getAttribute('role')).toBeNull();
  });

  it('never takes focus: nothing in it is focusable and it is not a live region', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button type="button">Before</button>
        <polis-panel heading="Application complete" reference="HDJ2123F"
          ><p>We have sent you an email.</p></polis-panel
        >
        <button type="button">After</button>
      </div>`,
    );
    const [before, after] = [...wrapper.querySelectorAll('button')];
    expect(document.activeElement).not.toBe(wrapper.querySelector('polis-panel'));
    before!.focus();
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(after);
    const panel = wrapper.querySelector('polis-panel')!;
    expect(panel.shadowRoot!.querySelector('[tabindex], [aria-live], [role]')).toBeNull();
  });

  it('shows the number exactly as given, with nothing that changes what is read or copied', async () => {
    const el = await fixture<PolisPanel>(
      html`<polis-panel heading="Application complete" reference="  hdj-2123-f0Ol1  "></polis-panel>`,
    );
    const reference = part(el, 'reference')!;
    expect(reference.textContent).toBe('hdj-2123-f0Ol1');
    const style = getComputedStyle(reference);
    expect(style.textTransform).toBe('none');
    expect(style.fontVariantCaps).toBe('normal');
    expect(style.letterSpacing).toBe('normal');
    expect(style.userSelect).toBe('all');
    // One word: no spaces or soft hyphens are inserted to break it.
    expect(reference.textContent).not.toMatch(/[\s\u00ad\u200b]/);
    await expect.element(part(el, 'base')!).toHaveTextContent('hdj-2123-f0Ol1');
  });

  it('renders hostile text as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const el = await fixture<PolisPanel>(
      html`<polis-panel heading=${hostile} reference=${hostile}></polis-panel>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(el.shadowRoot!.querySelector('img, script')).toBeNull();
    expect(part(el, 'reference')!.textContent).toBe(hostile);
    expect(part(el, 'heading')!.textContent).toBe(hostile);
  });

  it('shows no reference block without a reference', async () => {
    const el = await fixture<PolisPanel>(html`<polis-panel heading="Application complete"></polis-panel>`);
    expect(part(el, 'reference')).toBeNull();
    expect(part(el, 'reference-label')).toBeNull();
    expect(part(el, 'body')!.hidden).toBe(true);
  });

  it('takes heading-level, and falls back to 1 with one warning', async () => {
    const h2 = await fixture<PolisPanel>(html`<polis-panel heading="Done" heading-level="2"></polis-panel>`);
    expect(part(h2, 'heading')!.localName).toBe('h2');

    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const bad = await fixture<PolisPanel>(html`<polis-panel heading="Done" heading-level="7"></polis-panel>`);
    bad.requestUpdate();
    await bad.updateComplete;
    expect(part(bad, 'heading')!.localName).toBe('h1');
    expect(warn.mock.calls.filter((call) => String(call[0]).includes('heading-level="7"'))).toHaveLength(1);
    warn.mockRestore();
  });

  it('warns once when it has no heading, and draws no empty heading', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await fixture<PolisPanel>(html`<polis-panel reference="HDJ2123F"></polis-panel>`);
    expect(warn.mock.calls.filter((call) => String(call[0]).includes('no heading'))).toHaveLength(1);
    warn.mockRestore();
    expect(headingsIn(el)).toHaveLength(0);
    el.heading = 'Application complete';
    await el.updateComplete;
    expect(part(el, 'heading')?.textContent).toBe('Application complete');
  });

  it('uses a slotted heading element as it is, and wraps other slotted content in its own heading', async () => {
    const own = await fixture<PolisPanel>(
      html`<polis-panel reference="HDJ2123F"
        ><h1 slot="heading">Application <em>complete</em></h1></polis-panel
      >`,
    );
    expect(headingsIn(own)).toHaveLength(0);
    expect(part(own, 'heading')).toBeNull();
    const h1 = own.querySelector('h1')!;
    await expect.element(h1).toBeVisible();
    await expect.element(h1).toHaveAccessibleName('Application complete');

    const wrapped = await fixture<PolisPanel>(
      html`<polis-panel
        ><span slot="heading">Payment <em>received</em></span></polis-panel
      >`,
    );
    const heading = part(wrapped, 'heading')!;
    expect(heading.localName).toBe('h1');
    await expect.element(heading).toHaveAccessibleName('Payment received');
  });

  it('shows body text from the default slot after the reference', async () => {
    const el = await fixture<PolisPanel>(
      html`<polis-panel heading="Application complete" reference="HDJ2123F"
        ><p>We have sent you a confirmation email.</p></polis-panel
      >`,
    );
    const body = part(el, 'body')!;
    expect(body.hidden).toBe(false);
    await expect.element(el.querySelector('p')!).toBeVisible();
    const reference = part(el, 'reference')!;
    expect(reference.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('translates the label (French)', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="fr"><polis-panel heading="Demande envoyée" reference="HDJ2123F"></polis-panel></div>`,
    );
    const el = wrapper.querySelector('polis-panel')!;
    expect(part(el, 'reference-label')!.textContent?.trim()).toBe('Votre numéro de référence');
  });

  it('meets text contrast in every theme', async () => {
    const backgrounds = new Set<string>();
    for (const theme of Object.keys(themes)) {
      const wrapper = await fixture<HTMLElement>(
        html`<div data-polis-theme=${theme}>
          <polis-panel heading="Application complete" reference="HDJ2123F"></polis-panel>
        </div>`,
      );
      const el = wrapper.querySelector('polis-panel')!;
      const background = getComputedStyle(part(el, 'base')!).backgroundColor;
      backgrounds.add(background);
      for (const name of ['heading', 'reference-label', 'reference']) {
        const ratio = contrast(getComputedStyle(part(el, name)!).color, background);
        expect(ratio, `${theme}: ${name}`).toBeGreaterThanOrEqual(theme === 'high-contrast' ? 7 : 4.5);
      }
      wrapper.remove();
    }
    // The themes really applied: the panel is not the same green in all of them.
    expect(backgrounds.size).toBeGreaterThan(1);
  });

  it('keeps a visible border in forced colours', async () => {
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: 'active' }],
    });
    try {
      const el = await fixture<PolisPanel>(html`<polis-panel heading="Application complete"></polis-panel>`);
      const style = getComputedStyle(part(el, 'base')!);
      expect(parseFloat(style.borderTopWidth)).toBeGreaterThanOrEqual(1);
      expect(style.borderTopStyle).toBe('solid');
      expect(style.borderTopColor).not.toMatch(/rgba\(.*, 0\)$|transparent/);
      expect(style.borderTopColor).not.toBe(style.backgroundColor);
    } finally {
      await cdp().send('Emulation.setEmulatedMedia', { features: [] });
    }
  });

  it('fits 320 px with a long reference number, without scrolling sideways', async () => {
    await page.viewport(320, 640);
    const el = await fixture<PolisPanel>(
      html`<polis-panel
        heading="Your application for a premises licence is complete"
        reference="HDJ2123FKLM99887766554433221100ABCDEFG"
      ></polis-panel>`,
    );
    const reference = part(el, 'reference')!;
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
    expect(reference.getBoundingClientRect().right).toBeLessThanOrEqual(
      part(el, 'base')!.getBoundingClientRect().right,
    );
    // Still one word, whatever the line breaks.
    expect(reference.textContent).toBe('HDJ2123FKLM99887766554433221100ABCDEFG');
  });

  it('fits 320 px at 200% text size', async () => {
    await page.viewport(640, 640);
    document.documentElement.style.fontSize = '200%';
    try {
      await fixture<PolisPanel>(
        html`<polis-panel heading="Application complete" reference="HDJ2123FKLM998877"
          ><p>We have sent you a confirmation email.</p></polis-panel
        >`,
      );
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
    } finally {
      document.documentElement.style.removeProperty('font-size');
    }
  });

  it('starts its text at the right in rtl, and keeps a Latin reference left to right', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl" lang="ar" style="inline-size: 480px">
        <polis-panel heading="تم إرسال طلبك" reference="HDJ-2123-F"></polis-panel>
      </div>`,
    );
    const el = wrapper.querySelector('polis-panel')!;
    const base = part(el, 'base')!.getBoundingClientRect();
    const heading = part(el, 'heading')!;
    const range = document.createRange();
    range.selectNodeContents(heading);
    const text = range.getBoundingClientRect();
    expect(base.right - text.right).toBeLessThan(48);
    expect(getComputedStyle(heading).direction).toBe('rtl');
    // The reference reads left to right, "H" before "F", and is aligned with its label at the right.
    const reference = part(el, 'reference')!;
    const node = [...reference.childNodes].find((child) => child.nodeType === Node.TEXT_NODE)!;
    const charBox = (offset: number) => {
      const char = document.createRange();
      char.setStart(node, offset);
      char.setEnd(node, offset + 1);
      return char.getBoundingClientRect();
    };
    expect(charBox(0).left).toBeLessThan(charBox(reference.textContent!.length - 1).left);
    expect(charBox(0).left).toBeLessThan(charBox(4).left);
    const label = part(el, 'reference-label')!;
    const labelRange = document.createRange();
    labelRange.selectNodeContents(label);
    expect(
      Math.abs(labelRange.getBoundingClientRect().right - charBox(reference.textContent!.length - 1).right),
    ).toBeLessThan(2);
  });
});
