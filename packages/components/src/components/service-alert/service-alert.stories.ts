import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent } from 'storybook/test';
import './define.js';
import { forget } from '../../base/storage.js';
import { SERVICE_ALERT_SEVERITIES, serviceAlertStorageKey, type PolisServiceAlert } from './service-alert.js';

type Args = Partial<
  Pick<PolisServiceAlert, 'severity' | 'heading' | 'headingLevel' | 'dismissible' | 'alertId'>
>;

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

const meta: Meta<Args> = {
  title: 'Components/Service alert',
  component: 'polis-service-alert',
  // Shows page structure (landmarks or the page's heading): framed in docs pages, see
  // .storybook/blocks/story-frames.ts.
  parameters: { docs: { story: { inline: false, height: 'auto' } } },
  argTypes: {
    severity: { control: 'select', options: SERVICE_ALERT_SEVERITIES },
  },
  args: { severity: 'info', heading: 'Planned maintenance on Saturday 7 June' },
  render: (args) =>
    html`<polis-service-alert
      severity=${ifDefined(args.severity)}
      heading=${ifDefined(args.heading)}
      heading-level=${ifDefined(args.headingLevel)}
      alert-id=${ifDefined(args.alertId)}
      ?dismissible=${args.dismissible}
    >
      <p>You will not be able to sign in from 8am to 10am. <a href="#status">Check the service status</a>.</p>
    </polis-service-alert>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Info: Story = {
  play: async ({ canvasElement }) => {
    const alert = canvasElement.querySelector('polis-service-alert')!;
    await expect(part(alert, 'base')).toHaveRole('region');
    await expect(part(alert, 'base')).toHaveAccessibleName('Notice: Planned maintenance on Saturday 7 June');
    await expect(part(alert, 'heading')).toHaveRole('heading');
  },
};

export const Warning: Story = {
  args: { severity: 'warning', heading: 'Payments are slower than usual' },
  play: async ({ canvasElement }) => {
    const alert = canvasElement.querySelector('polis-service-alert')!;
    await expect(part(alert, 'base')).toHaveAccessibleName('Warning: Payments are slower than usual');
  },
};

/** Emergencies cannot be dismissed, even with `dismissible`. */
export const Emergency: Story = {
  args: { severity: 'emergency', heading: 'Flood warning for the River Severn', dismissible: true },
  render: () =>
    html`<polis-service-alert severity="emergency" dismissible heading="Flood warning for the River Severn">
      <p>Move to higher ground now. <a href="#floods">Find out what to do in a flood</a>.</p>
    </polis-service-alert>`,
  play: async ({ canvasElement }) => {
    const alert = canvasElement.querySelector('polis-service-alert')!;
    await expect(part(alert, 'base')).toHaveAccessibleName('Emergency: Flood warning for the River Severn');
    await expect(part(alert, 'dismiss-button')).toBeNull();
  },
};

/** Dismissed once, it stays dismissed for the session, or longer with consent. */
export const Dismissible: Story = {
  args: { dismissible: true, alertId: 'storybook-maintenance-june' },
  beforeEach: () => {
    forget(serviceAlertStorageKey('storybook-maintenance-june'));
    return () => forget(serviceAlertStorageKey('storybook-maintenance-june'));
  },
  play: async ({ canvasElement }) => {
    const alert = canvasElement.querySelector('polis-service-alert')!;
    const button = part(alert, 'dismiss-button');
    await expect(button).toHaveRole('button');
    await expect(button).toHaveAccessibleName('Dismiss: Planned maintenance on Saturday 7 June');
    await userEvent.click(button);
    await expect(alert).not.toBeVisible();
    await expect(sessionStorage.getItem(serviceAlertStorageKey('storybook-maintenance-june'))).toBe(
      'dismissed',
    );
  },
};

/** Inside `lang="fr"` the built-in strings are French. */
export const French: Story = {
  name: 'In French',
  render: () =>
    html`<div lang="fr">
      <polis-service-alert severity="warning" heading="Maintenance prévue samedi 7 juin" dismissible>
        <p>Vous ne pourrez pas vous connecter de 8 h à 10 h.</p>
      </polis-service-alert>
    </div>`,
  play: async ({ canvasElement }) => {
    const alert = canvasElement.querySelector('polis-service-alert')!;
    await expect(part(alert, 'base')).toHaveAccessibleName(/^Attention\s: Maintenance prévue samedi 7 juin$/);
    await expect(part(alert, 'dismiss-button')).toHaveTextContent('Masquer');
  },
};
