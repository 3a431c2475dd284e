import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent } from 'storybook/test';
import './define.js';
import { BUTTON_TYPES, BUTTON_VARIANTS, type PolisButton } from './button.js';

type Args = Partial<
  Pick<PolisButton, 'type' | 'variant' | 'start' | 'href' | 'disabled' | 'preventDoubleClick'>
> & { text: string };

const meta: Meta<Args> = {
  title: 'Components/Button',
  component: 'polis-button',
  argTypes: {
    type: { control: 'select', options: BUTTON_TYPES },
    variant: { control: 'select', options: BUTTON_VARIANTS },
  },
  args: { text: 'Save and continue', variant: 'primary', type: 'submit' },
  render: (args) =>
    html`<polis-button
      type=${ifDefined(args.type)}
      variant=${ifDefined(args.variant)}
      href=${ifDefined(args.href)}
      ?start=${args.start}
      ?disabled=${args.disabled}
      ?prevent-double-click=${args.preventDoubleClick}
      >${args.text}</polis-button
    >`,
};
export default meta;
type Story = StoryObj<Args>;

export const Primary: Story = {
  play: async ({ canvasElement }) => {
    const inner = canvasElement.querySelector('polis-button')!.shadowRoot!.querySelector('button')!;
    await expect(inner).toHaveAccessibleName('Save and continue');
    await expect(inner).toHaveRole('button');
  },
};

export const Secondary: Story = { args: { variant: 'secondary', text: 'Find address', type: 'button' } };

export const Warning: Story = { args: { variant: 'warning', text: 'Delete account', type: 'button' } };

export const Disabled: Story = { args: { disabled: true, text: 'Disabled button' } };

export const StartButton: Story = {
  name: 'Start button',
  args: { start: true, href: '#start', text: 'Start now' },
  play: async ({ canvasElement }) => {
    const link = canvasElement.querySelector('polis-button')!.shadowRoot!.querySelector('a')!;
    await expect(link).toHaveAccessibleName('Start now');
    await expect(link).toHaveAttribute('href', '#start');
  },
};

export const PreventDoubleClick: Story = {
  name: 'Prevent double click',
  args: { preventDoubleClick: true, text: 'Pay now' },
  render: (args) =>
    html`<form>
      <polis-button ?prevent-double-click=${args.preventDoubleClick}>${args.text}</polis-button>
      <p>Submitted <output>0</output> times</p>
    </form>`,
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form')!;
    const output = form.querySelector('output')!;
    let count = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      output.textContent = String(++count);
    });
    const inner = form.querySelector('polis-button')!.shadowRoot!.querySelector('button')!;
    await userEvent.dblClick(inner);
    await expect(output).toHaveTextContent('1');
  },
};

export const Group: Story = {
  name: 'Grouped buttons',
  render: () =>
    html`<div style="display:flex;flex-wrap:wrap;gap:1rem;align-items:baseline">
      <polis-button>Save and continue</polis-button>
      <polis-button variant="secondary" type="button">Save as draft</polis-button>
    </div>`,
};
