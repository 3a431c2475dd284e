/// <reference types="@vitest/browser-playwright" />
// The themes and text sizes of @polis-ds/tokens/tokens.css, as a page gets them: no attribute
// follows the system (light, or dark when it asks), data-polis-theme forces a theme on the root
// or on any element, and data-polis-text-size on the root scales every rem.
import '@polis-ds/tokens/tokens.css';
import { themes } from '@polis-ds/tokens';
import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import '../components/text-input/define.js';
import { fixture, part } from '../test/fixture.js';

const root = document.documentElement;
type Theme = keyof typeof themes;
const names = Object.keys(themes) as Theme[];

async function systemScheme(value: 'light' | 'dark' | ''): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', {
    features: value ? [{ name: 'prefers-color-scheme', value }] : [],
  });
}

const token = (element: Element, name: string): string =>
  getComputedStyle(element).getPropertyValue(`--polis-${name}`).trim();

/** The theme an element is in, told by its page and text colours. */
function themeOf(element: Element): Theme | undefined {
  return names.find(
    (name) =>
      token(element, 'color-background') === themes[name].colorBackground &&
      token(element, 'color-text') === themes[name].colorText &&
      token(element, 'color-link') === themes[name].colorLink &&
      token(element, 'color-action') === themes[name].colorAction,
  );
}

afterEach(async () => {
  delete root.dataset.polisTheme;
  delete root.dataset.polisTextSize;
  await systemScheme('');
});

describe('themes', () => {
  it('include high-contrast and brand, each telling itself apart', () => {
    expect(names).toEqual(expect.arrayContaining(['light', 'dark', 'high-contrast', 'brand']));
    for (const name of names) {
      root.dataset.polisTheme = name;
      expect(themeOf(root)).toBe(name);
    }
  });

  it('follow the system when the page sets none', async () => {
    await systemScheme('light');
    expect(themeOf(root)).toBe('light');
    expect(getComputedStyle(root).colorScheme).toBe('normal');
    await systemScheme('dark');
    expect(themeOf(root)).toBe('dark');
    expect(getComputedStyle(root).colorScheme).toBe('dark');
  });

  it.each(names)('%s, set on the root, wins over the system', async (name) => {
    root.dataset.polisTheme = name;
    for (const scheme of ['light', 'dark'] as const) {
      await systemScheme(scheme);
      expect(themeOf(root), `system ${scheme}`).toBe(name);
      expect(token(root, 'focus-width')).toBe(themes[name].focusWidth);
    }
    // Native controls and scrollbars match: dark where the page is darker than the text.
    const dark = name === 'dark' || name === 'high-contrast';
    expect(getComputedStyle(root).colorScheme).toBe(dark ? 'dark' : 'light');
  });

  it('apply inside any element, component hooks included', async () => {
    await systemScheme('light');
    const box = await fixture<HTMLElement>(
      html`<div data-polis-theme="high-contrast"><polis-text-input label="Name"></polis-text-input></div>`,
    );
    expect(themeOf(root)).toBe('light');
    expect(themeOf(box)).toBe('high-contrast');
    const input = part(box.querySelector('polis-text-input')!, 'control')!;
    const style = getComputedStyle(input);
    // White on black: the border is the theme's border colour, the field the theme's page.
    expect(style.borderTopColor).toBe('rgb(255, 255, 255)');
    expect(style.backgroundColor).toBe('rgb(0, 0, 0)');
    input.focus();
    expect(getComputedStyle(input).outlineWidth).toBe(themes['high-contrast'].focusWidth);
    expect(parseFloat(themes['high-contrast'].focusWidth)).toBeGreaterThan(
      parseFloat(themes.light.focusWidth),
    );
  });
});

describe('text size', () => {
  const rootSize = () => parseFloat(getComputedStyle(root).fontSize);

  it('large and largest scale the browser size, and every rem with it', async () => {
    const standard = rootSize();
    const el = await fixture<HTMLElement>(html`<polis-text-input label="Name"></polis-text-input>`);
    const label = () => parseFloat(getComputedStyle(part(el, 'label')!).fontSize);
    const standardLabel = label();
    root.dataset.polisTextSize = 'large';
    expect(rootSize()).toBeCloseTo(standard * 1.125, 2);
    expect(label()).toBeCloseTo(standardLabel * 1.125, 1);
    root.dataset.polisTextSize = 'largest';
    expect(rootSize()).toBeCloseTo(standard * 1.25, 2);
    expect(label()).toBeCloseTo(standardLabel * 1.25, 1);
    root.dataset.polisTextSize = 'unknown';
    expect(rootSize()).toBe(standard);
  });

  it('is read on the root only', async () => {
    const box = await fixture<HTMLElement>(html`<div data-polis-text-size="largest">Text</div>`);
    expect(parseFloat(getComputedStyle(box).fontSize)).toBe(rootSize());
  });
});
