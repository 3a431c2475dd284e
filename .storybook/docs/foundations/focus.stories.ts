import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect, waitFor } from 'storybook/test';
import { parseColor } from '@polis-ds/tokens/contrast';
import '@polis-ds/components/text-input/define';
import '@polis-ds/components/button/define';
import '../blocks.css';
import { PAIRS, THEME_NAMES, themeLabel, token, type ThemeName } from './tokens.js';

const rgb = (hex: string) => `rgb(${parseColor(hex).join(', ')})`;
const FOCUS_TOKENS = [
  'focus.width',
  'focus-ring.color',
  'focus-outline.color',
  'color.focus',
  'color.focus-text',
].map(token);
const FOCUS_PAIRS = PAIRS.filter(
  (pair) => pair.foreground.includes('color.focus') || pair.foreground.includes('color.focus-text'),
);

const meta: Meta = {
  title: 'Foundations/Focus',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/** The focus tokens in every theme, and the contrast of the focus indicator they draw. */
export const FocusTokens: Story = {
  name: 'Focus tokens',
  render: () =>
    html`<div class="docs-block" lang="en" dir="ltr">
      <div class="docs-scroll" role="region" aria-labelledby="focus-tokens-caption" tabindex="0">
        <table class="docs-table">
          <caption id="focus-tokens-caption">
            Focus tokens in each theme
          </caption>
          <thead>
            <tr>
              <th scope="col">Token and use</th>
              ${THEME_NAMES.map((theme) => html`<th scope="col">${themeLabel(theme)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${FOCUS_TOKENS.map(
              (t) =>
                html`<tr>
                  <th scope="row">
                    <code>${t.cssName}</code><br /><span class="docs-muted">${t.description}</span>
                  </th>
                  ${THEME_NAMES.map(
                    (theme) =>
                      html`<td>
                        <span class="docs-colour-cell"
                          >${
                            t.type === 'color'
                              ? html`<span
                                  class="docs-swatch"
                                  aria-hidden="true"
                                  data-polis-theme=${theme}
                                  style=${styleMap({ '--docs-swatch': `var(${t.cssName})` })}
                                ></span>`
                              : ''
                          }<code>${t.values[theme]}</code></span
                        >
                      </td>`,
                  )}
                </tr>`,
            )}
            ${FOCUS_PAIRS.map(
              (pair) =>
                html`<tr>
                  <th scope="row">
                    Contrast of the focus indicator against
                    <code>--polis-${pair.background.replaceAll('.', '-')}</code><br /><span class="docs-muted"
                      >${pair.use}</span
                    >
                  </th>
                  ${THEME_NAMES.map((theme) => {
                    const m = pair.measures[theme];
                    return html`<td>
                      <strong>${m.ratioText}</strong>
                      <span class="docs-result"
                        >${m.passes ? 'Passes' : 'Fails'}: at least ${m.minimum}:1, with
                        <code>--polis-${m.foreground.replaceAll('.', '-')}</code></span
                      >
                    </td>`;
                  })}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </div>`,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('tbody tr')).toHaveLength(
      FOCUS_TOKENS.length + FOCUS_PAIRS.length,
    );
    await expect(canvasElement.textContent).not.toMatch(/Fails/);
  },
};

/**
 * A field, a button and a link in one theme, whatever the toolbar says. The field is focused,
 * to show its focus ring; press Tab to move the focus and see the others.
 */
const inTheme = (theme: ThemeName): Story => ({
  name: `${themeLabel(theme)} theme`,
  render: () =>
    html`<div class="docs-specimen" data-polis-theme=${theme}>
      <polis-text-input label="Full name" name="full-name" autocomplete="name"></polis-text-input>
      <p class="docs-button-row">
        <polis-button>Continue</polis-button>
        <polis-button variant="secondary">Save and come back later</polis-button>
      </p>
      <p><a href="#focus-example">A link in the text</a></p>
    </div>`,
  play: async ({ canvasElement }) => {
    const field = canvasElement.querySelector('polis-text-input')!;
    await customElements.whenDefined('polis-text-input');
    await (field as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    field.focus();
    const input = field.shadowRoot!.querySelector('input')!;
    await waitFor(() => expect(field.shadowRoot!.activeElement).toBe(input));
    // The ring is drawn with this theme's tokens: its colour and its width.
    const style = getComputedStyle(input);
    await expect(style.outlineColor).toBe(rgb(token('focus-ring.color').values[theme]));
    await expect(style.outlineWidth).toBe(token('focus.width').values[theme]);
  },
});

export const Light = inTheme('light');
export const Dark = inTheme('dark');
export const HighContrast = inTheme('high-contrast');
export const Brand = inTheme('brand');
