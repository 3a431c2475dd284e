import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import './define.js';
import type { PolisFooter } from './footer.js';

type Args = Partial<Pick<PolisFooter, 'headingLevel'>>;

const inner = (canvas: HTMLElement, selector: string) =>
  canvas.querySelector('polis-footer')!.shadowRoot!.querySelector<HTMLElement>(selector);

const supportLinks = html`<ul slot="meta">
  <li><a href="#help">Help</a></li>
  <li><a href="#cookies">Cookies</a></li>
  <li><a href="#accessibility">Accessibility statement</a></li>
  <li><a href="#privacy">Privacy notice</a></li>
  <li><a href="#contact">Contact</a></li>
</ul>`;

const meta: Meta<Args> = {
  title: 'Components/Footer',
  component: 'polis-footer',
  // Shows page structure (landmarks or the page's heading): framed in docs pages, see
  // .storybook/blocks/story-frames.ts.
  parameters: { docs: { story: { inline: false, height: 'auto' } } },
  render: (args) =>
    html`<polis-footer heading-level=${ifDefined(args.headingLevel)}>
      ${supportLinks}
      <p slot="licence">
        All content is available under the <a href="#licence">Open Government Licence</a>, except where
        otherwise stated.
      </p>
      <p slot="copyright">© City of Example</p>
    </polis-footer>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Support links, licence and copyright: what every page of a service needs. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(inner(canvasElement, '[part~="base"]')).toHaveRole('contentinfo');
    const heading = inner(canvasElement, '.visually-hidden')!;
    await expect(heading).toHaveRole('heading');
    await expect(heading).toHaveTextContent('Support links');
    await expect(canvasElement.querySelector('[slot="meta"] a')).toBeVisible();
  },
};

/** Columns of navigation above the support links; they stack on a narrow screen. */
export const WithNavigation: Story = {
  name: 'With navigation columns',
  render: () =>
    html`<polis-footer>
      <nav slot="navigation" aria-label="Services">
        <h2>Services</h2>
        <ul>
          <li><a href="#benefits">Benefits</a></li>
          <li><a href="#housing">Housing</a></li>
          <li><a href="#parking">Parking</a></li>
        </ul>
      </nav>
      <nav slot="navigation" aria-label="About the city">
        <h2>About the city</h2>
        <ul>
          <li><a href="#council">The council</a></li>
          <li><a href="#jobs">Jobs</a></li>
        </ul>
      </nav>
      ${supportLinks}
      <p slot="copyright">© City of Example</p>
    </polis-footer>`,
  play: async ({ canvasElement }) => {
    await expect(inner(canvasElement, '[part~="navigation"]')).toBeVisible();
    await expect(canvasElement.querySelectorAll('nav')).toHaveLength(2);
  },
};

/** Only a copyright: no hidden heading, no empty boxes. */
export const CopyrightOnly: Story = {
  name: 'Copyright only',
  render: () => html`<polis-footer><p slot="copyright">© City of Example</p></polis-footer>`,
  play: async ({ canvasElement }) => {
    await expect(inner(canvasElement, '.visually-hidden')).toBeNull();
  },
};

/** Inside `lang="cy"`, the hidden heading is "Dolenni cymorth". */
export const Welsh: Story = {
  name: 'In Welsh',
  parameters: { languages: ['cy'] },
  render: () =>
    html`<div lang="cy">
      <polis-footer>
        <ul slot="meta">
          <li><a href="#help">Help</a></li>
          <li><a href="#cwcis">Cwcis</a></li>
        </ul>
        <p slot="copyright">© Dinas Enghraifft</p>
      </polis-footer>
    </div>`,
  play: async ({ canvasElement }) => {
    await expect(inner(canvasElement, '.visually-hidden')).toHaveTextContent('Dolenni cymorth');
  },
};
