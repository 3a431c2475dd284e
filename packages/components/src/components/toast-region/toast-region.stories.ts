import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import '../button/define.js';
import { showToast, type PolisToastRegion } from './toast-region.js';

const base = (region: PolisToastRegion) => region.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

const meta: Meta = {
  title: 'Components/Toast region',
  component: 'polis-toast-region',
  parameters: {
    // The region is fixed to a corner of the window: show each example in a frame of its own.
    docs: { story: { inline: false, height: '360px' } },
  },
};
export default meta;
type Story = StoryObj;

/** Toasts stack in the block-end, inline-end corner, oldest first. */
export const Default: Story = {
  render: () =>
    html`<p>The notifications are in the corner of the window.</p>
      <polis-toast-region>
        <polis-toast variant="success">Your address has been updated.</polis-toast>
        <polis-toast>A copy of your answers has been sent to your email.</polis-toast>
      </polis-toast-region>`,
  play: async ({ canvasElement }) => {
    const region = canvasElement.querySelector('polis-toast-region')!;
    await expect(base(region)).toHaveRole('region');
    await expect(base(region)).toHaveAccessibleName('Notifications');
    await expect(region.querySelectorAll('polis-toast')).toHaveLength(2);
  },
};

/** `showToast()` adds a toast from script, as text. Timed toasts pause while hovered or focused. */
export const FromScript: Story = {
  name: 'From script, with a time limit',
  render: () =>
    html`<polis-button
        type="button"
        variant="secondary"
        @click=${() => showToast('Your draft has been saved.', { variant: 'success', duration: 8000 })}
        >Save draft</polis-button
      >
      <polis-toast-region></polis-toast-region>`,
  play: async ({ canvasElement }) => {
    const host = canvasElement.querySelector<HTMLElement>('polis-button')!;
    const button = host.shadowRoot!.querySelector('button')!;
    await userEvent.click(button);
    const region = canvasElement.querySelector('polis-toast-region')!;
    const toast = region.querySelector('polis-toast')!;
    await expect(toast).toHaveTextContent('Your draft has been saved.');
    // Focus stays where the person was.
    await expect(host.shadowRoot!.activeElement).toBe(button);
  },
};

/**
 * A focused field in the corner where the region sits: the region moves to another corner
 * so it never covers it (WCAG 2.4.11 Focus Not Obscured).
 */
export const FocusNotObscured: Story = {
  name: 'Never covers the focused field',
  render: () =>
    html`<polis-toast-region>
        <polis-toast>Your changes have been saved.</polis-toast>
      </polis-toast-region>
      <label class="corner-field"
        >Reference number <input name="reference" autocomplete="off" size="12"
      /></label>`,
  play: async ({ canvasElement }) => {
    const label = canvasElement.querySelector<HTMLElement>('.corner-field')!;
    // CSSOM, not a style attribute: the field sits in the corner the region starts in.
    Object.assign(label.style, { position: 'fixed', insetBlockEnd: '24px', insetInlineEnd: '24px' });
    const input = label.querySelector('input')!;
    const region = canvasElement.querySelector('polis-toast-region')!;
    input.focus();
    await waitFor(() =>
      expect(overlaps(base(region).getBoundingClientRect(), input.getBoundingClientRect())).toBe(false),
    );
    await userEvent.type(input, 'HDJ2123F');
    await expect(input).toHaveValue('HDJ2123F');
  },
};

export const French: Story = {
  name: 'In French',
  render: () =>
    html`<div lang="fr">
      <polis-toast-region>
        <polis-toast variant="success">Votre adresse a été mise à jour.</polis-toast>
      </polis-toast-region>
    </div>`,
  play: async ({ canvasElement }) => {
    const region = canvasElement.querySelector('polis-toast-region')!;
    await expect(base(region)).toHaveAccessibleName('Notifications');
    const toast = region.querySelector('polis-toast')!;
    const close = toast.shadowRoot!.querySelector('[part="close-button"]')!;
    await expect(close).toHaveAccessibleName('Fermer la notification');
  },
};
