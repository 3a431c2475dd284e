import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import type { PolisTextarea } from './textarea.js';

type Args = Partial<
  Pick<
    PolisTextarea,
    | 'label'
    | 'hint'
    | 'errorMessage'
    | 'name'
    | 'rows'
    | 'autocomplete'
    | 'required'
    | 'disabled'
    | 'maxChars'
    | 'maxWords'
    | 'threshold'
  >
> & { value?: string };

const meta: Meta<Args> = {
  title: 'Components/Textarea',
  component: 'polis-textarea',
  args: { label: 'Can you provide more detail?', name: 'more-detail' },
  render: (args) =>
    html`<polis-textarea
      label=${ifDefined(args.label)}
      hint=${ifDefined(args.hint)}
      error-message=${ifDefined(args.errorMessage)}
      name=${ifDefined(args.name)}
      rows=${ifDefined(args.rows)}
      value=${ifDefined(args.value)}
      autocomplete=${ifDefined(args.autocomplete)}
      max-chars=${ifDefined(args.maxChars)}
      max-words=${ifDefined(args.maxWords)}
      threshold=${ifDefined(args.threshold)}
      ?required=${args.required}
      ?disabled=${args.disabled}
    ></polis-textarea>`,
};
export default meta;
type Story = StoryObj<Args>;

const field = (canvasElement: HTMLElement) => canvasElement.querySelector('polis-textarea')!;
const control = (canvasElement: HTMLElement) => field(canvasElement).shadowRoot!.querySelector('textarea')!;
const count = (canvasElement: HTMLElement) =>
  field(canvasElement).shadowRoot!.querySelector('[part="count"]')?.textContent?.trim();

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const textarea = control(canvasElement);
    await userEvent.type(textarea, 'First line{Enter}Second line');
    await expect(field(canvasElement).value).toBe('First line\nSecond line');
    await expect(textarea).toHaveAccessibleName('Can you provide more detail?');
  },
};

export const WithHint: Story = {
  name: 'With hint',
  args: { hint: 'Do not include personal or financial information, like your bank details.' },
  play: async ({ canvasElement }) => {
    await expect(control(canvasElement)).toHaveAccessibleDescription(/Do not include personal/);
  },
};

export const WithError: Story = {
  name: 'With error',
  args: { errorMessage: 'Enter more detail about your problem', required: true },
  play: async ({ canvasElement }) => {
    const textarea = control(canvasElement);
    await expect(textarea).toHaveAttribute('aria-invalid', 'true');
    await expect(textarea).toHaveAccessibleDescription('Error: Enter more detail about your problem');
  },
};

export const CharacterCount: Story = {
  name: 'Character count',
  args: {
    label: 'Can you provide more detail?',
    hint: 'Do not include personal or financial information.',
    maxChars: 200,
  },
  play: async ({ canvasElement }) => {
    const textarea = control(canvasElement);
    await expect(count(canvasElement)).toBe('You have 200 characters remaining');
    await userEvent.type(textarea, 'My card');
    await expect(count(canvasElement)).toBe('You have 193 characters remaining');
    await expect(textarea).toHaveAccessibleDescription(
      'Do not include personal or financial information. You can enter up to 200 characters',
    );
  },
};

export const WordCount: Story = {
  name: 'Word count',
  args: { label: 'Describe the incident', maxWords: 150 },
  play: async ({ canvasElement }) => {
    await userEvent.type(control(canvasElement), 'It happened at  noon');
    await expect(count(canvasElement)).toBe('You have 146 words remaining');
  },
};

export const Threshold: Story = {
  args: {
    label: 'Why do you want to change your appointment?',
    maxChars: 20,
    threshold: 75,
    value: 'Work',
  },
  play: async ({ canvasElement }) => {
    const countElement = field(canvasElement).shadowRoot!.querySelector<HTMLElement>('[part="count"]')!;
    await expect(countElement.checkVisibility({ visibilityProperty: true })).toBe(false);
    await userEvent.type(control(canvasElement), ' commitments');
    await waitFor(() => expect(countElement.checkVisibility({ visibilityProperty: true })).toBe(true));
    await expect(count(canvasElement)).toBe('You have 4 characters remaining');
  },
};

export const OverTheLimit: Story = {
  name: 'Over the limit',
  args: {
    label: 'Job description',
    maxChars: 40,
    value: 'Plan, build and run public digital services for everyone.',
  },
  play: async ({ canvasElement }) => {
    const element = field(canvasElement);
    await expect(count(canvasElement)).toBe('You have 17 characters too many');
    await expect(element.value).toHaveLength(57);
    await expect(element.checkValidity()).toBe(false);
    await expect(element.validationMessage).toBe('Job description must be 40 characters or fewer');
  },
};

export const French: Story = {
  name: 'In French',
  render: () =>
    html`<div lang="fr">
      <polis-textarea
        label="Pouvez-vous donner plus de détails ?"
        name="details"
        hint="N’indiquez pas d’informations personnelles."
        max-chars="100"
        value="Bonjour"
      ></polis-textarea>
    </div>`,
  play: async ({ canvasElement }) => {
    const textarea = control(canvasElement);
    await expect(count(canvasElement)).toBe('Il vous reste 93 caractères');
    await expect(textarea).toHaveAccessibleDescription(
      'N’indiquez pas d’informations personnelles. Vous pouvez saisir jusqu’à 100 caractères',
    );
  },
};
