import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import '../error-summary/define.js';
import '../text-input/define.js';
import { ACCORDION_STORAGE_PREFIX, type PolisAccordion } from './accordion.js';
import type { PolisAccordionSection } from '../accordion-section/accordion-section.js';

type Args = Partial<Pick<PolisAccordion, 'headingLevel' | 'noRemember'>>;

const accordionIn = (canvas: HTMLElement) => canvas.querySelector<PolisAccordion>('polis-accordion')!;
const sectionsIn = (canvas: HTMLElement) => [
  ...canvas.querySelectorAll<PolisAccordionSection>('polis-accordion-section'),
];
const showAllIn = (canvas: HTMLElement) =>
  accordionIn(canvas).shadowRoot!.querySelector<HTMLButtonElement>('[part~="show-all"]')!;
const buttonOf = (section: Element) =>
  section.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!;
/** The element that has focus, looking through shadow roots. */
const focused = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

/** Forgets what the stories' accordions remembered, so that each story starts as written. */
const forgetRemembered = () => {
  for (const storage of [sessionStorage, localStorage]) {
    for (const key of Object.keys(storage)) {
      if (key.startsWith(ACCORDION_STORAGE_PREFIX)) storage.removeItem(key);
    }
  }
};

const guidance = (prefix: string, args: Args = {}) =>
  html`<polis-accordion
    id="${prefix}-guidance"
    heading-level=${ifDefined(args.headingLevel ?? undefined)}
    ?no-remember=${args.noRemember}
  >
    <polis-accordion-section
      id="${prefix}-writing"
      heading="Writing well for the web"
      summary="An introduction to writing for the web"
    >
      <p>Put the most important information first, and write in plain English.</p>
      <p>Use short sentences, and the words your users use.</p>
    </polis-accordion-section>
    <polis-accordion-section
      id="${prefix}-specialists"
      heading="Writing well for specialists"
      summary="How to write for people who know the subject"
    >
      <p>Specialists still prefer plain English: it is quicker to read.</p>
    </polis-accordion-section>
    <polis-accordion-section id="${prefix}-audience" heading="Know your audience">
      <p>Find out what your users need to do, and what words they use for it.</p>
    </polis-accordion-section>
    <polis-accordion-section id="${prefix}-search" heading="How people read">
      <ul>
        <li>They scan the page for what they need.</li>
        <li>They read the first words of headings and paragraphs.</li>
      </ul>
    </polis-accordion-section>
  </polis-accordion>`;

const meta: Meta<Args> = {
  title: 'Components/Accordion',
  component: 'polis-accordion',
  beforeEach: forgetRemembered,
  render: (args) => guidance('accordion', args),
};
export default meta;
type Story = StoryObj<Args>;

/**
 * Four sections, closed. Press a heading to show its section; "Show all sections" opens them
 * all. Open sections are remembered for this browser session.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const showAll = showAllIn(canvasElement);
    await expect(showAll).toHaveAccessibleName('Show all sections');
    await expect(showAll).toHaveAttribute('aria-expanded', 'false');
    const [writing, ...rest] = sectionsIn(canvasElement);
    const button = buttonOf(writing!);
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(writing!.querySelector('p')!.checkVisibility()).toBe(false);
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-expanded', 'true'));
    await expect(writing!.querySelector('p')!.checkVisibility()).toBe(true);
    await expect(focused()).toBe(button);
    // Open the rest one by one: "Show all sections" becomes "Hide all sections".
    for (const section of rest) await userEvent.click(buttonOf(section));
    await waitFor(() => expect(showAll).toHaveAccessibleName('Hide all sections'));
    await expect(showAll).toHaveAttribute('aria-expanded', 'true');
    // And closes them all, keeping focus.
    showAll.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(sectionsIn(canvasElement).every((s) => !s.open)).toBe(true));
    await expect(focused()).toBe(showAll);
    await expect(showAll).toHaveAccessibleName('Show all sections');
  },
};

/** Sections can start open (`open`). A person's own choice, once made, wins on their next visit. */
export const OpenSection: Story = {
  name: 'A section open to start with',
  render: () =>
    html`<polis-accordion id="open-guidance">
      <polis-accordion-section id="open-eligibility" heading="Who can apply" open>
        <p>You can apply if you are 18 or over and live in the city.</p>
      </polis-accordion-section>
      <polis-accordion-section id="open-documents" heading="Documents you need">
        <p>A utility bill from the last 3 months.</p>
      </polis-accordion-section>
    </polis-accordion>`,
  play: async ({ canvasElement }) => {
    const [eligibility, documents] = sectionsIn(canvasElement);
    await expect(buttonOf(eligibility!)).toHaveAttribute('aria-expanded', 'true');
    await expect(buttonOf(documents!)).toHaveAttribute('aria-expanded', 'false');
    await expect(showAllIn(canvasElement)).toHaveAccessibleName('Show all sections');
  },
};

/**
 * Under a page heading at level 2, the sections are level 3: `heading-level="3"` on the
 * accordion (or on one section).
 */
export const HeadingLevel: Story = {
  name: 'Heading level',
  args: { headingLevel: '3', noRemember: true },
  render: (args) =>
    html`<h2>Guidance for writers</h2>
      ${guidance('level', args)}`,
  play: async ({ canvasElement }) => {
    for (const section of sectionsIn(canvasElement)) {
      await expect(section.shadowRoot!.querySelector('[part~="heading"]')!.localName).toBe('h3');
    }
  },
};

/**
 * An error summary link to a field inside a closed section: the section opens first, so the
 * field can take focus.
 */
export const WithErrorSummary: Story = {
  name: 'With an error summary',
  render: () =>
    html`<polis-error-summary disable-auto-focus>
        <a href="#errors-postcode">Enter a real postcode</a>
      </polis-error-summary>
      <polis-accordion id="errors-accordion" no-remember>
        <polis-accordion-section id="errors-name" heading="Your name">
          <polis-text-input label="Full name" name="name" autocomplete="name"></polis-text-input>
        </polis-accordion-section>
        <polis-accordion-section id="errors-address" heading="Your address">
          <polis-text-input
            id="errors-postcode"
            label="Postcode"
            name="postcode"
            autocomplete="postal-code"
            width="10"
            error-message="Enter a real postcode"
          ></polis-text-input>
        </polis-accordion-section>
      </polis-accordion>`,
  play: async ({ canvasElement }) => {
    const [, address] = sectionsIn(canvasElement);
    const field = canvasElement.querySelector('#errors-postcode')!;
    await expect(address!.open).toBe(false);
    await userEvent.click(canvasElement.querySelector('polis-error-summary a')!);
    await expect(address!.open).toBe(true);
    await expect(focused()).toBe(field.shadowRoot!.querySelector('input'));
  },
};

/** 320 pixels wide: headings and summaries wrap, and the buttons stay easy to press. */
export const SmallScreen: Story = {
  name: 'On a small screen',
  globals: { viewport: { value: 'mobile1' } },
  args: { noRemember: true },
  play: async ({ canvasElement }) => {
    const showAll = showAllIn(canvasElement);
    await expect(showAll.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(
      document.documentElement.clientWidth,
    );
  },
};

/** Right to left: the chevrons sit before their text, on the right, and still point down. */
export const RightToLeft: Story = {
  name: 'Right to left',
  parameters: { languages: ['ar'] },
  render: () =>
    html`<div dir="rtl" lang="ar">
      <polis-accordion id="rtl-guidance" no-remember>
        <polis-accordion-section id="rtl-hours" heading="ساعات العمل" summary="متى يمكنك الاتصال بنا">
          <p>من الأحد إلى الخميس، من 9 صباحًا حتى 5 مساءً.</p>
        </polis-accordion-section>
        <polis-accordion-section id="rtl-fees" heading="الرسوم">
          <p>الرسوم 20 يورو.</p>
        </polis-accordion-section>
      </polis-accordion>
    </div>`,
  play: async ({ canvasElement }) => {
    const showAll = showAllIn(canvasElement);
    await waitFor(() => expect(showAll).toHaveAccessibleName('إظهار كل الأقسام'));
    const chevron = showAll.querySelector('.chevron')!.getBoundingClientRect();
    const text = showAll.querySelector('.show-all-text')!.getBoundingClientRect();
    await expect(chevron.left).toBeGreaterThan(text.right - 1);
  },
};
