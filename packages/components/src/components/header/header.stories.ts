import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import '../service-navigation/define.js';
import '../footer/define.js';
import type { PolisHeader } from './header.js';

type Args = Partial<Pick<PolisHeader, 'serviceName' | 'serviceHref' | 'organisationHref'>>;

/** An example organisation's logo: an inline SVG in the text colour, named for screen readers. */
const logo = html`<svg
  slot="logo"
  role="img"
  aria-label="City of Example"
  viewBox="0 0 190 32"
  width="190"
  height="32"
  fill="currentColor"
>
  <path d="M16 1 3 7v3h26V7zM5 12h4v12H5zm9 0h4v12h-4zm9 0h4v12h-4zM3 26h26v5H3z"></path>
  <text x="38" y="22" font-family="sans-serif" font-size="14" font-weight="700">CITY OF EXAMPLE</text>
</svg>`;

const header = (shadow: Element) => shadow.querySelector('polis-header')!;
const inner = (canvas: HTMLElement, name: string) =>
  header(canvas).shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/**
 * Checks the Menu button's contract when the canvas is narrow (as in the test runner); on a
 * wide canvas, checks that the navigation shows without a button.
 */
async function checkMenu(canvas: HTMLElement) {
  const button = inner(canvas, 'menu-button');
  const firstLink = canvas.querySelector<HTMLAnchorElement>('[slot="navigation"] a')!;
  if (!button) {
    await expect(firstLink).toBeVisible();
    return;
  }
  await expect(button).toHaveRole('button');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(firstLink).not.toBeVisible();
  button.focus();
  await userEvent.keyboard('{Enter}');
  await waitFor(() => expect(button).toHaveAttribute('aria-expanded', 'true'));
  await expect(firstLink).toBeVisible();
  await userEvent.keyboard('{Tab}');
  await expect(document.activeElement).toBe(firstLink);
  await userEvent.keyboard('{Escape}');
  await waitFor(() => expect(button).toHaveAttribute('aria-expanded', 'false'));
  await expect(header(canvas).shadowRoot!.activeElement).toBe(button);
}

const meta: Meta<Args> = {
  title: 'Components/Header',
  component: 'polis-header',
  // Shows page structure (landmarks or the page's heading): framed in docs pages, see
  // .storybook/blocks/story-frames.ts.
  parameters: { docs: { story: { inline: false, height: 'auto' } } },
  args: {
    serviceName: 'Apply for a fishing licence',
    serviceHref: '#fishing',
    organisationHref: '#home',
  },
  render: (args) =>
    html`<polis-header
      service-name=${ifDefined(args.serviceName)}
      service-href=${ifDefined(args.serviceHref)}
      organisation-href=${ifDefined(args.organisationHref)}
    >
      ${logo}
      <polis-service-navigation slot="navigation">
        <ul>
          <li><a href="#fishing">Home</a></li>
          <li><a href="#apply" aria-current="page">Apply</a></li>
          <li><a href="#renew">Renew a licence</a></li>
          <li><a href="#report">Report a catch</a></li>
        </ul>
      </polis-service-navigation>
      <a slot="account" href="#sign-out">Sign out</a>
    </polis-header>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * The organisation's logo, the service's name, the service navigation and a sign-out link.
 * Narrow the window: the navigation moves behind a "Menu" button.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(inner(canvasElement, 'base')).toHaveRole('banner');
    await expect(inner(canvasElement, 'logo-link')).toHaveAccessibleName('City of Example');
    await expect(inner(canvasElement, 'service-name')).toHaveAccessibleName('Apply for a fishing licence');
    await checkMenu(canvasElement);
  },
};

/** Your own links, without a service navigation: the header puts them in a landmark named "Service". */
export const WithLinks: Story = {
  name: 'With plain links',
  render: (args) =>
    html`<polis-header
      service-name=${ifDefined(args.serviceName)}
      service-href=${ifDefined(args.serviceHref)}
    >
      <ul slot="navigation">
        <li><a href="#fishing">Home</a></li>
        <li><a href="#apply">Apply</a></li>
      </ul>
      <p slot="account">Signed in as Ada Lovelace. <a href="#sign-out">Sign out</a></p>
    </polis-header>`,
  play: async ({ canvasElement }) => {
    const navigation = inner(canvasElement, 'navigation')!;
    await expect(navigation).toHaveRole('navigation');
    await expect(navigation).toHaveAccessibleName('Service');
    await checkMenu(canvasElement);
  },
};

/** The smallest header: the organisation's logo and the service's name, no navigation, no Menu button. */
export const Minimal: Story = {
  render: (args) =>
    html`<polis-header
      service-name=${ifDefined(args.serviceName)}
      service-href=${ifDefined(args.serviceHref)}
      organisation-href=${ifDefined(args.organisationHref)}
      >${logo}</polis-header
    >`,
  play: async ({ canvasElement }) => {
    await expect(inner(canvasElement, 'menu-button')).toBeNull();
    await expect(inner(canvasElement, 'logo-link')).toHaveAttribute('href', '#home');
  },
};

/** A whole page: header, main content and footer, each a landmark. */
export const InAPage: Story = {
  name: 'In a page',
  render: (args) =>
    html`<polis-header
        service-name=${ifDefined(args.serviceName)}
        service-href=${ifDefined(args.serviceHref)}
        organisation-href=${ifDefined(args.organisationHref)}
      >
        ${logo}
        <polis-service-navigation slot="navigation" current="#apply">
          <ul>
            <li><a href="#fishing">Home</a></li>
            <li><a href="#apply">Apply</a></li>
          </ul>
        </polis-service-navigation>
      </polis-header>
      <main id="main-content" tabindex="-1">
        <h1>Apply for a fishing licence</h1>
        <p>You need a licence to fish in the city’s rivers and lakes.</p>
      </main>
      <polis-footer>
        <ul slot="meta">
          <li><a href="#help">Help</a></li>
          <li><a href="#accessibility">Accessibility statement</a></li>
        </ul>
        <p slot="copyright">© City of Example</p>
      </polis-footer>`,
  play: async ({ canvasElement }) => {
    await expect(inner(canvasElement, 'base')).toHaveRole('banner');
    await expect(getComputedStyle(header(canvasElement)).position).toBe('static');
    await checkMenu(canvasElement);
  },
};

/** Inside `lang="cy"`, the button says "Dewislen" and the navigation's landmark "Gwasanaeth". */
export const Welsh: Story = {
  name: 'In Welsh',
  parameters: { languages: ['cy'] },
  render: () =>
    html`<div lang="cy">
      <polis-header service-name="Gwneud cais am drwydded bysgota" service-href="#pysgota">
        <ul slot="navigation">
          <li><a href="#hafan">Hafan</a></li>
          <li><a href="#gwneud-cais">Gwneud cais</a></li>
        </ul>
      </polis-header>
    </div>`,
  play: async ({ canvasElement }) => {
    await expect(inner(canvasElement, 'navigation')).toHaveAccessibleName('Gwasanaeth');
    const button = inner(canvasElement, 'menu-button');
    if (button) await expect(button).toHaveAccessibleName('Dewislen');
  },
};
