import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import './define.js';

type Args = { text: string };

const meta: Meta<Args> = {
  title: 'Components/Warning text',
  component: 'polis-warning-text',
  args: { text: 'You may have to pay a penalty if you do not renew your permit in time.' },
  render: (args) => html`<polis-warning-text>${args.text}</polis-warning-text>`,
};
export default meta;
type Story = StoryObj<Args>;

/** What a screen reader reads: the visually hidden prefix and the slotted text. */
const spoken = (el: Element) => {
  const strong = el.shadowRoot!.querySelector('[part="text"]')!;
  const prefix = strong.querySelector('.visually-hidden')!.textContent ?? '';
  return `${prefix}${el.textContent ?? ''}`.replace(/\s+/g, ' ').trim();
};

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const warning = canvasElement.querySelector('polis-warning-text')!;
    await expect(spoken(warning)).toBe(
      'Warning You may have to pay a penalty if you do not renew your permit in time.',
    );
    const icon = warning.shadowRoot!.querySelector('[part="icon"]')!;
    await expect(icon).toHaveAttribute('aria-hidden', 'true');
    await expect(icon.getBoundingClientRect().width).toBeGreaterThanOrEqual(24);
  },
};

/** Long text wraps beside the icon, which stays at the first line. */
export const LongText: Story = {
  name: 'Long text',
  args: {
    text: 'You must tell us within 30 days if your circumstances change, for example if you move house, start work or your income goes up. If you do not, you may have to pay back money you were not entitled to.',
  },
};

export const French: Story = {
  name: 'In French',
  render: () =>
    html`<div lang="fr">
      <polis-warning-text
        >Vous pouvez recevoir une amende de 5 000 € si vous ne vous inscrivez pas.</polis-warning-text
      >
    </div>`,
  play: async ({ canvasElement }) => {
    const warning = canvasElement.querySelector('polis-warning-text')!;
    await expect(spoken(warning)).toBe(
      'Attention Vous pouvez recevoir une amende de 5 000 € si vous ne vous inscrivez pas.',
    );
  },
};
