import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../accordion/define.js';
import { supportsHiddenUntilFound, type PolisAccordionSection } from './accordion-section.js';

type Args = Partial<Pick<PolisAccordionSection, 'heading' | 'summary' | 'headingLevel' | 'open'>>;

const sectionsIn = (canvas: HTMLElement) => [
  ...canvas.querySelectorAll<PolisAccordionSection>('polis-accordion-section'),
];
const partOf = (section: Element, name: string) =>
  section.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
/** The element that has focus, looking through shadow roots. */
const focused = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

const meta: Meta<Args> = {
  title: 'Components/Accordion section',
  component: 'polis-accordion-section',
  args: {
    heading: 'Writing well for the web',
    summary: 'An introduction to writing for the web',
  },
  render: (args) =>
    html`<polis-accordion id="section-guidance" no-remember>
      <polis-accordion-section
        id="section-writing"
        heading=${ifDefined(args.heading)}
        summary=${ifDefined(args.summary)}
        heading-level=${ifDefined(args.headingLevel ?? undefined)}
        ?open=${args.open}
      >
        <p>Put the most important information first, and write in plain English.</p>
      </polis-accordion-section>
    </polis-accordion>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * A heading, a summary line and content. The heading is a button: Enter or Space shows and
 * hides the content, and focus stays on it.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const [section] = sectionsIn(canvasElement);
    const heading = partOf(section!, 'heading');
    await expect(heading).toHaveRole('heading');
    await expect(heading.localName).toBe('h2');
    const button = partOf(section!, 'button');
    await expect(heading.contains(button)).toBe(true);
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button.getAttribute('aria-controls')).toBe(partOf(section!, 'content').id);
    button.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(button).toHaveAttribute('aria-expanded', 'true'));
    await expect(section!.hasAttribute('open')).toBe(true);
    await expect(section!.querySelector('p')!.checkVisibility()).toBe(true);
    await expect(focused()).toBe(button);
    await userEvent.keyboard(' ');
    await waitFor(() => expect(button).toHaveAttribute('aria-expanded', 'false'));
    await expect(section!.querySelector('p')!.checkVisibility()).toBe(false);
  },
};

/**
 * Your own heading in the `heading` slot (`<h3 slot="heading">`) is a real heading without
 * JavaScript; once the section upgrades, its level is the section's and it sits inside the
 * button. A summary can be given in the `summary` slot.
 */
export const HeadingSlot: Story = {
  name: 'Your own heading',
  render: () =>
    html`<h2>Apply for a permit</h2>
      <polis-accordion id="slot-guidance" no-remember>
        <polis-accordion-section id="slot-fees">
          <h3 slot="heading">Fees</h3>
          <span slot="summary">What it costs and how to pay</span>
          <p>The fee is €20. You can pay by card or bank transfer.</p>
        </polis-accordion-section>
        <polis-accordion-section id="slot-documents">
          <h3 slot="heading">Documents you need</h3>
          <p>A utility bill from the last 3 months.</p>
        </polis-accordion-section>
      </polis-accordion>`,
  play: async ({ canvasElement }) => {
    for (const section of sectionsIn(canvasElement)) {
      await expect(partOf(section, 'heading').localName).toBe('h3');
      await expect(section.querySelector('h3')).toHaveAttribute('role', 'presentation');
    }
  },
};

/**
 * Find in page reaches the text of closed sections: the section opens on the text it found
 * (where the browser supports `hidden="until-found"`). So does a link to an id inside it.
 */
export const FindInPage: Story = {
  name: 'Find in page',
  render: () =>
    html`<p><a href="#find-bill">What counts as proof of address?</a></p>
      <polis-accordion id="find-guidance" no-remember>
        <polis-accordion-section id="find-eligibility" heading="Who can apply">
          <p>You can apply if you are 18 or over.</p>
        </polis-accordion-section>
        <polis-accordion-section id="find-documents" heading="Documents you need">
          <p id="find-bill">A utility bill from the last 3 months counts as proof of address.</p>
        </polis-accordion-section>
      </polis-accordion>`,
  play: async ({ canvasElement }) => {
    const [, documents] = sectionsIn(canvasElement);
    const content = partOf(documents!, 'content');
    await expect(content.getAttribute('hidden')).toBe(supportsHiddenUntilFound ? 'until-found' : '');
    if (!supportsHiddenUntilFound) return;
    const before = window.location.href;
    try {
      // As following the link would (set directly: the test runner's frame has a base address).
      window.location.hash = 'find-bill';
      await waitFor(() => expect(documents!.open).toBe(true));
      await expect(canvasElement.querySelector('#find-bill')!.checkVisibility()).toBe(true);
    } finally {
      window.history.replaceState(window.history.state, '', before);
    }
  },
};

/** Without a heading, a section cannot be named, so it is not collapsible: its content is always shown. */
export const WithoutHeading: Story = {
  name: 'Without a heading (a mistake)',
  render: () =>
    html`<polis-accordion id="mistake-guidance" no-remember>
      <polis-accordion-section id="mistake-untitled">
        <p>This section has no heading: its content is always shown.</p>
      </polis-accordion-section>
      <polis-accordion-section id="mistake-fine" heading="A section with a heading">
        <p>This one can be shown and hidden.</p>
      </polis-accordion-section>
    </polis-accordion>`,
  play: async ({ canvasElement }) => {
    const [untitled, fine] = sectionsIn(canvasElement);
    await expect(untitled!.shadowRoot!.querySelector('button')).toBeNull();
    await expect(untitled!.querySelector('p')!.checkVisibility()).toBe(true);
    await expect(partOf(fine!, 'button')).toHaveAttribute('aria-expanded', 'false');
  },
};
