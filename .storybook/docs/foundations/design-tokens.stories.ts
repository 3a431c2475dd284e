import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../blocks.css';
import { TOKENS } from './tokens.js';

const hooks = TOKENS.filter((t) => t.tier === 'component');
const cssName = (path: string) => `--polis-${path.replaceAll('.', '-')}`;

const meta: Meta = {
  title: 'Foundations/Design tokens',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/** The component hooks: override one to restyle one component and leave the rest alone. */
export const ComponentHooks: Story = {
  name: 'Component hooks',
  render: () =>
    html`<div class="docs-block" lang="en" dir="ltr">
      <div class="docs-scroll" role="region" aria-labelledby="hooks-caption" tabindex="0">
        <table class="docs-table">
          <caption id="hooks-caption">
            Component hooks and the semantic tokens they use
          </caption>
          <thead>
            <tr>
              <th scope="col">Hook</th>
              <th scope="col">Uses</th>
              <th scope="col">Light value</th>
            </tr>
          </thead>
          <tbody>
            ${hooks.map(
              (t) =>
                html`<tr>
                  <th scope="row">
                    <code>${t.cssName}</code>${
                      t.description ? html`<br /><span class="docs-muted">${t.description}</span>` : ''
                    }
                  </th>
                  <td>${t.references.light ? html`<code>${cssName(t.references.light)}</code>` : ''}</td>
                  <td><code>${t.values.light}</code></td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </div>`,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('tbody tr')).toHaveLength(hooks.length);
    // Every hook refers to a semantic token, never to a raw value.
    for (const t of hooks) await expect(t.references.light, t.cssName).toBeTruthy();
  },
};
