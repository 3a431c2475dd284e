import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect } from 'storybook/test';
import '../blocks.css';
import { byPrefix, pxOf, token } from './tokens.js';

const spaces = byPrefix('space.');
const borders = [...byPrefix('border.'), token('radius')];

const meta: Meta = {
  title: 'Foundations/Spacing',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/** The spacing scale for margins, padding and gaps; each bar is as long as its token. */
export const SpacingScale: Story = {
  name: 'Spacing scale',
  render: () =>
    html`<div class="docs-block" lang="en" dir="ltr">
      <div class="docs-scroll" role="region" aria-labelledby="spacing-caption" tabindex="0">
        <table class="docs-table">
          <caption id="spacing-caption">
            The spacing scale
          </caption>
          <thead>
            <tr>
              <th scope="col">Token</th>
              <th scope="col">Size</th>
              <th scope="col">Length</th>
            </tr>
          </thead>
          <tbody>
            ${spaces.map(
              (t) =>
                html`<tr>
                  <th scope="row"><code>${t.cssName}</code></th>
                  <td class="docs-nowrap">
                    <code>${t.values.light}</code><br /><span class="docs-muted"
                      >${pxOf(t.values.light)} px at the default browser size</span
                    >
                  </td>
                  <td>
                    <span
                      class="docs-space-bar"
                      aria-hidden="true"
                      data-token=${t.cssName}
                      style=${styleMap({ '--docs-space': `var(${t.cssName})` })}
                    ></span>
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="docs-scroll" role="region" aria-labelledby="borders-caption" tabindex="0">
        <table class="docs-table">
          <caption id="borders-caption">
            Borders and corners
          </caption>
          <thead>
            <tr>
              <th scope="col">Token</th>
              <th scope="col">Value</th>
              <th scope="col">Use</th>
            </tr>
          </thead>
          <tbody>
            ${borders.map(
              (t) =>
                html`<tr>
                  <th scope="row"><code>${t.cssName}</code></th>
                  <td><code>${t.values.light}</code></td>
                  <td>${t.description ?? ''}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </div>`,
  play: async ({ canvasElement }) => {
    const root = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const bars = [...canvasElement.querySelectorAll<HTMLElement>('.docs-space-bar')];
    await expect(bars).toHaveLength(spaces.length);
    for (const bar of bars) {
      const info = spaces.find((t) => t.cssName === bar.dataset.token)!;
      const expected = (parseFloat(info.values.light) || 0) * root;
      await expect(bar.getBoundingClientRect().width).toBeCloseTo(expected, 0);
    }
  },
};
