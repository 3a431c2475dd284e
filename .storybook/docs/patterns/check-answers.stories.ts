import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@polis-ds/components/summary-list/define';
import '@polis-ds/components/button/define';
import '../blocks.css';
import { buttonOf, sentOutput, showWhatIsSent } from './example.js';

const meta: Meta = {
  title: 'Patterns/Check answers',
  // Whole pages: framed in docs pages, see
  // .storybook/blocks/story-frames.ts.
  parameters: { docs: { story: { inline: false, height: 'auto' } } },
  tags: ['!autodocs'],
};
export default meta;
type Story = StoryObj;

/** The accessible name of a link: its text with the visually hidden words the list adds. */
const nameOf = (link: Element) => (link.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * The answers in sections, each change link back to its question, and a declaration people
 * accept by sending the form.
 */
export const CheckYourAnswers: Story = {
  name: 'Check your answers',
  render: () =>
    html`<div class="docs-page">
      <h1>Check your answers before sending your application</h1>
      <h2>Personal details</h2>
      <polis-summary-list>
        <dl>
          <div>
            <dt>Name</dt>
            <dd>Ada Lovelace</dd>
            <dd><a href="#name">Change</a></dd>
          </div>
          <div>
            <dt>Date of birth</dt>
            <dd>10 December 1985</dd>
            <dd><a href="#date-of-birth">Change</a></dd>
          </div>
          <div>
            <dt>Address</dt>
            <dd>12 Harbour Road<br />Riverside<br />RV1 2AB</dd>
            <dd><a href="#address">Change</a></dd>
          </div>
        </dl>
      </polis-summary-list>
      <h2>Your licence</h2>
      <polis-summary-list>
        <dl>
          <div>
            <dt>Licence</dt>
            <dd>One season</dd>
            <dd><a href="#licence">Change</a></dd>
          </div>
          <div>
            <dt>Start date</dt>
            <dd>1 April 2027</dd>
            <dd><a href="#start-date">Change</a></dd>
          </div>
        </dl>
      </polis-summary-list>
      <h2>Now send your application</h2>
      <p>
        By sending this application you are confirming that, to the best of your knowledge, the details you
        are providing are correct.
      </p>
      <form action="/send" method="post" @submit=${showWhatIsSent}>
        <input type="hidden" name="declaration" value="accepted" />
        <polis-button>Accept and send</polis-button>
      </form>
      ${sentOutput()}
    </div>`,
  play: async ({ canvasElement }) => {
    const links = [...canvasElement.querySelectorAll('polis-summary-list a')];
    await waitFor(() =>
      expect(links.map(nameOf)).toEqual([
        'Change name',
        'Change date of birth',
        'Change address',
        'Change licence',
        'Change start date',
      ]),
    );
    await userEvent.click(buttonOf(canvasElement));
    await waitFor(() =>
      expect(canvasElement.querySelector('.docs-sent')).toHaveTextContent('declaration = accepted'),
    );
  },
};

/**
 * Answers about several people or things: one card each, with a real heading, and actions
 * that name the card they belong to.
 */
export const SeveralPeople: Story = {
  name: 'Answers about several people',
  render: () =>
    html`<div class="docs-page">
      <h1>Check the people in your household</h1>
      <polis-summary-list card-title="Ada Lovelace">
        <a slot="card-actions" href="#remove-1">Remove</a>
        <dl>
          <div>
            <dt>Relationship to you</dt>
            <dd>You</dd>
            <dd><a href="#relationship-1">Change</a></dd>
          </div>
          <div>
            <dt>Date of birth</dt>
            <dd>10 December 1985</dd>
            <dd><a href="#dob-1">Change</a></dd>
          </div>
        </dl>
      </polis-summary-list>
      <polis-summary-list card-title="Byron Lovelace">
        <a slot="card-actions" href="#remove-2">Remove</a>
        <dl>
          <div>
            <dt>Relationship to you</dt>
            <dd>Son</dd>
            <dd><a href="#relationship-2">Change</a></dd>
          </div>
          <div>
            <dt>Date of birth</dt>
            <dd>12 May 2015</dd>
            <dd><a href="#dob-2">Change</a></dd>
          </div>
        </dl>
      </polis-summary-list>
    </div>`,
  play: async ({ canvasElement }) => {
    const cards = [...canvasElement.querySelectorAll('polis-summary-list')];
    const headings = cards.map((card) => card.shadowRoot!.querySelector('h2'));
    await expect(headings.map((heading) => heading?.textContent?.trim())).toEqual([
      'Ada Lovelace',
      'Byron Lovelace',
    ]);
    const names = [...canvasElement.querySelectorAll('polis-summary-list a')].map(nameOf);
    // Every action has a name of its own, so a list of the page's links makes sense.
    await waitFor(() => expect(new Set(names).size).toBe(names.length));
  },
};
