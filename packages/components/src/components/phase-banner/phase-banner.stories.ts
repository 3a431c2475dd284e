import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import './define.js';
import { PHASES, type PolisPhaseBanner } from './phase-banner.js';

type Args = Partial<Pick<PolisPhaseBanner, 'phase' | 'feedbackHref'>>;

const meta: Meta<Args> = {
  title: 'Components/Phase banner',
  component: 'polis-phase-banner',
  argTypes: {
    phase: { control: 'select', options: PHASES },
  },
  args: { phase: 'beta', feedbackHref: '#feedback' },
  render: (args) =>
    html`<polis-phase-banner
      phase=${ifDefined(args.phase)}
      feedback-href=${ifDefined(args.feedbackHref)}
    ></polis-phase-banner>`,
};
export default meta;
type Story = StoryObj<Args>;

const link = (canvas: HTMLElement) =>
  canvas.querySelector('polis-phase-banner')!.shadowRoot!.querySelector<HTMLAnchorElement>('[part="link"]')!;
const tagText = (canvas: HTMLElement) =>
  canvas.querySelector('polis-phase-banner')!.shadowRoot!.querySelector('[part="tag"]')!.textContent;

export const Beta: Story = {
  play: async ({ canvasElement }) => {
    await expect(tagText(canvasElement)).toBe('Beta');
    await expect(link(canvasElement)).toHaveAccessibleName('give your feedback');
    await expect(link(canvasElement)).toHaveAttribute('href', '#feedback');
  },
};

export const Alpha: Story = {
  args: { phase: 'alpha' },
  play: async ({ canvasElement }) => {
    await expect(tagText(canvasElement)).toBe('Alpha');
  },
};

/** Your own text replaces the sentence and its link. */
export const CustomText: Story = {
  name: 'Custom text',
  render: () =>
    html`<polis-phase-banner phase="alpha">
      This is a trial service. <a href="#survey">Answer a 2-minute survey</a> to help us improve it.
    </polis-phase-banner>`,
  play: async ({ canvasElement }) => {
    const banner = canvasElement.querySelector('polis-phase-banner')!;
    await expect(banner.shadowRoot!.querySelector('[part="link"]')).toBeNull();
    await expect(canvasElement.querySelector('a')).toHaveAccessibleName('Answer a 2-minute survey');
  },
};

/** Under a page header, above the main content, in the flow of the page. */
export const InAPage: Story = {
  // A whole page (header and main): framed in docs pages, see .storybook/blocks/story-frames.ts.
  parameters: { docs: { story: { inline: false, height: 'auto' } } },
  name: 'In a page',
  render: () =>
    html`<header>
        <p><strong>Apply for a fishing licence</strong></p>
      </header>
      <polis-phase-banner feedback-href="#feedback"></polis-phase-banner>
      <main><h1>Apply for a fishing licence</h1></main>`,
  play: async ({ canvasElement }) => {
    const banner = canvasElement.querySelector('polis-phase-banner')!;
    await expect(getComputedStyle(banner).position).toBe('static');
  },
};

export const French: Story = {
  name: 'In French',
  render: () => html`<div lang="fr"><polis-phase-banner feedback-href="#avis"></polis-phase-banner></div>`,
  play: async ({ canvasElement }) => {
    await expect(tagText(canvasElement)).toBe('Bêta');
    await expect(link(canvasElement)).toHaveAccessibleName('donnez votre avis');
  },
};
