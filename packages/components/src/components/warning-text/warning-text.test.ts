/// <reference types="@vitest/browser-playwright" />
// The playwright provider types cdp(), used here to emulate forced colours.
import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import './define.js';
import type { PolisWarningText } from './warning-text.js';
import { fixture, part, settle } from '../../test/fixture.js';

/** The text of a node as the flat tree renders it: slots replaced by what is assigned to them. */
const flat = (node: Node): string =>
  node instanceof HTMLSlotElement
    ? node.assignedNodes({ flatten: true }).map(flat).join('')
    : node.nodeType === Node.TEXT_NODE
      ? (node.textContent ?? '')
      : [...node.childNodes].map(flat).join('');
/** What a screen reader reads: the bold text, with its visually hidden prefix. */
const spoken = (el: Element) => flat(part(el, 'text')!).replace(/\s+/g, ' ').trim();
const rgb = (value: string) => value.match(/\d+/g)!.slice(0, 3).map(Number);
const luminance = ([r, g, b]: number[]) => {
  const c = [r!, g!, b!]
    .map((v) => v / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
};
const ratio = (a: number[], b: number[]) => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
};

afterEach(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

describe('polis-warning-text', () => {
  it('says "Warning" to screen readers before the text, and hides the icon from them', async () => {
    const el = await fixture<PolisWarningText>(
      html`<polis-warning-text
        >You may have to pay a penalty if you do not renew your permit in time.</polis-warning-text
      >`,
    );
    expect(spoken(el)).toBe('Warning You may have to pay a penalty if you do not renew your permit in time.');
    const hidden = el.shadowRoot!.querySelector('.visually-hidden')!;
    expect(getComputedStyle(hidden).position).toBe('absolute');
    expect(hidden.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    const icon = part(el, 'icon')!;
    expect(icon.localName).toBe('svg');
    expect(icon.getAttribute('aria-hidden')).toBe('true');
    expect(part(el, 'text')!.localName).toBe('strong');
    expect(el.shadowRoot!.querySelector('[role]')).toBeNull();
  });

  it('draws the icon in the text colour, at 3:1 or more against the page', async () => {
    const el = await fixture<HTMLElement>(
      html`<div data-polis-theme="light">
        <polis-warning-text>Do not send original documents.</polis-warning-text>
      </div>`,
    );
    const icon = part(el.querySelector('polis-warning-text')!, 'icon')!;
    const { width, height } = icon.getBoundingClientRect();
    expect(width).toBeGreaterThanOrEqual(24);
    expect(height).toBe(width);
    const fill = rgb(getComputedStyle(icon).fill);
    expect(ratio(fill, [255, 255, 255])).toBeGreaterThanOrEqual(3);
  });

  it('keeps the icon visible in forced colours', async () => {
    const el = await fixture<PolisWarningText>(
      html`<polis-warning-text>Keep your receipt.</polis-warning-text>`,
    );
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: 'active' }],
    });
    const icon = part(el, 'icon')!;
    const style = getComputedStyle(icon);
    expect(style.display).not.toBe('none');
    // The system text colour, as the text itself is drawn.
    expect(style.fill).toBe(getComputedStyle(part(el, 'text')!).color);
  });

  it('speaks French inside lang="fr", and follows a change of language', async () => {
    const el = await fixture<HTMLElement>(
      html`<div lang="fr"><polis-warning-text>Vous pouvez recevoir une amende.</polis-warning-text></div>`,
    );
    const warning = el.querySelector('polis-warning-text')!;
    expect(spoken(warning)).toBe('Attention Vous pouvez recevoir une amende.');
    el.lang = 'en';
    await settle(el);
    expect(spoken(warning)).toBe('Warning Vous pouvez recevoir une amende.');
  });

  it('takes its prefix from the messages attribute', async () => {
    const el = await fixture<PolisWarningText>(
      html`<polis-warning-text messages='{"warning":"Important"}'>Bring photo ID.</polis-warning-text>`,
    );
    expect(spoken(el)).toBe('Important Bring photo ID.');
  });
});
