import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import '../button/define.js';
import { ALERT_VARIANTS, type PolisAlert } from './alert.js';

type Args = Partial<Pick<PolisAlert, 'variant' | 'heading' | 'headingLevel' | 'live'>> & { text: string };

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const politeRegion = () => document.querySelector('#polis-announcer [aria-live="polite"]');

const meta: Meta<Args> = {
  title: 'Components/Alert',
  component: 'polis-alert',
  argTypes: {
    variant: { control: 'select', options: ALERT_VARIANTS },
  },
  args: {
    variant: 'info',
    heading: 'Opening hours over the holidays',
    text: 'Our phone lines are closed on 25 and 26 December.',
  },
  render: (args) =>
    html`<polis-alert
      variant=${ifDefined(args.variant)}
      heading=${ifDefined(args.heading || undefined)}
      heading-level=${ifDefined(args.headingLevel)}
      ?live=${args.live}
      ><p>${args.text}</p></polis-alert
    >`,
};
export default meta;
type Story = StoryObj<Args>;

export const Info: Story = {
  play: async ({ canvasElement }) => {
    const alert = canvasElement.querySelector('polis-alert')!;
    await expect(part(alert, 'heading')).toHaveRole('heading');
    await expect(part(alert, 'heading')).toHaveAccessibleName('Information: Opening hours over the holidays');
    await expect(part(alert, 'icon')).toHaveAttribute('aria-hidden', 'true');
  },
};

export const Success: Story = {
  args: {
    variant: 'success',
    heading: 'Payment received',
    text: 'We have sent a receipt to your email address.',
  },
  play: async ({ canvasElement }) => {
    const alert = canvasElement.querySelector('polis-alert')!;
    await expect(part(alert, 'heading')).toHaveAccessibleName('Success: Payment received');
  },
};

export const Warning: Story = {
  args: {
    variant: 'warning',
    heading: 'You can only apply once',
    text: 'Check your answers before you send your application.',
  },
  play: async ({ canvasElement }) => {
    const alert = canvasElement.querySelector('polis-alert')!;
    await expect(part(alert, 'heading')).toHaveAccessibleName('Warning: You can only apply once');
  },
};

export const ErrorAlert: Story = {
  name: 'Error',
  args: {
    variant: 'error',
    heading: 'We could not save your answers',
    text: 'Try again in a few minutes.',
  },
  play: async ({ canvasElement }) => {
    const alert = canvasElement.querySelector('polis-alert')!;
    await expect(part(alert, 'heading')).toHaveAccessibleName('Error: We could not save your answers');
  },
};

/** Without a heading the prefix is read before the message. */
export const WithoutHeading: Story = {
  name: 'Without a heading',
  args: {
    heading: '',
    variant: 'warning',
    text: 'This form will time out after 20 minutes without activity.',
  },
  play: async ({ canvasElement }) => {
    const alert = canvasElement.querySelector('polis-alert')!;
    await expect(part(alert, 'heading')).toBeNull();
    await expect(part(alert, 'content')).toHaveTextContent(/^Warning:/);
  },
};

/** With `live`, the alert is announced when it appears and when its text changes. */
export const Live: Story = {
  name: 'Live',
  render: () =>
    html`<polis-alert live variant="success" heading="Draft saved"
        ><p>We saved your answers at <span class="time">10:15</span>.</p></polis-alert
      >
      <polis-button
        type="button"
        variant="secondary"
        @click=${(event: Event) => {
          const root = (event.currentTarget as HTMLElement).parentElement!;
          root.querySelector('.time')!.textContent = '10:20';
        }}
        >Save again</polis-button
      >`,
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(politeRegion()).toHaveTextContent('Success: Draft saved We saved your answers at 10:15.'),
    );
    const button = canvasElement.querySelector('polis-button')!.shadowRoot!.querySelector('button')!;
    await userEvent.click(button);
    await waitFor(() =>
      expect(politeRegion()).toHaveTextContent('Success: Draft saved We saved your answers at 10:20.'),
    );
  },
};

/** Inside `lang="fr"` the prefixes are French. */
export const French: Story = {
  name: 'In French',
  render: () =>
    html`<div lang="fr">
      ${ALERT_VARIANTS.map(
        (variant) =>
          html`<polis-alert variant=${variant} heading="Horaires d’ouverture">
            <p>Nos lignes téléphoniques sont fermées les 25 et 26 décembre.</p>
          </polis-alert>`,
      )}
    </div>`,
  play: async ({ canvasElement }) => {
    const names = [...canvasElement.querySelectorAll('polis-alert')].map((alert) =>
      part(alert, 'heading').querySelector('.visually-hidden')!.textContent!.trim(),
    );
    await expect(names).toEqual(['Information\u202f:', 'Succès\u202f:', 'Attention\u202f:', 'Erreur\u202f:']);
  },
};
