import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import './define.js';
import '../text-input/define.js';
import '../button/define.js';

const meta: Meta = {
  title: 'Components/Error summary',
  component: 'polis-error-summary',
};
export default meta;
type Story = StoryObj;

/** Errors rendered by the server after it validated the form. */
export const ServerRendered: Story = {
  name: 'Server-rendered errors',
  render: () => html`
    <polis-error-summary>
      <a href="#full-name">Enter your full name</a>
      <a href="#email">Enter an email address in the correct format, like name@example.com</a>
    </polis-error-summary>
    <polis-text-input
      id="full-name"
      label="Full name"
      name="name"
      error-message="Enter your full name"
    ></polis-text-input>
    <polis-text-input
      id="email"
      label="Email address"
      name="email"
      type="email"
      value="ada@"
      error-message="Enter an email address in the correct format, like name@example.com"
    ></polis-text-input>
  `,
  play: async ({ canvasElement }) => {
    const summary = canvasElement.querySelector('polis-error-summary')!;
    await expect(document.activeElement).toBe(summary);
    await userEvent.click(canvasElement.querySelector('a[href="#email"]')!);
    const email = canvasElement.querySelector('#email')!;
    await expect(email.shadowRoot!.activeElement).toBe(email.shadowRoot!.querySelector('input'));
  },
};

/** Errors found in the browser when the person submits: the summary fills itself. */
export const ClientSideValidation: Story = {
  name: 'Client-side validation',
  render: () => html`
    <polis-error-summary for="apply-form"></polis-error-summary>
    <form id="apply-form" action="#" method="get">
      <polis-text-input
        id="applicant-name"
        label="Full name"
        name="name"
        autocomplete="name"
        required
      ></polis-text-input>
      <polis-text-input
        label="Email address"
        name="email"
        type="email"
        autocomplete="email"
        required
      ></polis-text-input>
      <polis-button>Continue</polis-button>
    </form>
  `,
  play: async ({ canvasElement }) => {
    const button = canvasElement.querySelector('polis-button')!.shadowRoot!.querySelector('button')!;
    await userEvent.click(button);
    const summary = canvasElement.querySelector('polis-error-summary')!;
    await expect(await Promise.resolve(summary.shadowRoot!.querySelectorAll('a').length)).toBe(2);
    await expect(document.activeElement).toBe(summary);
  },
};

export const CustomHeading: Story = {
  name: 'Custom heading and level',
  render: () =>
    html`<polis-error-summary heading="Check your answers" heading-level="3" disable-auto-focus>
        <p>You need to fix 1 problem before you can continue.</p>
        <a href="#dob">Date of birth must be in the past</a>
      </polis-error-summary>
      <polis-text-input
        id="dob"
        label="Date of birth"
        error-message="Date of birth must be in the past"
      ></polis-text-input>`,
};
