import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent } from 'storybook/test';
import './define.js';
import '../text-input/define.js';
import { CHECKBOX_SIZES, type PolisCheckbox } from './checkbox.js';

type Args = Partial<
  Pick<
    PolisCheckbox,
    'label' | 'hint' | 'errorMessage' | 'name' | 'size' | 'required' | 'disabled' | 'defaultChecked'
  >
> & { value?: string };

const meta: Meta<Args> = {
  title: 'Components/Checkbox',
  component: 'polis-checkbox',
  argTypes: {
    size: { control: 'select', options: CHECKBOX_SIZES },
  },
  args: { label: 'I agree to the terms and conditions', name: 'terms', value: 'yes', size: 'medium' },
  render: (args) =>
    html`<polis-checkbox
      label=${ifDefined(args.label)}
      hint=${ifDefined(args.hint)}
      error-message=${ifDefined(args.errorMessage)}
      name=${ifDefined(args.name)}
      value=${ifDefined(args.value)}
      size=${ifDefined(args.size)}
      ?checked=${args.defaultChecked}
      ?required=${args.required}
      ?disabled=${args.disabled}
    ></polis-checkbox>`,
};
export default meta;
type Story = StoryObj<Args>;

const box = (canvas: HTMLElement) =>
  canvas.querySelector('polis-checkbox')!.shadowRoot!.querySelector<HTMLInputElement>('input')!;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('polis-checkbox')!;
    await expect(box(canvasElement)).toHaveAccessibleName('I agree to the terms and conditions');
    await userEvent.click(box(canvasElement));
    await expect(el.checked).toBe(true);
  },
};

export const WithHint: Story = {
  args: {
    label: 'Send me email updates about this service',
    hint: 'You can unsubscribe at any time',
    name: 'updates',
  },
  play: async ({ canvasElement }) => {
    await expect(box(canvasElement)).toHaveAccessibleDescription('You can unsubscribe at any time');
  },
};

export const Checked: Story = { args: { defaultChecked: true } };

export const Small: Story = {
  args: { size: 'small', label: 'Show only open consultations', name: 'open' },
  play: async ({ canvasElement }) => {
    const rect = box(canvasElement).getBoundingClientRect();
    await expect(rect.width).toBeGreaterThanOrEqual(24);
    await expect(rect.height).toBeGreaterThanOrEqual(24);
  },
};

/** Content inside the checkbox is shown only while it is checked. */
export const Conditional: Story = {
  name: 'With conditional content',
  render: () =>
    html`<form>
      <polis-checkbox name="different-address" value="yes" label="Send the letter to a different address">
        <polis-text-input
          label="Address line 1"
          name="address-line-1"
          autocomplete="address-line1"
        ></polis-text-input>
      </polis-checkbox>
    </form>`,
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form')!;
    await expect(new FormData(form).has('address-line-1')).toBe(false);
    await userEvent.click(box(canvasElement));
    await expect(box(canvasElement)).toHaveAttribute('aria-expanded', 'true');
    await expect(new FormData(form).has('address-line-1')).toBe(true);
  },
};

export const WithError: Story = {
  args: { errorMessage: 'Select to confirm you agree to the terms and conditions', required: true },
  play: async ({ canvasElement }) => {
    await expect(box(canvasElement)).toHaveAccessibleDescription(
      'Error: Select to confirm you agree to the terms and conditions',
    );
    await expect(box(canvasElement)).toHaveAttribute('aria-invalid', 'true');
  },
};

export const Disabled: Story = { args: { disabled: true } };

export const French: Story = {
  name: 'In French',
  render: () =>
    html`<div lang="fr">
      <polis-checkbox
        label="J’accepte les conditions d’utilisation"
        name="conditions"
        required
      ></polis-checkbox>
    </div>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('polis-checkbox')!;
    await expect(el.validationMessage).toBe('Sélectionnez j’accepte les conditions d’utilisation');
  },
};
