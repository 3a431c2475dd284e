import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import type { PolisBreadcrumbs } from './breadcrumbs.js';

type Args = Partial<Pick<PolisBreadcrumbs, 'label' | 'inverse'>>;

const host = (canvas: HTMLElement) => canvas.querySelector('polis-breadcrumbs')!;
const inner = <T extends Element = HTMLElement>(canvas: HTMLElement, selector: string) => [
  ...host(canvas).shadowRoot!.querySelectorAll<T>(selector),
];
const itemTexts = (canvas: HTMLElement) =>
  inner(canvas, '[part~="item"]').map((item) => item.textContent!.replace(/\s+/g, ' ').trim());

/** The page's own trail: four links and the current page as text. */
const trail = (args: Args = {}) =>
  html`<polis-breadcrumbs label=${ifDefined(args.label)} ?inverse=${args.inverse}>
    <ol>
      <li><a href="#home">Home</a></li>
      <li><a href="#benefits">Benefits</a></li>
      <li><a href="#universal-credit">Universal Credit</a></li>
      <li><a href="#eligibility">Eligibility</a></li>
      <li>Check if you can get Universal Credit</li>
    </ol>
  </polis-breadcrumbs>`;

const meta: Meta<Args> = {
  title: 'Components/Breadcrumbs',
  component: 'polis-breadcrumbs',
  // Shows page structure (landmarks or the page's heading): framed in docs pages, see
  // .storybook/blocks/story-frames.ts.
  parameters: { docs: { story: { inline: false, height: 'auto' } } },
  render: (args) => trail(args),
};
export default meta;
type Story = StoryObj<Args>;

/** A trail from the home page to the current page, which is text marked as the current page. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const [nav] = inner(canvasElement, '[part~="base"]');
    await expect(nav).toHaveRole('navigation');
    await expect(nav).toHaveAccessibleName('Breadcrumb');
    await expect(inner(canvasElement, '[part~="list"]')[0]!.localName).toBe('ol');
    const links = inner<HTMLAnchorElement>(canvasElement, 'a');
    await expect(links.map((a) => a.textContent)).toEqual([
      'Home',
      'Benefits',
      'Universal Credit',
      'Eligibility',
    ]);
    const current = inner(canvasElement, '[aria-current="page"]');
    await expect(current).toHaveLength(1);
    await expect(current[0]).toHaveTextContent('Check if you can get Universal Credit');
    await expect(current[0]!.querySelector('a')).toBeNull();
    // The chevrons are drawn, hidden from assistive technology.
    for (const chevron of inner(canvasElement, '[part~="separator"]')) {
      await expect(chevron).toHaveAttribute('aria-hidden', 'true');
    }
    links[1]!.focus();
    await expect(host(canvasElement).shadowRoot!.activeElement).toBe(links[1]);
  },
};

/** Without the current page: GOV.UK's default, when the page's heading says where people are. */
export const WithoutCurrentPage: Story = {
  name: 'Without the current page',
  render: () =>
    html`<polis-breadcrumbs>
      <ol>
        <li><a href="#home">Home</a></li>
        <li><a href="#passports">Passports, travel and living abroad</a></li>
        <li><a href="#travel-abroad">Travel abroad</a></li>
      </ol>
    </polis-breadcrumbs>`,
  play: async ({ canvasElement }) => {
    await expect(inner(canvasElement, 'a')).toHaveLength(3);
    await expect(inner(canvasElement, '[aria-current]')).toHaveLength(0);
  },
};

/**
 * On a 320 px screen the trail collapses: the first link, a "…" button that says how many
 * links it hides, the parent and the current page. The button shows them all and moves focus
 * to the first one.
 */
export const SmallScreen: Story = {
  name: 'On a small screen',
  globals: { viewport: { value: 'mobile1' } },
  // A 320 px column as well, so the story is narrow wherever it runs (the built site's iframe
  // and the audit have no viewport addon): the element measures its own width.
  decorators: [(story) => html`<div style="max-inline-size: 20rem">${story()}</div>`],
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inner(canvasElement, '[part~="expand-button"]')).toHaveLength(1));
    const [button] = inner(canvasElement, '[part~="expand-button"]');
    await expect(button).toHaveAccessibleName('Show 2 more links');
    await expect(itemTexts(canvasElement)).toEqual([
      'Home',
      '…Show 2 more links',
      'Eligibility',
      'Check if you can get Universal Credit',
    ]);
    await expect(inner(canvasElement, 'a').map((a) => a.textContent)).toEqual(['Home', 'Eligibility']);
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(
      document.documentElement.clientWidth,
    );
    button!.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(inner(canvasElement, 'a')).toHaveLength(4));
    await expect(host(canvasElement).shadowRoot!.activeElement).toHaveTextContent('Benefits');
  },
};

/** `inverse`, for a dark header band: white text and chevrons. The band is the page's. */
export const Inverse: Story = {
  args: { inverse: true },
  render: (args) =>
    html`<div style="padding: 0.5rem 1rem; background: var(--polis-color-text, #0b0c0c)">
      ${trail(args)}
    </div>`,
  play: async ({ canvasElement }) => {
    await expect(host(canvasElement)).toHaveAttribute('inverse');
    // The inverse text colour of the current theme, on the band painted with the text colour.
    const probe = document.createElement('span');
    probe.style.color = 'var(--polis-color-text-inverse, #fff)';
    canvasElement.append(probe);
    const inverse = getComputedStyle(probe).color;
    probe.remove();
    await expect(getComputedStyle(inner(canvasElement, 'a')[0]!).color).toBe(inverse);
    await expect(getComputedStyle(inner(canvasElement, '[part~="current"]')[0]!).color).toBe(inverse);
  },
};

/** In an Arabic page the trail starts on the right, and the chevrons point left. */
export const RightToLeft: Story = {
  name: 'Right to left',
  parameters: { languages: ['ar'] },
  render: () =>
    html`<div lang="ar" dir="rtl">
      <polis-breadcrumbs>
        <ol>
          <li><a href="#home">الرئيسية</a></li>
          <li><a href="#benefits">الإعانات</a></li>
          <li>التقديم</li>
        </ol>
      </polis-breadcrumbs>
    </div>`,
  play: async ({ canvasElement }) => {
    await expect(inner(canvasElement, '[part~="base"]')[0]).toHaveAccessibleName('مسار التنقل');
    const [home, benefits] = inner(canvasElement, '[part~="item"]').map((item) =>
      item.getBoundingClientRect(),
    );
    await expect(benefits!.right).toBeLessThanOrEqual(home!.left + 1);
    await expect(getComputedStyle(inner(canvasElement, '[part~="separator"]')[0]!).transform).toMatch(
      /^matrix\(-1, 0, 0, 1,/,
    );
  },
};
