import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import '../button/define.js';
import '../text-input/define.js';
import type { PolisRadios } from './radios.js';

type Args = Partial<
  Pick<
    PolisRadios,
    'legend' | 'hint' | 'errorMessage' | 'name' | 'required' | 'disabled' | 'inline' | 'small'
  >
> & { value?: string };

const radiosOf = (group: Element) => [
  ...group.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]'),
];

const meta: Meta<Args> = {
  title: 'Components/Radios',
  component: 'polis-radios',
  args: { legend: 'Which district do you live in?', name: 'where' },
  render: (args) =>
    html`<polis-radios
      legend=${ifDefined(args.legend)}
      hint=${ifDefined(args.hint)}
      error-message=${ifDefined(args.errorMessage)}
      name=${ifDefined(args.name)}
      value=${ifDefined(args.value)}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?inline=${args.inline}
      ?small=${args.small}
    >
      <polis-radio value="north" label="North"></polis-radio>
      <polis-radio value="riverside" label="Riverside"></polis-radio>
      <polis-radio value="old-town" label="Old Town"></polis-radio>
      <polis-radio value="hillside" label="Hillside"></polis-radio>
    </polis-radios>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const group = canvasElement.querySelector('polis-radios')!;
    const [north, riverside] = radiosOf(group);
    await expect(north).toHaveAccessibleName('North');
    await expect(north!.closest('fieldset')).toHaveAccessibleName('Which district do you live in?');
    // Arrow keys are tested with real key presses in radios.test.ts: user-event's simulated
    // radio-group arrows cannot see into shadow roots.
    await userEvent.click(riverside!);
    await waitFor(() => expect(group.value).toBe('riverside'));
  },
};

export const WithHints: Story = {
  name: 'With hints',
  render: () =>
    html`<polis-radios
      legend="How do you want to sign in?"
      hint="You need an account to manage your permits."
      name="sign-in"
    >
      <polis-radio
        value="gateway"
        label="Sign in with your Polis account"
        hint="You have an account if you applied for a permit online before."
      ></polis-radio>
      <polis-radio
        value="verify"
        label="Sign in with a digital identity app"
        hint="Use an identity app you have already set up."
      ></polis-radio>
    </polis-radios>`,
  play: async ({ canvasElement }) => {
    const group = canvasElement.querySelector('polis-radios')!;
    await expect(radiosOf(group)[0]).toHaveAccessibleDescription(/applied for a permit online/);
    await expect(group.shadowRoot!.querySelector('fieldset')).toHaveAccessibleDescription(
      'You need an account to manage your permits.',
    );
  },
};

/** Two short options side by side. Below 320 px they stack. */
export const Inline: Story = {
  render: () =>
    html`<polis-radios
      legend="Have you changed your name?"
      hint="This includes changing your last name or spelling your name differently."
      name="changed-name"
      inline
    >
      <polis-radio value="yes" label="Yes"></polis-radio>
      <polis-radio value="no" label="No"></polis-radio>
    </polis-radios>`,
  play: async ({ canvasElement }) => {
    const [yes, no] = radiosOf(canvasElement.querySelector('polis-radios')!).map((r) =>
      r.getBoundingClientRect(),
    );
    await expect(no!.top).toBe(yes!.top);
  },
};

export const Small: Story = {
  render: () =>
    html`<polis-radios legend="Filter by status" name="status" small>
      <polis-radio value="open" label="Open" checked></polis-radio>
      <polis-radio value="closed" label="Closed"></polis-radio>
      <polis-radio value="all" label="All"></polis-radio>
    </polis-radios>`,
  play: async ({ canvasElement }) => {
    const group = canvasElement.querySelector('polis-radios')!;
    await expect(group.value).toBe('open');
    for (const radio of radiosOf(group)) {
      const box = radio.getBoundingClientRect();
      await expect(box.width).toBeGreaterThanOrEqual(24);

      await expect(box.height).toBeGreaterThanOrEqual(24);
    }
  },
};

/** A divider sets a last option apart from the others. */
export const WithDivider: Story = {
  name: 'With a divider',
  render: () =>
    html`<polis-radios legend="Which district do you live in?" name="where-divider">
      <polis-radio value="north" label="North"></polis-radio>
      <polis-radio value="riverside" label="Riverside"></polis-radio>
      <polis-radio value="old-town" label="Old Town"></polis-radio>
      <polis-radio value="hillside" label="Hillside"></polis-radio>
      <polis-radio divider></polis-radio>
      <polis-radio value="abroad" label="I live outside the city"></polis-radio>
    </polis-radios>`,
  play: async ({ canvasElement }) => {
    const group = canvasElement.querySelector('polis-radios')!;
    await expect(group.shadowRoot!.querySelector('[part="divider"]')).toHaveTextContent('or');
    await expect(radiosOf(group)).toHaveLength(5);
  },
};

/** Choosing an option reveals a follow-up question; it is only sent while it shows. */
export const ConditionalReveal: Story = {
  name: 'Conditional reveal',
  render: () =>
    html`<form id="contact-form">
      <polis-radios legend="How would you prefer to be contacted?" hint="Select one option." name="contact">
        <polis-radio value="email" label="Email">
          <polis-text-input
            label="Email address"
            name="email"
            type="email"
            autocomplete="email"
            spellcheck="false"
          ></polis-text-input>
        </polis-radio>
        <polis-radio value="phone" label="Phone">
          <polis-text-input
            label="Phone number"
            name="phone"
            type="tel"
            autocomplete="tel"
            width="20"
          ></polis-text-input>
        </polis-radio>
        <polis-radio value="text" label="Text message">
          <polis-text-input
            label="Mobile phone number"
            name="mobile"
            type="tel"
            autocomplete="tel"
            width="20"
          ></polis-text-input>
        </polis-radio>
      </polis-radios>
      <polis-button>Continue</polis-button>
    </form>`,
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form')!;
    const group = canvasElement.querySelector('polis-radios')!;
    await expect([...new FormData(form).keys()]).toEqual([]);
    await userEvent.click(radiosOf(group)[1]!);
    await waitFor(() => expect([...new FormData(form).keys()]).toEqual(['contact', 'phone']));
    const phone = canvasElement.querySelector('polis-text-input[name="phone"]')!;
    await expect(phone.checkVisibility()).toBe(true);
  },
};

export const WithError: Story = {
  name: 'With an error',
  args: {
    legend: 'Which district do you live in?',
    errorMessage: 'Select the country where you live',
    required: true,
    hint: 'Select one option.',
  },
  play: async ({ canvasElement }) => {
    const group = canvasElement.querySelector('polis-radios')!;
    await expect(group.shadowRoot!.querySelector('fieldset')).toHaveAccessibleDescription(
      'Select one option. Error: Select the country where you live',
    );
    await expect(radiosOf(group)[0]).toHaveAttribute('aria-invalid', 'true');
  },
};

export const Disabled: Story = { args: { disabled: true, value: 'old-town' } };

/** A complete question: submitting without an answer shows the GOV.UK-style error and focuses the first option. */
export const InAForm: Story = {
  name: 'In a form',
  render: () =>
    html`<form action="#" method="get">
      <polis-radios
        legend="Have you lived at this address for more than a year?"
        name="lived"
        inline
        required
      >
        <polis-radio value="yes" label="Yes"></polis-radio>
        <polis-radio value="no" label="No"></polis-radio>
      </polis-radios>
      <polis-button>Continue</polis-button>
    </form>`,
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form')!;
    form.addEventListener('submit', (event) => event.preventDefault());
    const group = canvasElement.querySelector('polis-radios')!;
    form.requestSubmit();
    await waitFor(() =>
      expect(group.shadowRoot!.querySelector('[part="error-message"]')).toHaveTextContent(
        'Select have you lived at this address for more than a year?',
      ),
    );
    await expect(group.shadowRoot!.activeElement).toBe(radiosOf(group)[0]);
  },
};

/** Inside `lang="fr"` the divider and the messages are French. */
export const French: Story = {
  name: 'In French',
  render: () =>
    html`<div lang="fr">
      <polis-radios
        legend="Où habitez-vous ?"
        name="pays"
        hint="Sélectionnez une option."
        error-message="Sélectionnez le pays où vous habitez"
      >
        <polis-radio value="fr" label="France"></polis-radio>
        <polis-radio value="be" label="Belgique"></polis-radio>
        <polis-radio divider></polis-radio>
        <polis-radio value="autre" label="Autre pays"></polis-radio>
      </polis-radios>
    </div>`,
  play: async ({ canvasElement }) => {
    const group = canvasElement.querySelector('polis-radios')!;
    await expect(group.shadowRoot!.querySelector('[part="divider"]')).toHaveTextContent('ou');
    // toHaveTextContent folds the narrow no-break space of French typography into a space.
    await expect(group.shadowRoot!.querySelector('[part="error-message"]')?.textContent).toContain(
      'Erreur\u202f:',
    );
  },
};
