import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import '../button/define.js';
import { NOTIFICATION_BANNER_TYPES, type PolisNotificationBanner } from './notification-banner.js';

type Args = Partial<
  Pick<PolisNotificationBanner, 'type' | 'heading' | 'headingLevel' | 'disableAutoFocus' | 'dismissible'>
>;

const banner = (root: HTMLElement) => root.querySelector('polis-notification-banner')!;
const inner = (root: HTMLElement, name: string) =>
  banner(root).shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

const meta: Meta<Args> = {
  title: 'Components/Notification banner',
  component: 'polis-notification-banner',
  // Shows page structure (landmarks or the page's heading): framed in docs pages, see
  // .storybook/blocks/story-frames.ts.
  parameters: { docs: { story: { inline: false, height: 'auto' } } },
  argTypes: {
    type: { control: 'select', options: NOTIFICATION_BANNER_TYPES },
  },
  args: { type: 'important' },
  render: (args) =>
    html`<polis-notification-banner
      type=${ifDefined(args.type)}
      heading=${ifDefined(args.heading)}
      heading-level=${ifDefined(args.headingLevel)}
      ?disable-auto-focus=${args.disableAutoFocus}
      ?dismissible=${args.dismissible}
    >
      <p>You have 7 days left to send your application. <a href="#apply">View application</a>.</p>
    </polis-notification-banner>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The default: a region named "Important". It does not take focus. */
export const Important: Story = {
  play: async ({ canvasElement }) => {
    const base = inner(canvasElement, 'base');
    await expect(base).toHaveRole('region');
    await expect(base).toHaveAccessibleName('Important');
    await expect(inner(canvasElement, 'heading')).toHaveTextContent('Important');
    await expect(document.activeElement).not.toBe(banner(canvasElement));
  },
};

/** After a person has done something: an alert that takes focus, so it is heard first. */
export const Success: Story = {
  args: { type: 'success' },
  render: () =>
    html`<polis-notification-banner type="success">
      <h3>Your parking permit has been renewed</h3>
      <p>Contact <a href="#contact">the support team</a> if you think there is a problem.</p>
    </polis-notification-banner>`,
  play: async ({ canvasElement }) => {
    const base = inner(canvasElement, 'base');
    await expect(base).toHaveRole('alert');
    await expect(base).toHaveAccessibleName('Success');
    await waitFor(() => expect(document.activeElement).toBe(banner(canvasElement)));
    await expect(banner(canvasElement).shadowRoot!.activeElement).toBe(base);
  },
};

/** A banner the person can dismiss. Focus moves to the main content when it goes. */
export const Dismissible: Story = {
  args: { dismissible: true, heading: 'Service update' },
  render: (args) =>
    html`<main aria-label="Example page">
      <polis-notification-banner ?dismissible=${args.dismissible} heading=${ifDefined(args.heading)}>
        <p>Applications reopen on Monday 3 June.</p>
      </polis-notification-banner>
      <h1>Apply for a fishing licence</h1>
    </main>`,
  play: async ({ canvasElement }) => {
    const button = inner(canvasElement, 'dismiss-button');
    await expect(button).toHaveRole('button');
    await expect(button).toHaveAccessibleName('Dismiss: Service update');
    await userEvent.click(button);
    await expect(banner(canvasElement)).not.toBeVisible();
    await expect(document.activeElement).toBe(canvasElement.querySelector('main'));
  },
};

/** A title of your own, at heading level 3. */
export const CustomHeading: Story = {
  name: 'Custom heading and level',
  args: { heading: 'Your application', headingLevel: '3' },
  play: async ({ canvasElement }) => {
    const heading = inner(canvasElement, 'heading');
    await expect(heading.localName).toBe('h3');
    await expect(inner(canvasElement, 'base')).toHaveAccessibleName('Your application');
  },
};

/** A success banner shown from script after an action on the same page takes focus each time it appears. */
export const ShownAfterAnAction: Story = {
  name: 'Shown after an action',
  render: () =>
    html`<polis-notification-banner type="success" hidden>
        <p>Your answers have been saved.</p>
      </polis-notification-banner>
      <polis-button
        type="button"
        @click=${(event: Event) => {
          const root = (event.currentTarget as HTMLElement).parentElement!;
          root.querySelector('polis-notification-banner')!.hidden = false;
        }}
        >Save answers</polis-button
      >`,
  play: async ({ canvasElement }) => {
    await expect(banner(canvasElement)).not.toBeVisible();
    const button = canvasElement.querySelector('polis-button')!.shadowRoot!.querySelector('button')!;
    await userEvent.click(button);
    await waitFor(() => expect(document.activeElement).toBe(banner(canvasElement)));
    await expect(banner(canvasElement)).toBeVisible();
  },
};

/** Inside `lang="fr"` the built-in strings are French. */
export const French: Story = {
  name: 'In French',
  render: () =>
    html`<div lang="fr">
      <polis-notification-banner dismissible>
        <p>Il vous reste 7 jours pour envoyer votre demande.</p>
      </polis-notification-banner>
      <polis-notification-banner type="success" disable-auto-focus>
        <p>Votre demande a été envoyée.</p>
      </polis-notification-banner>
    </div>`,
  play: async ({ canvasElement }) => {
    const [important, success] = [...canvasElement.querySelectorAll('polis-notification-banner')];
    const part = (el: Element, name: string) =>
      el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
    await expect(part(important!, 'base')).toHaveAccessibleName('Important');
    await expect(part(important!, 'dismiss-button')).toHaveTextContent('Masquer');
    await expect(part(success!, 'base')).toHaveAccessibleName('Opération réussie');
  },
};
