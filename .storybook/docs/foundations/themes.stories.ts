import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { parseColor } from '@polis-ds/tokens/contrast';
import '@polis-ds/components/text-input/define';
import '@polis-ds/components/radios/define';
import '@polis-ds/components/button/define';
import '@polis-ds/components/tag/define';
import '@polis-ds/components/summary-list/define';
import '../blocks.css';
import { themeLabel, token, type ThemeName } from './tokens.js';

const rgb = (hex: string) => `rgb(${parseColor(hex).join(', ')})`;

const meta: Meta = {
  title: 'Foundations/Themes',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/**
 * A piece of a service in one theme, set with `data-polis-theme` on the element around it, so
 * it shows that theme whatever the toolbar says. Components follow the toolbar's language.
 */
const specimen = (theme: ThemeName): Story => ({
  name: themeLabel(theme).replace(/ \(example\)$/, ''),
  render: () =>
    html`<div class="docs-specimen" data-polis-theme=${theme}>
      <p>
        You can <a href="#theme-example">read the guidance</a> before you apply.
        <span class="docs-hint">It takes about 10 minutes.</span>
      </p>
      <polis-text-input
        label="Full name"
        hint="As it is written on your passport"
        name="full-name"
        autocomplete="name"
      ></polis-text-input>
      <polis-text-input
        label="Email address"
        name="email"
        type="email"
        value="ada@"
        error-message="Enter an email address in the correct format, like name@example.com"
      ></polis-text-input>
      <polis-radios legend="Do you have a licence already?" name="licence" inline>
        <polis-radio value="yes" label="Yes" checked></polis-radio>
        <polis-radio value="no" label="No"></polis-radio>
      </polis-radios>
      <polis-summary-list>
        <dl>
          <div>
            <dt>Status</dt>
            <dd><polis-tag color="blue">In progress</polis-tag></dd>
          </div>
        </dl>
      </polis-summary-list>
      <p class="docs-button-row">
        <polis-button>Continue</polis-button>
        <polis-button variant="secondary">Save as draft</polis-button>
        <polis-button variant="warning">Delete application</polis-button>
      </p>
    </div>`,
  play: async ({ canvasElement }) => {
    // The box takes this theme's page colours from tokens.css, as a page would.
    const box = canvasElement.querySelector<HTMLElement>('.docs-specimen')!;
    await expect(getComputedStyle(box).backgroundColor).toBe(rgb(token('color.background').values[theme]));
    await expect(getComputedStyle(box).color).toBe(rgb(token('color.text').values[theme]));
    const link = canvasElement.querySelector('a')!;
    await expect(getComputedStyle(link).color).toBe(rgb(token('color.link').values[theme]));
  },
});

export const Light = specimen('light');
export const Dark = specimen('dark');
export const HighContrast = specimen('high-contrast');
export const Brand = specimen('brand');
