import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import '../button/define.js';
import '../text-input/define.js';
import { PASSWORD_AUTOCOMPLETE, type PolisPasswordInput } from './password-input.js';

type Args = Partial<
  Pick<
    PolisPasswordInput,
    'label' | 'hint' | 'errorMessage' | 'name' | 'autocomplete' | 'required' | 'disabled'
  >
> & { value?: string };

const meta: Meta<Args> = {
  title: 'Components/Password input',
  component: 'polis-password-input',
  argTypes: {
    autocomplete: { control: 'select', options: PASSWORD_AUTOCOMPLETE },
  },
  args: { label: 'Password', name: 'password', autocomplete: 'current-password' },
  render: (args) =>
    html`<polis-password-input
      label=${ifDefined(args.label)}
      hint=${ifDefined(args.hint)}
      error-message=${ifDefined(args.errorMessage)}
      name=${ifDefined(args.name)}
      value=${ifDefined(args.value)}
      autocomplete=${ifDefined(args.autocomplete)}
      ?required=${args.required}
      ?disabled=${args.disabled}
    ></polis-password-input>`,
};
export default meta;
type Story = StoryObj<Args>;

const parts = (canvasElement: HTMLElement) => {
  const field = canvasElement.querySelector('polis-password-input')!;
  const root = field.shadowRoot!;
  return { field, input: root.querySelector('input')!, toggle: root.querySelector('button')! };
};

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const { field, input, toggle } = parts(canvasElement);
    await expect(input).toHaveAccessibleName('Password');
    await expect(input).toHaveAttribute('autocomplete', 'current-password');
    await userEvent.type(input, 'hunter2');
    await expect(field.value).toBe('hunter2');
    await expect(toggle).toHaveAccessibleName('Show password');
    await userEvent.click(toggle);
    await expect(input).toHaveAttribute('type', 'text');
    await expect(toggle).toHaveAccessibleName('Hide password');
    await waitFor(() =>
      expect(document.querySelector('#polis-announcer [role="status"]')).toHaveTextContent(
        'Your password is visible',
      ),
    );
    await userEvent.click(toggle);
    await expect(input).toHaveAttribute('type', 'password');
  },
};

/** For creating a password: `new-password` lets password managers suggest a strong one. */
export const NewPassword: Story = {
  name: 'Creating a password',
  args: {
    label: 'Create a password',
    hint: 'Use 12 characters or more. You can use a password manager to create one.',
    autocomplete: 'new-password',
    name: 'new-password',
  },
  play: async ({ canvasElement }) => {
    const { input } = parts(canvasElement);
    await expect(input).toHaveAttribute('autocomplete', 'new-password');
    await expect(input).toHaveAccessibleDescription(/12 characters or more/);
  },
};

export const WithError: Story = {
  name: 'With error',
  args: { errorMessage: 'Enter your password', required: true },
  play: async ({ canvasElement }) => {
    const { input } = parts(canvasElement);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription('Error: Enter your password');
  },
};

export const Disabled: Story = { args: { disabled: true } };

/** A sign-in form: Enter submits it, and the password is hidden again when it is sent. */
export const SignIn: Story = {
  name: 'In a sign-in form',
  render: () =>
    html`<form action="#" method="post">
      <polis-text-input
        label="Email address"
        name="username"
        type="email"
        autocomplete="username"
        spellcheck="false"
      ></polis-text-input>
      <polis-password-input label="Password" name="password" required></polis-password-input>
      <polis-button>Sign in</polis-button>
    </form>`,
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form')!;
    const sent: string[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      sent.push(String(new FormData(form).get('password')));
    });
    const { input, toggle } = parts(canvasElement);
    await userEvent.type(input, 'hunter2');
    await userEvent.click(toggle);
    await expect(input).toHaveAttribute('type', 'text');
    await userEvent.type(input, '{Enter}');
    await expect(sent).toEqual(['hunter2']);
    await expect(input).toHaveAttribute('type', 'password');
  },
};

export const French: Story = {
  name: 'In French',
  render: () =>
    html`<div lang="fr">
      <polis-password-input label="Mot de passe" name="mot-de-passe" required></polis-password-input>
    </div>`,
  play: async ({ canvasElement }) => {
    const { field, toggle } = parts(canvasElement);
    await expect(toggle).toHaveAccessibleName('Afficher le mot de passe');
    await expect(field.checkValidity()).toBe(false);
    await expect(field.validationMessage).toBe('Saisissez mot de passe');
  },
};
