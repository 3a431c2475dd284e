import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import { TOAST_VARIANTS, type PolisToast } from './toast.js';

type Args = Partial<Pick<PolisToast, 'variant' | 'heading' | 'duration'>> & { text: string };

const shadow = (toast: PolisToast) => toast.shadowRoot!;
const closeButton = (toast: PolisToast) =>
  shadow(toast).querySelector<HTMLButtonElement>('[part="close-button"]')!;
const prefix = (toast: PolisToast) => shadow(toast).querySelector('.visually-hidden')!.textContent!.trim();

const meta: Meta<Args> = {
  title: 'Components/Toast',
  component: 'polis-toast',
  argTypes: {
    variant: { control: 'select', options: TOAST_VARIANTS },
  },
  args: { text: 'Your changes have been saved.', variant: 'info' },
  render: (args) =>
    html`<polis-toast
      variant=${ifDefined(args.variant)}
      heading=${ifDefined(args.heading || undefined)}
      duration=${ifDefined(args.duration || undefined)}
      >${args.text}</polis-toast
    >`,
};
export default meta;
type Story = StoryObj<Args>;

export const Info: Story = {
  play: async ({ canvasElement }) => {
    const toast = canvasElement.querySelector('polis-toast')!;
    await expect(prefix(toast)).toBe('Information:');
    await expect(toast).toHaveTextContent('Your changes have been saved.');
    await expect(closeButton(toast)).toHaveAccessibleName('Close notification');
    // A toast does not take focus.
    await expect(document.activeElement).not.toBe(toast);
  },
};

export const Success: Story = {
  args: { variant: 'success', text: 'Your application has been sent.' },
  play: async ({ canvasElement }) => {
    await expect(prefix(canvasElement.querySelector('polis-toast')!)).toBe('Success:');
  },
};

export const Warning: Story = {
  args: { variant: 'warning', text: 'You have 10 minutes left to finish your application.' },
  play: async ({ canvasElement }) => {
    await expect(prefix(canvasElement.querySelector('polis-toast')!)).toBe('Warning:');
  },
};

export const ErrorToast: Story = {
  name: 'Error',
  args: { variant: 'error', text: 'The file could not be uploaded. Try again.' },
  play: async ({ canvasElement }) => {
    await expect(prefix(canvasElement.querySelector('polis-toast')!)).toBe('Error:');
  },
};

export const WithHeading: Story = {
  name: 'With a heading',
  args: { variant: 'success', heading: 'Draft saved', text: 'You can come back to it within 28 days.' },
  play: async ({ canvasElement }) => {
    const toast = canvasElement.querySelector('polis-toast')!;
    await expect(shadow(toast).querySelector('[part="heading"]')).toHaveTextContent('Draft saved');
  },
};

export const WithLink: Story = {
  name: 'With a link',
  render: () =>
    html`<polis-toast variant="success">
      Document uploaded. <a href="#documents">View your documents</a>
    </polis-toast>`,
  play: async ({ canvasElement }) => {
    const link = canvasElement.querySelector('a')!;
    await expect(link).toHaveAccessibleName('View your documents');
  },
};

/** Closing with the button removes the toast; Escape does the same while focus is inside it. */
export const Closing: Story = {
  name: 'Closing with the button or Escape',
  render: () =>
    html`<polis-toast>Address updated.</polis-toast>
      <polis-toast variant="success"
        >Document uploaded. <a href="#documents">View your documents</a></polis-toast
      >
      <p>Both notifications are closed by the example.</p>`,
  play: async ({ canvasElement }) => {
    const [first, second] = canvasElement.querySelectorAll('polis-toast');
    await userEvent.click(closeButton(first!));
    await expect(first!.isConnected).toBe(false);
    canvasElement.querySelector('a')!.focus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(second!.isConnected).toBe(false));
  },
};

export const French: Story = {
  name: 'In French',
  render: () =>
    html`<div lang="fr">
      <polis-toast variant="success" heading="Demande envoyée"
        >Vous recevrez une réponse par courriel d’ici 10 jours.</polis-toast
      >
    </div>`,
  play: async ({ canvasElement }) => {
    const toast = canvasElement.querySelector('polis-toast')!;
    await expect(prefix(toast)).toBe('Succès\u202f:');
    await expect(closeButton(toast)).toHaveAccessibleName('Fermer la notification');
  },
};
