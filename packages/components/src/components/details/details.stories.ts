import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import type { PolisDetails } from './details.js';

type Args = Partial<Pick<PolisDetails, 'summary' | 'open'>>;

const detailsOf = (canvas: HTMLElement) => canvas.querySelector<PolisDetails>('polis-details')!;
/** The summary people select: the element's own, or the one in the page's details. */
const summaryOf = (canvas: HTMLElement) =>
  (detailsOf(canvas).shadowRoot!.querySelector<HTMLElement>('[part~="summary"]') ??
    detailsOf(canvas).querySelector<HTMLElement>('details > summary'))!;

const help = html`<p>
    We need to know your nationality so we can work out which elections you’re entitled to vote in.
  </p>
  <p>
    If you cannot provide your nationality, you’ll have to send copies of identity documents through the post.
  </p>`;

const meta: Meta<Args> = {
  title: 'Components/Details',
  component: 'polis-details',
  args: { summary: 'Help with nationality' },
  render: (args) =>
    html`<polis-details summary=${ifDefined(args.summary)} ?open=${args.open}>${help}</polis-details>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Closed at first. Select the summary, or press Enter or Space on it, to show the help. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const el = detailsOf(canvasElement);
    const text = el.querySelector('p')!;
    await expect(el.open).toBe(false);
    await expect(text.checkVisibility()).toBe(false);
    await expect(summaryOf(canvasElement)).toHaveTextContent('Help with nationality');
    await userEvent.click(summaryOf(canvasElement));
    await waitFor(() => expect(el).toHaveAttribute('open'));
    await expect(text.checkVisibility()).toBe(true);
    await userEvent.click(summaryOf(canvasElement));
    await waitFor(() => expect(el).not.toHaveAttribute('open'));
  },
};

/**
 * Your own `<details>` inside the element: a working disclosure before the element runs and
 * without JavaScript. The element styles it and keeps `open` in step.
 */
export const OwnDetails: Story = {
  name: 'Your own details',
  render: () =>
    html`<polis-details
      ><details>
        <summary>Where to find your National Insurance number</summary>
        <p>It’s on your National Insurance card, benefit letter, payslip or P60.</p>
      </details></polis-details
    >`,
  play: async ({ canvasElement }) => {
    const el = detailsOf(canvasElement);
    await expect(el.querySelector('details')!.open).toBe(false);
    await userEvent.click(summaryOf(canvasElement));
    await waitFor(() => expect(el.open).toBe(true));
    await expect(el.querySelector('details > p')!.checkVisibility()).toBe(true);
  },
};

/** Open from the start with `open`; the attribute follows the person's choice afterwards. */
export const Open: Story = {
  args: { open: true },
  play: async ({ canvasElement }) => {
    await expect(detailsOf(canvasElement).querySelector('p')!.checkVisibility()).toBe(true);
  },
};

/** A summary with markup of its own, in `slot="summary"`. */
export const SummarySlot: Story = {
  name: 'Summary with markup',
  render: () =>
    html`<polis-details
      ><span slot="summary">Help with your <abbr title="Unique Taxpayer Reference">UTR</abbr></span>
      <p>Your UTR is 10 digits long. It’s on letters from the tax office.</p></polis-details
    >`,
  play: async ({ canvasElement }) => {
    await expect(summaryOf(canvasElement)).toBeVisible();
    const slotted = canvasElement.querySelector('[slot="summary"]')!;
    await expect(slotted.assignedSlot).not.toBeNull();
    await expect(slotted).toHaveTextContent('Help with your UTR');
  },
};

/** Right to left, the triangle and the line beside the text are on the right. */
export const RightToLeft: Story = {
  name: 'Right to left',
  args: { open: true },
  render: (args) =>
    html`<div dir="rtl" lang="ar">
      <polis-details summary="مساعدة بشأن الجنسية" ?open=${args.open}>
        <p>نحتاج إلى معرفة جنسيتك لنعرف الانتخابات التي يحق لك التصويت فيها.</p>
      </polis-details>
    </div>`,
  play: async ({ canvasElement }) => {
    const summary = summaryOf(canvasElement).getBoundingClientRect();
    const text = detailsOf(canvasElement).querySelector('p')!.getBoundingClientRect();
    // Both start at the right edge.
    await expect(Math.abs(summary.right - text.right)).toBeLessThanOrEqual(30);
  },
};
