import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '@polis-ds/components/panel/define';
import '@polis-ds/components/notification-banner/define';
import '../blocks.css';

const meta: Meta = {
  title: 'Patterns/Confirmation pages',
  // Whole pages: framed in docs pages, see
  // .storybook/blocks/story-frames.ts.
  parameters: { docs: { story: { inline: false, height: 'auto' } } },
  tags: ['!autodocs'],
};
export default meta;
type Story = StoryObj;

const panelPart = (root: HTMLElement, name: string) =>
  root.querySelector('polis-panel')!.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/**
 * The end of a transaction: the panel says it is done and gives the reference number, then the
 * page says what happens next and asks for feedback.
 */
export const Confirmation: Story = {
  name: 'Application complete',
  render: () =>
    html`<div class="docs-page">
      <polis-panel heading="Application complete" reference="HDJ2123F"></polis-panel>
      <p>We have sent you a confirmation email.</p>
      <h2>What happens next</h2>
      <p>We will check your application and send your licence within 5 working days.</p>
      <p>Keep your reference number: you need it if you contact us about your application.</p>
      <p><a href="#feedback">What did you think of this service?</a> (takes 30 seconds)</p>
    </div>`,
  play: async ({ canvasElement }) => {
    const heading = panelPart(canvasElement, 'heading')!;
    await expect(heading.localName).toBe('h1');
    await expect(heading).toHaveAccessibleName('Application complete');
    await expect(panelPart(canvasElement, 'reference')).toHaveTextContent('HDJ2123F');
    // Nothing moves focus: the page title says what the heading says.
    await expect(document.activeElement).toBe(document.body);
  },
};

/**
 * When the work is not finished yet, such as a payment still being checked, say so plainly with
 * an important notification instead of a green panel.
 */
export const NotFinished: Story = {
  name: 'Not finished yet',
  render: () =>
    html`<div class="docs-page">
      <h1>We have received your application</h1>
      <polis-notification-banner heading-level="2">
        <p>
          Your payment is still being checked. We will email you within 2 working days to say if it went
          through.
        </p>
      </polis-notification-banner>
      <p>Your reference number is <strong translate="no">HDJ2123F</strong>.</p>
      <h2>What happens next</h2>
      <p>Your licence is sent when your payment has been checked.</p>
    </div>`,
  play: async ({ canvasElement }) => {
    const banner = canvasElement.querySelector('polis-notification-banner')!;
    const base = banner.shadowRoot!.querySelector('[part~="base"]');
    await waitFor(() => expect(base).toHaveRole('region'));
    await expect(base).toHaveAccessibleName('Important');
    await expect(document.activeElement).toBe(document.body);
  },
};
