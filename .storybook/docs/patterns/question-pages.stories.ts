import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@polis-ds/components/step-indicator/define';
import '@polis-ds/components/error-summary/define';
import '@polis-ds/components/text-input/define';
import '@polis-ds/components/fieldset/define';
import '@polis-ds/components/radios/define';
import '@polis-ds/components/date-input/define';
import '@polis-ds/components/button/define';
import '@polis-ds/components/task-list/define';
import '@polis-ds/components/header/define';
import '@polis-ds/components/footer/define';
import '../blocks.css';
import { buttonOf, inner, sentOutput, showWhatIsSent } from './example.js';

const meta: Meta = {
  title: 'Patterns/Question pages',
  // Whole pages: framed in docs pages, see
  // .storybook/blocks/story-frames.ts.
  parameters: { docs: { story: { inline: false, height: 'auto' } } },
  tags: ['!autodocs'],
};
export default meta;
type Story = StoryObj;

const sent = (root: HTMLElement) => root.querySelector('.docs-sent')!;

/** One question, one text answer. Enter in the field sends the form, as with a native input. */
export const OneQuestion: Story = {
  name: 'One question',
  render: () =>
    html`<div class="docs-page">
      <polis-step-indicator current="1" total="4"></polis-step-indicator>
      <polis-error-summary for="name-form"></polis-error-summary>
      <h1>What is your name?</h1>
      <form id="name-form" action="/name" method="post" @submit=${showWhatIsSent}>
        <polis-text-input
          label="Full name"
          name="full-name"
          autocomplete="name"
          spellcheck="false"
          required
          messages='{"valueMissing":"Enter your full name"}'
        ></polis-text-input>
        <polis-button>Continue</polis-button>
      </form>
      ${sentOutput()}
    </div>`,
  play: async ({ canvasElement }) => {
    const field = canvasElement.querySelector('polis-text-input')!;
    await expect(inner(field)).toHaveAccessibleName('Full name');
    await userEvent.type(inner(field), 'Ada Lovelace{Enter}');
    await waitFor(() => expect(sent(canvasElement)).toHaveTextContent('full-name = Ada Lovelace'));
  },
};

/**
 * Several answers to one question: the fieldset's legend is the page heading, a real `<h1>`,
 * and each field says what goes in it and how browsers can fill it in.
 */
export const SeveralAnswers: Story = {
  name: 'Several answers to one question',
  render: () =>
    html`<div class="docs-page">
      <polis-step-indicator current="2" total="4"></polis-step-indicator>
      <polis-error-summary for="address-form"></polis-error-summary>
      <form id="address-form" action="/address" method="post" @submit=${showWhatIsSent}>
        <polis-fieldset legend="What is your address?" legend-size="l" heading-level="1">
          <polis-text-input
            label="Address line 1"
            name="address-line-1"
            autocomplete="address-line1"
            required
            messages='{"valueMissing":"Enter address line 1, typically the building and street"}'
          ></polis-text-input>
          <polis-text-input
            label="Address line 2 (optional)"
            name="address-line-2"
            autocomplete="address-line2"
          ></polis-text-input>
          <polis-text-input
            label="Town or city"
            name="town"
            autocomplete="address-level2"
            width="two-thirds"
            required
            messages='{"valueMissing":"Enter town or city"}'
          ></polis-text-input>
          <polis-text-input
            label="Postcode"
            name="postcode"
            autocomplete="postal-code"
            width="10"
            required
            messages='{"valueMissing":"Enter postcode"}'
          ></polis-text-input>
        </polis-fieldset>
        <polis-button>Continue</polis-button>
      </form>
      ${sentOutput()}
    </div>`,
  play: async ({ canvasElement }) => {
    const heading = canvasElement.querySelector('polis-fieldset')!.shadowRoot!.querySelector('h1');
    await expect(heading).toHaveTextContent('What is your address?');
    const fields = [...canvasElement.querySelectorAll('polis-text-input')];
    await expect(fields.map((f) => inner(f).autocomplete)).toEqual([
      'address-line1',
      'address-line2',
      'address-level2',
      'postal-code',
    ]);
  },
};

/** A choice of one answer. The page heading asks the question; the legend names the group. */
export const ChooseOne: Story = {
  name: 'Choose one answer',
  render: () =>
    html`<div class="docs-page">
      <polis-step-indicator current="3" total="4"></polis-step-indicator>
      <polis-error-summary for="licence-form"></polis-error-summary>
      <h1>Which licence do you need?</h1>
      <form id="licence-form" action="/licence" method="post" @submit=${showWhatIsSent}>
        <polis-radios
          legend="Which licence do you need?"
          hint="You can change it later."
          name="licence"
          required
          messages='{"radiosValueMissing":"Select the licence you need"}'
        >
          <polis-radio value="day" label="One day" hint="Valid until midnight"></polis-radio>
          <polis-radio value="season" label="One season" hint="1 April to 31 October"></polis-radio>
          <polis-radio value="year" label="One year"></polis-radio>
        </polis-radios>
        <polis-button>Continue</polis-button>
      </form>
      ${sentOutput()}
    </div>`,
  play: async ({ canvasElement }) => {
    const group = canvasElement.querySelector('polis-radios')!;
    const radios = [...group.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    await expect(radios).toHaveLength(3);
    await userEvent.click(radios[1]!);
    await userEvent.click(buttonOf(canvasElement));
    await waitFor(() => expect(sent(canvasElement)).toHaveTextContent('licence = season'));
  },
};

/** A date people know. The date input sends the ISO date and each part as typed. */
export const KnownDate: Story = {
  name: 'A date people know',
  render: () =>
    html`<div class="docs-page">
      <polis-step-indicator current="4" total="4"></polis-step-indicator>
      <polis-error-summary for="dob-form"></polis-error-summary>
      <h1>What is your date of birth?</h1>
      <form id="dob-form" action="/date-of-birth" method="post" @submit=${showWhatIsSent}>
        <polis-date-input
          legend="Date of birth"
          hint="For example, 27 3 1985"
          name="dob"
          autocomplete="bday"
          must-be="past"
          required
        ></polis-date-input>
        <polis-button>Continue</polis-button>
      </form>
      ${sentOutput()}
    </div>`,
  play: async ({ canvasElement }) => {
    const date = canvasElement.querySelector('polis-date-input')!;
    const [day, month, year] = [...date.shadowRoot!.querySelectorAll('input')];
    await userEvent.type(day!, '9');
    await userEvent.type(month!, '11');
    await userEvent.type(year!, '1989{Enter}');
    await waitFor(() => expect(sent(canvasElement)).toHaveTextContent('dob = 1989-11-09'));
  },
};

/**
 * A service too long for one sequence: a task list page. Each section is a sequence of question
 * pages; its status says what is left to do.
 */
export const TaskListPage: Story = {
  name: 'A task list for a long service',
  render: () =>
    html`<div class="docs-page">
      <h1>Apply for a fishing licence</h1>
      <polis-task-list show-summary>
        <polis-task-group heading="Your details">
          <polis-task status="completed"><a href="#personal">Personal details</a></polis-task>
          <polis-task status="in-progress" hint="Where you live and how we contact you"
            ><a href="#contact">Contact details</a></polis-task
          >
        </polis-task-group>
        <polis-task-group heading="Your licence">
          <polis-task status="not-started"><a href="#licence">Choose a licence</a></polis-task>
          <polis-task status="cannot-start" hint="You can pay when every other section is complete"
            >Pay</polis-task
          >
        </polis-task-group>
      </polis-task-list>
    </div>`,
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('polis-task-list')!;
    await waitFor(() =>
      expect(list.shadowRoot!.querySelector('[part~="summary"]')).toHaveTextContent(
        'You have completed 1 of 4 sections',
      ),
    );
    await expect(list.shadowRoot!.querySelectorAll('a[part~="link"]')).toHaveLength(3);
  },
};

/** A question page as people get it: the header, the question in the main landmark, the footer. */
export const InAWholePage: Story = {
  name: 'In a whole page',
  parameters: { layout: 'fullscreen' },
  render: () =>
    html`<polis-header service-name="Apply for a fishing licence" service-href="#start"></polis-header>
      <main id="main-content" class="docs-page docs-page--main" tabindex="-1">
        <polis-step-indicator current="1" total="4"></polis-step-indicator>
        <polis-error-summary for="page-form"></polis-error-summary>
        <h1>What is your name?</h1>
        <form id="page-form" action="/name" method="post" @submit=${showWhatIsSent}>
          <polis-text-input
            label="Full name"
            name="full-name"
            autocomplete="name"
            spellcheck="false"
            required
            messages='{"valueMissing":"Enter your full name"}'
          ></polis-text-input>
          <polis-button>Continue</polis-button>
        </form>
        ${sentOutput()}
      </main>
      <polis-footer>
        <ul slot="meta">
          <li><a href="#help">Help</a></li>
          <li><a href="#cookies">Cookies</a></li>
          <li><a href="#accessibility">Accessibility statement</a></li>
        </ul>
        <p slot="copyright">© City of Example</p>
      </polis-footer>`,
  play: async ({ canvasElement }) => {
    const header = canvasElement.querySelector('polis-header')!;
    await expect(header.shadowRoot!.querySelector('header')).toHaveRole('banner');
    await expect(canvasElement.querySelector('main')).toHaveRole('main');
    await expect(canvasElement.querySelector('polis-footer')!.shadowRoot!.querySelector('footer')).toHaveRole(
      'contentinfo',
    );
    // Sent empty: the error summary takes focus and the page title says there is an error.
    await userEvent.click(buttonOf(canvasElement));
    const summary = canvasElement.querySelector('polis-error-summary')!;
    await waitFor(() => expect(document.activeElement).toBe(summary));
    await expect(document.title.startsWith('Error: ')).toBe(true);
  },
};
