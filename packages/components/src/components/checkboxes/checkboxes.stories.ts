import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent } from 'storybook/test';
import './define.js';
import '../text-input/define.js';
import '../button/define.js';
import { CHECKBOX_SIZES } from '../checkbox/checkbox.js';
import type { PolisCheckboxes } from './checkboxes.js';

type Args = Partial<
  Pick<PolisCheckboxes, 'label' | 'hint' | 'errorMessage' | 'name' | 'size' | 'required' | 'disabled'>
>;

const meta: Meta<Args> = {
  title: 'Components/Checkboxes',
  component: 'polis-checkboxes',
  argTypes: {
    size: { control: 'select', options: CHECKBOX_SIZES },
  },
  args: {
    label: 'Which types of waste do you transport?',
    hint: 'Select all that apply',
    name: 'waste',
    size: 'medium',
  },
  render: (args) =>
    html`<polis-checkboxes
      legend=${ifDefined(args.label)}
      hint=${ifDefined(args.hint)}
      error-message=${ifDefined(args.errorMessage)}
      name=${ifDefined(args.name)}
      size=${ifDefined(args.size)}
      ?required=${args.required}
      ?disabled=${args.disabled}
    >
      <polis-checkbox value="carcasses" label="Waste from animal carcasses"></polis-checkbox>
      <polis-checkbox value="mines" label="Waste from mines or quarries"></polis-checkbox>
      <polis-checkbox value="farm" label="Farm or agricultural waste"></polis-checkbox>
    </polis-checkboxes>`,
};
export default meta;
type Story = StoryObj<Args>;

const boxes = (canvas: HTMLElement) => [
  ...canvas.querySelector('polis-checkboxes')!.shadowRoot!.querySelectorAll<HTMLInputElement>('input'),
];

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const group = canvasElement.querySelector('polis-checkboxes')!;
    const [carcasses, , farm] = boxes(canvasElement);
    await userEvent.click(carcasses!);
    await userEvent.click(farm!);
    await expect(group.values).toEqual(['carcasses', 'farm']);
    await expect(carcasses).toHaveAccessibleName('Waste from animal carcasses');
    const fieldset = group.shadowRoot!.querySelector('fieldset')!;
    await expect(fieldset).toHaveAccessibleName('Which types of waste do you transport?');
    await expect(fieldset).toHaveAccessibleDescription('Select all that apply');
  },
};

export const WithOptionHints: Story = {
  name: 'With option hints',
  render: () =>
    html`<polis-checkboxes
      legend="Which languages can we write to you in?"
      hint="Select all the languages you read comfortably"
      name="languages"
    >
      <polis-checkbox
        value="english"
        label="English"
        hint="including plain English summaries"
      ></polis-checkbox>
      <polis-checkbox value="welsh" label="Welsh"></polis-checkbox>
      <polis-checkbox value="other" label="Another language"></polis-checkbox>
    </polis-checkboxes>`,
  play: async ({ canvasElement }) => {
    const [english] = boxes(canvasElement);
    await expect(english).toHaveAccessibleDescription('including plain English summaries');
  },
};

export const Small: Story = {
  args: { size: 'small', label: 'Organisation', hint: undefined, name: 'organisation' },
  render: (args) =>
    html`<polis-checkboxes
      legend=${ifDefined(args.label)}
      name=${ifDefined(args.name)}
      size=${ifDefined(args.size)}
    >
      <polis-checkbox value="hmrc" label="HM Revenue and Customs (HMRC)"></polis-checkbox>
      <polis-checkbox value="employment-tribunal" label="Employment Tribunal"></polis-checkbox>
      <polis-checkbox value="mod" label="Ministry of Defence"></polis-checkbox>
      <polis-checkbox value="dft" label="Department for Transport"></polis-checkbox>
    </polis-checkboxes>`,
  play: async ({ canvasElement }) => {
    for (const box of boxes(canvasElement)) {
      const rect = box.getBoundingClientRect();
      await expect(rect.width).toBeGreaterThanOrEqual(24);
      await expect(rect.height).toBeGreaterThanOrEqual(24);
    }
  },
};

/** "None of these": checking it clears the others, and checking another clears it. */
export const Exclusive: Story = {
  name: 'With a “none” option',
  render: () =>
    html`<polis-checkboxes
      legend="Will you be travelling to any of these countries?"
      hint="Select all countries that apply"
      name="countries"
    >
      <polis-checkbox value="france" label="France"></polis-checkbox>
      <polis-checkbox value="portugal" label="Portugal"></polis-checkbox>
      <polis-checkbox value="spain" label="Spain"></polis-checkbox>
      <polis-checkbox
        value="none"
        label="No, I will not be travelling to any of these countries"
        exclusive
      ></polis-checkbox>
    </polis-checkboxes>`,
  play: async ({ canvasElement }) => {
    const group = canvasElement.querySelector('polis-checkboxes')!;
    const [france, portugal, , none] = boxes(canvasElement);
    await userEvent.click(france!);
    await userEvent.click(portugal!);
    await userEvent.click(none!);
    await expect(group.values).toEqual(['none']);
    await userEvent.click(france!);
    await expect(group.values).toEqual(['france']);
    await expect(group.shadowRoot!.querySelector('[part~="divider"]')).toHaveTextContent('or');
  },
};

/** Content inside an option is shown only while it is checked, and its fields are sent only then. */
export const Conditional: Story = {
  name: 'With conditional content',
  render: () =>
    html`<form>
      <polis-checkboxes
        legend="How would you like to be contacted?"
        hint="Select all options that are relevant to you"
        name="contact"
      >
        <polis-checkbox value="email" label="Email">
          <polis-text-input
            label="Email address"
            name="contact-email"
            type="email"
            autocomplete="email"
            spellcheck="false"
          ></polis-text-input>
        </polis-checkbox>
        <polis-checkbox value="phone" label="Phone">
          <polis-text-input
            label="Phone number"
            name="contact-phone"
            type="tel"
            autocomplete="tel"
            width="20"
          ></polis-text-input>
        </polis-checkbox>
        <polis-checkbox value="text" label="Text message">
          <polis-text-input
            label="Mobile phone number"
            name="contact-text"
            type="tel"
            autocomplete="tel"
            width="20"
          ></polis-text-input>
        </polis-checkbox>
      </polis-checkboxes>
    </form>`,
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form')!;
    const [email] = boxes(canvasElement);
    await expect(email).toHaveAttribute('aria-expanded', 'false');
    await expect(new FormData(form).has('contact-email')).toBe(false);
    await userEvent.click(email!);
    await expect(email).toHaveAttribute('aria-expanded', 'true');
    await expect(new FormData(form).has('contact-email')).toBe(true);
  },
};

export const WithError: Story = {
  args: {
    errorMessage: 'Select which types of waste you transport',
    required: true,
  },
  play: async ({ canvasElement }) => {
    const group = canvasElement.querySelector('polis-checkboxes')!;
    const fieldset = group.shadowRoot!.querySelector('fieldset')!;
    await expect(fieldset).toHaveAccessibleDescription(
      'Select all that apply Error: Select which types of waste you transport',
    );
    await expect(boxes(canvasElement)[0]).toHaveAttribute('aria-invalid', 'true');
  },
};

export const Disabled: Story = { args: { disabled: true } };

export const French: Story = {
  name: 'In French',
  render: () =>
    html`<div lang="fr">
      <polis-checkboxes
        legend="Quels pays allez-vous visiter ?"
        hint="Sélectionnez tous les pays concernés"
        name="pays"
        required
      >
        <polis-checkbox value="france" label="France"></polis-checkbox>
        <polis-checkbox value="espagne" label="Espagne"></polis-checkbox>
        <polis-checkbox value="aucun" label="Aucun de ces pays" exclusive></polis-checkbox>
      </polis-checkboxes>
    </div>`,
  play: async ({ canvasElement }) => {
    const group = canvasElement.querySelector('polis-checkboxes')!;
    await expect(group.shadowRoot!.querySelector('[part~="divider"]')).toHaveTextContent('ou');
    await expect(group.validationMessage).toBe('Sélectionnez quels pays allez-vous visiter ?');
  },
};

/** A question page: every checked value is sent under one name. */
export const InAForm: Story = {
  name: 'In a form',
  render: () =>
    html`<form action="#" method="get">
      <polis-checkboxes legend="Which types of waste do you transport?" name="waste" required>
        <polis-checkbox value="carcasses" label="Waste from animal carcasses"></polis-checkbox>
        <polis-checkbox value="mines" label="Waste from mines or quarries" checked></polis-checkbox>
        <polis-checkbox value="farm" label="Farm or agricultural waste"></polis-checkbox>
      </polis-checkboxes>
      <polis-button>Continue</polis-button>
    </form>`,
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form')!;
    const submitted: string[][] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted.push(new FormData(form).getAll('waste').map(String));
    });
    const [, , farm] = boxes(canvasElement);
    await userEvent.click(farm!);
    form.requestSubmit();
    await expect(submitted).toEqual([['mines', 'farm']]);
  },
};
