/// <reference types="@vitest/browser-playwright" />
// The playwright provider types cdp(), used here to emulate forced colours.
import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp } from 'vitest/browser';
import './define.js';
import { TAG_COLORS, type PolisTag } from './tag.js';
import { fixture, part } from '../../test/fixture.js';
import { resetWarnings } from '../../base/dev.js';
import { themes } from '@polis-ds/tokens';
import { contrastRatio } from '@polis-ds/tokens/contrast';

const rgb = (value: string) => {
  const [r, g, b] = value.match(/\d+/g)!.map(Number);
  return `#${[r, g, b].map((n) => n!.toString(16).padStart(2, '0')).join('')}`;
};

afterEach(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

describe('polis-tag', () => {
  it('is read as its text, with no role of its own', async () => {
    const el = await fixture<PolisTag>(
      html`<p>Application <polis-tag color="green">Completed</polis-tag></p>`,
    );
    const tag = el.querySelector('polis-tag')!;
    expect(tag.getAttribute('role')).toBeNull();
    expect(part(tag, 'base')!.getAttribute('role')).toBeNull();
    expect(tag.textContent).toBe('Completed');
    await expect.element(el).toHaveTextContent('Application Completed');
  });

  it('gives every colour its own text and background, reaching 4.5:1 as rendered', async () => {
    const seen = new Set<string>();
    for (const color of TAG_COLORS) {
      const el = await fixture<PolisTag>(html`<polis-tag color=${color}>Status</polis-tag>`);
      const style = getComputedStyle(part(el, 'base')!);
      const [fg, bg] = [rgb(style.color), rgb(style.backgroundColor)];
      expect(contrastRatio(fg, bg), color).toBeGreaterThanOrEqual(4.5);
      seen.add(`${fg} on ${bg}`);
    }
    expect(seen.size).toBe(TAG_COLORS.length);
  });

  it('follows the dark theme through its tokens', async () => {
    const link = document.createElement('style');
    // What tokens.css declares for the dark theme, for the one hook this test reads.
    link.textContent = `[data-polis-theme="dark"] { --polis-tag-green-text: ${themes.dark.tagGreenText}; --polis-tag-green-background: ${themes.dark.tagGreenBackground}; }`;
    document.head.append(link);
    const el = await fixture<HTMLElement>(
      html`<div data-polis-theme="dark"><polis-tag color="green">Completed</polis-tag></div>`,
    );
    const style = getComputedStyle(part(el.querySelector('polis-tag')!, 'base')!);
    expect(rgb(style.color)).toBe(themes.dark.tagGreenText);
    expect(rgb(style.backgroundColor)).toBe(themes.dark.tagGreenBackground);
    link.remove();
  });

  it('falls back to grey with one warning for a colour it does not know', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await fixture<HTMLElement>(
      html`<div><polis-tag color="gold">New</polis-tag><polis-tag color="gold">New</polis-tag></div>`,
    );
    for (const tag of el.querySelectorAll('polis-tag')) {
      expect(part(tag, 'base')!.classList.contains('tag--grey')).toBe(true);
    }
    const messages = warn.mock.calls.map((c) => String(c[0])).filter((m) => m.includes('color="gold"'));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('"grey"');
    warn.mockRestore();
  });

  it('keeps a visible border in forced colours', async () => {
    const el = await fixture<PolisTag>(html`<polis-tag color="red">Rejected</polis-tag>`);
    const base = part(el, 'base')!;
    expect(getComputedStyle(base).borderTopColor).toBe('rgba(0, 0, 0, 0)');
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: 'active' }],
    });
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
    const style = getComputedStyle(base);
    expect(style.borderTopStyle).toBe('solid');
    expect(style.borderTopColor).not.toBe('rgba(0, 0, 0, 0)');
    expect(style.borderTopColor).toBe(style.color);
  });

  it('lets one tag be restyled through its custom properties', async () => {
    const el = await fixture<HTMLElement>(html`<polis-tag color="blue">Draft</polis-tag>`);
    el.style.setProperty('--polis-tag-text', 'rgb(1, 2, 3)');
    expect(getComputedStyle(part(el, 'base')!).color).toBe('rgb(1, 2, 3)');
  });
});
