import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import '../button/define.js';
import type { PolisStepIndicator } from './step-indicator.js';

type Args = Partial<Pick<PolisStepIndicator, 'current' | 'total'>>;

const indicator = (root: HTMLElement) => root.querySelector('polis-step-indicator')!;
const inner = (root: HTMLElement, name: string) =>
  indicator(root).shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

const STEPS = ['Your details', 'Your address', 'Your business', 'Check your answers'];

const meta: Meta<Args> = {
  title: 'Components/Step indicator',
  component: 'polis-step-indicator',
  // Shows page structure (landmarks or the page's heading): framed in docs pages, see
  // .storybook/blocks/story-frames.ts.
  parameters: { docs: { story: { inline: false, height: 'auto' } } },
  args: { current: 2, total: 5 },
  render: (args) =>
    html`<polis-step-indicator
        current=${ifDefined(args.current)}
        total=${ifDefined(args.total)}
      ></polis-step-indicator>
      <h1>What is your address?</h1>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The text alone, just above the page's `<h1>`. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(inner(canvasElement, 'text')).toHaveTextContent('Step 2 of 5');
    await expect(inner(canvasElement, 'steps')).toBeNull();
  },
};

/**
 * With an ordered list of the steps' names inside, a progress list is drawn; the current step
 * has `aria-current="step"`. On narrow screens and with large text it collapses to the text.
 */
export const WithSteps: Story = {
  name: 'With the steps',
  args: { current: 2, total: 4 },
  render: (args) =>
    html`<polis-step-indicator current=${ifDefined(args.current)} total=${ifDefined(args.total)}>
        <ol>
          ${STEPS.map((step) => html`<li>${step}</li>`)}
        </ol>
      </polis-step-indicator>
      <h1>What is your address?</h1>`,
  play: async ({ canvasElement }) => {
    const steps = [...indicator(canvasElement).shadowRoot!.querySelectorAll('[part~="step"]')];
    await expect(steps).toHaveLength(4);
    await expect(steps.map((step) => step.getAttribute('aria-current'))).toEqual([null, 'step', null, null]);
    await expect(inner(canvasElement, 'text')).toHaveTextContent('Step 2 of 4');
  },
};

/** Inside the `<h1>`, as its caption: text only, and part of the heading's name. */
export const InsideTheHeading: Story = {
  name: 'Inside the heading',
  render: () =>
    html`<h1>
      <polis-step-indicator current="3" total="4"></polis-step-indicator>
      Tell us about your business
    </h1>`,
  play: async ({ canvasElement }) => {
    // The heading's name in Chromium is "Step 3 of 4 Tell us about your business" (checked in the
    // browser tests; the name calculation used here does not look into shadow roots).
    await expect(indicator(canvasElement).closest('h1')).not.toBeNull();
    await expect(inner(canvasElement, 'text')).toHaveTextContent('Step 3 of 4');
    await expect(inner(canvasElement, 'steps')).toBeNull();
  },
};

/**
 * A single-page application: "Continue" changes `current` and the page's heading in place.
 * The new step is announced once, politely; nothing is announced when the page first loads.
 */
export const SinglePageApplication: Story = {
  name: 'In a single-page application',
  render: () => {
    const next = (event: Event) => {
      const root = (event.currentTarget as HTMLElement).closest('section')!;
      const el = root.querySelector('polis-step-indicator')!;
      const current = Math.min((el.current ?? 1) + 1, STEPS.length);
      el.current = current;
      root.querySelector('h1')!.textContent = STEPS[current - 1]!;
    };
    return html`<section aria-label="Example form">
      <polis-step-indicator current="1">
        <ol>
          ${STEPS.map((step) => html`<li>${step}</li>`)}
        </ol>
      </polis-step-indicator>
      <h1>${STEPS[0]}</h1>
      <polis-button type="button" @click=${next}>Continue</polis-button>
    </section>`;
  },
  play: async ({ canvasElement }) => {
    const polite = () => document.querySelector('#polis-announcer [aria-live="polite"]');
    await expect(polite()).not.toBeNull();
    await expect(polite()!.textContent).toBe('');
    const button = canvasElement.querySelector('polis-button')!.shadowRoot!.querySelector('button')!;
    await userEvent.click(button);
    await waitFor(() => expect(polite()!.textContent).toBe('Step 2 of 4: Your address'));
    await expect(inner(canvasElement, 'text')).toHaveTextContent('Step 2 of 4');
  },
};

/** Inside `lang="fr"` the text is French, with numbers formatted for French. */
export const French: Story = {
  name: 'In French',
  render: () =>
    html`<div lang="fr">
      <polis-step-indicator current="2" total="5"></polis-step-indicator>
      <h1>Quelle est votre adresse ?</h1>
    </div>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inner(canvasElement, 'text')).toHaveTextContent('Étape 2 sur 5'));
  },
};

/** Right to left: the steps run from the right. */
export const RightToLeft: Story = {
  name: 'Right to left',
  render: () =>
    html`<div lang="ar" dir="rtl">
      <polis-step-indicator current="2">
        <ol>
          <li>بياناتك</li>
          <li>عنوانك</li>
          <li>مراجعة إجاباتك</li>
        </ol>
      </polis-step-indicator>
      <h1>ما هو عنوانك؟</h1>
    </div>`,
  play: async ({ canvasElement }) => {
    const [first, second] = [...indicator(canvasElement).shadowRoot!.querySelectorAll('[part~="step"]')].map(
      (step) => step.getBoundingClientRect(),
    );
    await expect(first!.left).toBeGreaterThan(second!.right - 1);
  },
};
