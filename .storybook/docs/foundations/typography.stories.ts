import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect } from 'storybook/test';
import '../blocks.css';
import { byPrefix, pxOf } from './tokens.js';

const sizes = byPrefix('font.size.');
const families = byPrefix('font.family');
const weights = byPrefix('font.weight.');
const lineHeights = byPrefix('line-height.');

const meta: Meta = {
  title: 'Foundations/Typography',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/** The type scale: each size in rem, so it follows the person's browser setting and text size. */
export const TypeScale: Story = {
  name: 'Type scale',
  render: () =>
    html`<div class="docs-block" lang="en" dir="ltr">
      <div class="docs-scroll" role="region" aria-labelledby="type-scale-caption" tabindex="0">
        <table class="docs-table">
          <caption id="type-scale-caption">
            The type scale, largest first
          </caption>
          <thead>
            <tr>
              <th scope="col">Token</th>
              <th scope="col">Size</th>
              <th scope="col">Sample</th>
            </tr>
          </thead>
          <tbody>
            ${[...sizes].reverse().map(
              (t) =>
                html`<tr>
                  <th scope="row">
                    <code>${t.cssName}</code>${
                      t.description ? html`<br /><span class="docs-muted">${t.description}</span>` : ''
                    }
                  </th>
                  <td class="docs-nowrap">
                    <code>${t.values.light}</code><br /><span class="docs-muted"
                      >${pxOf(t.values.light)} px at the default browser size</span
                    >
                  </td>
                  <td>
                    <p
                      class="docs-type-sample"
                      data-token=${t.cssName}
                      style=${styleMap({ '--docs-size': `var(${t.cssName})` })}
                    >
                      Apply for a licence
                    </p>
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </div>`,
  play: async ({ canvasElement }) => {
    // Each sample is drawn at its token's size, from tokens.css (in px, at the page's root size).
    const root = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const samples = [...canvasElement.querySelectorAll<HTMLElement>('.docs-type-sample')];
    await expect(samples).toHaveLength(sizes.length);
    for (const sample of samples) {
      const info = sizes.find((t) => t.cssName === sample.dataset.token)!;
      const rem = parseFloat(info.values.light);
      await expect(parseFloat(getComputedStyle(sample).fontSize)).toBeCloseTo(rem * root, 1);
    }
  },
};

/** Fonts, weights and line heights. No web font is downloaded: text uses the system's own. */
export const FontsAndLineHeights: Story = {
  name: 'Fonts, weights and line heights',
  render: () =>
    html`<div class="docs-block" lang="en" dir="ltr">
      <div class="docs-scroll" role="region" aria-labelledby="fonts-caption" tabindex="0">
        <table class="docs-table">
          <caption id="fonts-caption">
            Fonts, weights and line heights
          </caption>
          <thead>
            <tr>
              <th scope="col">Token</th>
              <th scope="col">Value</th>
              <th scope="col">Use</th>
            </tr>
          </thead>
          <tbody>
            ${[...families, ...weights, ...lineHeights].map(
              (t) =>
                html`<tr>
                  <th scope="row"><code>${t.cssName}</code></th>
                  <td><code>${t.values.light}</code></td>
                  <td>${t.description ?? t.groupDescription ?? ''}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </div>`,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('tbody tr')).toHaveLength(
      families.length + weights.length + lineHeights.length,
    );
  },
};
