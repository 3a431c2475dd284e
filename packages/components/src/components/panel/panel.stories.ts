import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import './define.js';
import type { PolisPanel } from './panel.js';

type Args = Partial<Pick<PolisPanel, 'heading' | 'headingLevel' | 'reference'>>;

const panel = (root: HTMLElement) => root.querySelector('polis-panel')!;
const inner = (root: HTMLElement, name: string) =>
  panel(root).shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

const meta: Meta<Args> = {
  title: 'Components/Panel',
  component: 'polis-panel',
  // Shows page structure (landmarks or the page's heading): framed in docs pages, see
  // .storybook/blocks/story-frames.ts.
  parameters: { docs: { story: { inline: false, height: 'auto' } } },
  args: { heading: 'Application complete', reference: 'HDJ2123F' },
  render: (args) =>
    html`<polis-panel
      heading=${ifDefined(args.heading)}
      heading-level=${ifDefined(args.headingLevel)}
      reference=${ifDefined(args.reference)}
    ></polis-panel>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The top of a confirmation page: an `<h1>` and the person's reference number. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const heading = inner(canvasElement, 'heading')!;
    await expect(heading.localName).toBe('h1');
    await expect(heading).toHaveAccessibleName('Application complete');
    await expect(inner(canvasElement, 'reference-label')).toHaveTextContent('Your reference number');
    await expect(inner(canvasElement, 'reference')).toHaveTextContent('HDJ2123F');
    await expect(inner(canvasElement, 'reference')!.getAttribute('translate')).toBe('no');
    await expect(document.activeElement).not.toBe(panel(canvasElement));
  },
};

/** A sentence under the reference number, slotted. Keep it short, without links. */
export const WithText: Story = {
  name: 'With text',
  render: (args) =>
    html`<polis-panel heading=${ifDefined(args.heading)} reference=${ifDefined(args.reference)}>
      <p>We have sent you a confirmation email.</p>
    </polis-panel>`,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('p')).toBeVisible();
    await expect(inner(canvasElement, 'body')).toBeVisible();
  },
};

/** Without a reference number, the panel is its heading and text. */
export const WithoutReference: Story = {
  name: 'Without a reference number',
  args: { heading: 'Payment received', reference: undefined },
  render: (args) =>
    html`<polis-panel heading=${ifDefined(args.heading)}>
      <p>You will get a receipt by email.</p>
    </polis-panel>`,
  play: async ({ canvasElement }) => {
    await expect(inner(canvasElement, 'reference')).toBeNull();
    await expect(inner(canvasElement, 'reference-label')).toBeNull();
  },
};

/**
 * The page's own `<h1>` in the `heading` slot: it is a heading before the element upgrades,
 * and the panel does not wrap it in a second one.
 */
export const OwnHeading: Story = {
  name: 'Own heading element',
  render: () =>
    html`<polis-panel reference="HDJ2123F"><h1 slot="heading">Application complete</h1></polis-panel>`,
  play: async ({ canvasElement }) => {
    await expect(inner(canvasElement, 'heading')).toBeNull();
    const h1 = canvasElement.querySelector('h1')!;
    await expect(h1).toBeVisible();
    await expect(h1).toHaveAccessibleName('Application complete');
  },
};

/** A long reference number wraps inside the panel without changing: it is still one word to copy. */
export const LongReference: Story = {
  name: 'Long reference number',
  args: { reference: 'APP-2026-0003-HDJ2123F-LONDON-EAST' },
  play: async ({ canvasElement }) => {
    const reference = inner(canvasElement, 'reference')!;
    await expect(reference.textContent).toBe('APP-2026-0003-HDJ2123F-LONDON-EAST');
    await expect(getComputedStyle(reference).textTransform).toBe('none');
  },
};

/** Inside `lang="fr"` the label is French. */
export const French: Story = {
  name: 'In French',
  render: () =>
    html`<div lang="fr"><polis-panel heading="Demande envoyée" reference="HDJ2123F"></polis-panel></div>`,
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(inner(canvasElement, 'reference-label')).toHaveTextContent('Votre numéro de référence'),
    );
  },
};

/** Right to left: the text starts at the right; a Latin reference keeps its order. */
export const RightToLeft: Story = {
  name: 'Right to left',
  render: () =>
    html`<div lang="ar" dir="rtl">
      <polis-panel heading="تم إرسال طلبك" reference="HDJ-2123-F"></polis-panel>
    </div>`,
  play: async ({ canvasElement }) => {
    await expect(inner(canvasElement, 'reference')).toHaveTextContent('HDJ-2123-F');
    await expect(getComputedStyle(inner(canvasElement, 'heading')!).direction).toBe('rtl');
  },
};
