import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent } from 'storybook/test';
import './define.js';
import '../button/define.js';
import { TEXT_INPUT_TYPES, TEXT_INPUT_WIDTHS, type PolisTextInput } from './text-input.js';

type Args = Partial<
  Pick<
    PolisTextInput,
    | 'label'
    | 'hint'
    | 'errorMessage'
    | 'name'
    | 'type'
    | 'width'
    | 'autocomplete'
    | 'required'
    | 'disabled'
    | 'readonly'
    | 'prefixText'
    | 'suffixText'
  >
> & { value?: string };

const meta: Meta<Args> = {
  title: 'Components/Text input',
  component: 'polis-text-input',
  argTypes: {
    type: { control: 'select', options: TEXT_INPUT_TYPES },
    width: { control: 'select', options: TEXT_INPUT_WIDTHS },
  },
  args: { label: 'Full name', name: 'full-name', type: 'text', width: 'full' },
  render: (args) =>
    html`<polis-text-input
      label=${ifDefined(args.label)}
      hint=${ifDefined(args.hint)}
      error-message=${ifDefined(args.errorMessage)}
      name=${ifDefined(args.name)}
      type=${ifDefined(args.type)}
      width=${ifDefined(args.width)}
      value=${ifDefined(args.value)}
      autocomplete=${ifDefined(args.autocomplete)}
      prefix=${ifDefined(args.prefixText)}
      suffix=${ifDefined(args.suffixText)}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?readonly=${args.readonly}
    ></polis-text-input>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {
  args: { autocomplete: 'name' },
  play: async ({ canvasElement }) => {
    const field = canvasElement.querySelector('polis-text-input')!;
    const input = field.shadowRoot!.querySelector('input')!;
    await userEvent.type(input, 'Ada Lovelace');
    await expect(field.value).toBe('Ada Lovelace');
    await expect(input).toHaveAccessibleName('Full name');
  },
};

export const WithHint: Story = {
  args: {
    label: 'Permit reference number',
    hint: 'You can find it on your permit letter. For example, ‘PR 2024 0042’.',
    width: '10',
    name: 'ni-number',
  },
  play: async ({ canvasElement }) => {
    const input = canvasElement.querySelector('polis-text-input')!.shadowRoot!.querySelector('input')!;
    await expect(input).toHaveAccessibleDescription(/on your permit letter/);
  },
};

export const WithError: Story = {
  args: {
    label: 'Full name',
    errorMessage: 'Enter your full name',
    required: true,
  },
  play: async ({ canvasElement }) => {
    const input = canvasElement.querySelector('polis-text-input')!.shadowRoot!.querySelector('input')!;
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription('Error: Enter your full name');
  },
};

export const Email: Story = {
  args: {
    label: 'Email address',
    type: 'email',
    autocomplete: 'email',
    name: 'email',
    hint: 'We’ll only use this to send you a receipt',
  },
};

export const NumberWithPrefixAndSuffix: Story = {
  name: 'Number, with prefix and suffix',
  args: {
    label: 'Cost, in pounds',
    type: 'number',
    prefixText: '£',
    suffixText: 'per item',
    width: '5',
    name: 'cost',
  },
};

export const Widths: Story = {
  render: () =>
    html`${TEXT_INPUT_WIDTHS.map(
      (width) => html`<polis-text-input label=${`Width ${width}`} width=${width}></polis-text-input>`,
    )}`,
};

export const Disabled: Story = { args: { disabled: true, value: 'Ada Lovelace' } };

export const ReadOnly: Story = {
  name: 'Read only',
  args: { readonly: true, value: 'REF-2026-00042', label: 'Your reference' },
};

/** A complete question page form: it submits natively, and Enter submits it too. */
export const InAForm: Story = {
  name: 'In a form',
  render: () =>
    html`<form action="#" method="get" id="story-form">
      <polis-text-input label="Full name" name="name" autocomplete="name" required></polis-text-input>
      <polis-button>Continue</polis-button>
    </form>`,
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form')!;
    const submitted: string[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted.push(String(new FormData(form).get('name')));
    });
    const field = canvasElement.querySelector('polis-text-input')!;
    const input = field.shadowRoot!.querySelector('input')!;
    await userEvent.type(input, 'Grace Hopper{Enter}');
    await expect(submitted).toEqual(['Grace Hopper']);
  },
};
