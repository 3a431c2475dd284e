import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import './define.js';

type Args = { text: string };

const meta: Meta<Args> = {
  title: 'Components/Inset text',
  component: 'polis-inset-text',
  args: {
    text: 'It can take up to 8 weeks to register a lasting power of attorney if there are no mistakes in the application.',
  },
  render: (args) => html`<polis-inset-text>${args.text}</polis-inset-text>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const inset = canvasElement.querySelector('polis-inset-text')!;
    await expect(inset).toHaveTextContent('It can take up to 8 weeks');
    await expect(inset).not.toHaveAttribute('role');
    const base = inset.shadowRoot!.querySelector('[part="base"]')!;
    const rtl = getComputedStyle(document.documentElement).direction === 'rtl';
    await expect(getComputedStyle(base)[rtl ? 'borderRightWidth' : 'borderLeftWidth']).toBe('5px');
  },
};

/** Paragraphs and links inside: their outer margins are removed so the box stays even. */
export const WithParagraphs: Story = {
  name: 'With paragraphs and a link',
  render: () =>
    html`<polis-inset-text>
      <p>You can apply online or by post.</p>
      <p><a href="#form">Download the paper form</a> if you cannot apply online.</p>
    </polis-inset-text>`,
  play: async ({ canvasElement }) => {
    const link = canvasElement.querySelector('a')!;
    await expect(link).toHaveAccessibleName('Download the paper form');
  },
};

/** In a right-to-left page, the border moves to the right, where lines start. */
export const RightToLeft: Story = {
  name: 'Right to left',
  render: () =>
    html`<div dir="rtl" lang="ar">
      <polis-inset-text>قد يستغرق تسجيل الطلب ما يصل إلى 8 أسابيع.</polis-inset-text>
    </div>`,
  play: async ({ canvasElement }) => {
    const base = canvasElement.querySelector('polis-inset-text')!.shadowRoot!.querySelector('[part="base"]')!;
    await expect(getComputedStyle(base).borderRightWidth).toBe('5px');
    await expect(getComputedStyle(base).borderLeftWidth).toBe('0px');
  },
};

export const French: Story = {
  name: 'In French',
  render: () =>
    html`<div lang="fr">
      <polis-inset-text
        >L’enregistrement peut prendre jusqu’à 8 semaines si la demande ne contient pas
        d’erreur.</polis-inset-text
      >
    </div>`,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('polis-inset-text')).toHaveTextContent('jusqu’à 8 semaines');
  },
};
