import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@polis-ds/components/error-summary/define';
import '@polis-ds/components/text-input/define';
import '@polis-ds/components/date-input/define';
import '@polis-ds/components/radios/define';
import '@polis-ds/components/checkbox/define';
import '@polis-ds/components/button/define';
import '../blocks.css';
import { buttonOf, inner, sentOutput, showWhatIsSent } from './example.js';

const meta: Meta = {
  title: 'Patterns/Validation',
  // Whole pages: framed in docs pages, see
  // .storybook/blocks/story-frames.ts.
  parameters: { docs: { story: { inline: false, height: 'auto' } } },
  tags: ['!autodocs'],
};
export default meta;
type Story = StoryObj;

const MESSAGES = {
  name: 'Enter your full name',
  dob: 'Enter your date of birth',
  licence: 'Select the licence you need',
  confirm: 'Confirm that the information you have given is correct',
};

const summaryOf = (root: HTMLElement) => root.querySelector('polis-error-summary')!;
const summaryLinks = (root: HTMLElement) => [...summaryOf(root).shadowRoot!.querySelectorAll('a')];
const errorOf = (field: Element) =>
  field.shadowRoot!.querySelector('[part~="error-message"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const form = () =>
  html`<form id="apply-form" action="/apply" method="post" @submit=${showWhatIsSent}>
    <polis-text-input
      label="Full name"
      name="full-name"
      autocomplete="name"
      spellcheck="false"
      required
      messages=${JSON.stringify({ valueMissing: MESSAGES.name })}
    ></polis-text-input>
    <polis-date-input
      legend="Date of birth"
      hint="For example, 27 3 1985"
      name="dob"
      autocomplete="bday"
      must-be="past"
      required
      messages=${JSON.stringify({
        valueMissing: MESSAGES.dob,
        datePast: 'Your date of birth must be in the past',
      })}
    ></polis-date-input>
    <polis-radios
      legend="Which licence do you need?"
      name="licence"
      required
      messages=${JSON.stringify({ radiosValueMissing: MESSAGES.licence })}
    >
      <polis-radio value="day" label="One day"></polis-radio>
      <polis-radio value="season" label="One season"></polis-radio>
    </polis-radios>
    <polis-checkbox
      label="The information I have given is correct"
      name="confirm"
      value="yes"
      required
      messages=${JSON.stringify({ checkboxesValueMissing: MESSAGES.confirm })}
    ></polis-checkbox>
    <polis-button>Continue</polis-button>
  </form>`;

/**
 * Sent with nothing filled in: nothing is sent, each field says what is wrong, and the error
 * summary lists the problems in the order of the page and takes focus.
 */
export const AfterSubmitting: Story = {
  name: 'Errors after sending the form',
  render: () =>
    html`<div class="docs-page">
      <polis-error-summary for="apply-form"></polis-error-summary>
      <h1>Apply for a fishing licence</h1>
      ${form()} ${sentOutput()}
    </div>`,
  play: async ({ canvasElement }) => {
    await userEvent.click(buttonOf(canvasElement));
    const summary = summaryOf(canvasElement);
    await waitFor(() => expect(document.activeElement).toBe(summary));
    await expect(summaryLinks(canvasElement).map((a) => a.textContent?.trim())).toEqual([
      MESSAGES.name,
      MESSAGES.dob,
      MESSAGES.licence,
      MESSAGES.confirm,
    ]);
    const [name, dob, licence, confirm] = [
      'polis-text-input',
      'polis-date-input',
      'polis-radios',
      'polis-checkbox',
    ].map((tag) => canvasElement.querySelector(tag)!);
    await expect(errorOf(name!)).toBe(`Error: ${MESSAGES.name}`);
    await expect(inner(name!)).toHaveAccessibleDescription(`Error: ${MESSAGES.name}`);
    await expect(inner(name!)).toHaveAttribute('aria-invalid', 'true');
    await expect(errorOf(dob!)).toBe(`Error: ${MESSAGES.dob}`);
    await expect(errorOf(licence!)).toBe(`Error: ${MESSAGES.licence}`);
    await expect(errorOf(confirm!)).toBe(`Error: ${MESSAGES.confirm}`);
    await expect(canvasElement.querySelector('.docs-sent')).toHaveTextContent('');
    // A link in the summary puts focus in its field: the first part of the date.
    await userEvent.click(summaryLinks(canvasElement)[1]!);
    await waitFor(() => expect(dob!.shadowRoot!.activeElement).toBe(dob!.shadowRoot!.querySelector('input')));
  },
};

/**
 * After a failed attempt, people fix the answers and send again: the errors go, nothing they
 * typed was lost, and the form is sent.
 */
export const Fixed: Story = {
  name: 'Errors fixed',
  render: AfterSubmitting.render,
  play: async ({ canvasElement }) => {
    await userEvent.click(buttonOf(canvasElement));
    await waitFor(() => expect(summaryLinks(canvasElement)).toHaveLength(4));
    const name = canvasElement.querySelector('polis-text-input')!;
    await userEvent.type(inner(name), 'Ada Lovelace');
    const [day, month, year] = [
      ...canvasElement.querySelector('polis-date-input')!.shadowRoot!.querySelectorAll('input'),
    ];
    await userEvent.type(day!, '10');
    await userEvent.type(month!, '12');
    await userEvent.type(year!, '1985');
    await userEvent.click(
      canvasElement.querySelector('polis-radios')!.shadowRoot!.querySelectorAll('input')[1]!,
    );
    await userEvent.click(inner(canvasElement.querySelector('polis-checkbox')!));
    await userEvent.click(buttonOf(canvasElement));
    await waitFor(() =>
      expect(canvasElement.querySelector('.docs-sent')).toHaveTextContent(
        'full-name = Ada Lovelace; dob = 1985-12-10; dob-day = 10; dob-month = 12; dob-year = 1985; licence = season; confirm = yes',
      ),
    );
    await expect(summaryLinks(canvasElement)).toHaveLength(0);
    await expect(errorOf(name)).toBe('');
  },
};

/**
 * Errors found by the server, rendered in the page it sends back: the summary's links and each
 * field's `error-message` are HTML, the answers come back as `value`, and the summary takes
 * focus when the page loads.
 */
export const FromTheServer: Story = {
  name: 'Errors from the server',
  render: () =>
    html`<div class="docs-page">
      <polis-error-summary for="server-form">
        <a href="#server-email">Enter an email address in the correct format, like name@example.com</a>
        <a href="#server-dob">Date of birth must be in the past</a>
      </polis-error-summary>
      <h1>Your contact details</h1>
      <form id="server-form" action="/contact" method="post" @submit=${showWhatIsSent}>
        <polis-text-input
          id="server-email"
          label="Email address"
          name="email"
          type="email"
          autocomplete="email"
          spellcheck="false"
          value="ada@"
          error-message="Enter an email address in the correct format, like name@example.com"
        ></polis-text-input>
        <polis-date-input
          id="server-dob"
          legend="Date of birth"
          name="dob"
          value="2085-12-10"
          error-message="Date of birth must be in the past"
          error-parts="year"
        ></polis-date-input>
        <polis-button>Continue</polis-button>
      </form>
      ${sentOutput()}
    </div>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(document.activeElement).toBe(summaryOf(canvasElement)));
    const email = canvasElement.querySelector('polis-text-input')!;
    await expect(inner(email).value).toBe('ada@');
    await expect(errorOf(email)).toBe(
      'Error: Enter an email address in the correct format, like name@example.com',
    );
    await userEvent.click(canvasElement.querySelector('a[href="#server-email"]')!);
    await waitFor(() => expect(email.shadowRoot!.activeElement).toBe(inner(email)));
  },
};
