/// <reference types="@vitest/browser-playwright" />
// The playwright provider types cdp(), used here to emulate forced colours.
import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import './define.js';
import type { PolisInsetText } from './inset-text.js';
import { fixture, part, settle } from '../../test/fixture.js';

afterEach(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

describe('polis-inset-text', () => {
  it('shows its content as part of the page, with no role and nothing added', async () => {
    const el = await fixture<PolisInsetText>(
      html`<polis-inset-text
        ><p>It can take up to 8 weeks to register a lasting power of attorney.</p></polis-inset-text
      >`,
    );
    expect(el.getAttribute('role')).toBeNull();
    expect(
      el.shadowRoot!.querySelectorAll('[role], [aria-label], [aria-live], .visually-hidden'),
    ).toHaveLength(0);
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0]?.textContent).toBe(
      'It can take up to 8 weeks to register a lasting power of attorney.',
    );
    // The paragraph's own margins do not add to the box's padding.
    expect(getComputedStyle(el.querySelector('p')!).marginBlockStart).toBe('0px');
  });

  it('draws the border on the inline-start side: left in LTR, right in RTL', async () => {
    const el = await fixture<HTMLElement>(
      html`<div><polis-inset-text>Text set apart.</polis-inset-text></div>`,
    );
    const base = () => getComputedStyle(part(el.querySelector('polis-inset-text')!, 'base')!);
    expect(base().borderLeftWidth).toBe('5px');
    expect(base().borderRightWidth).toBe('0px');
    el.dir = 'rtl';
    await settle(el);
    expect(base().borderRightWidth).toBe('5px');
    expect(base().borderLeftWidth).toBe('0px');
    expect(base().borderRightStyle).toBe('solid');
  });

  it('keeps its border in forced colours', async () => {
    const el = await fixture<PolisInsetText>(html`<polis-inset-text>Text set apart.</polis-inset-text>`);
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: 'active' }],
    });
    const style = getComputedStyle(part(el, 'base')!);
    expect(style.borderLeftWidth).toBe('5px');
    expect(style.borderLeftColor).toBe(style.color);
  });
});
