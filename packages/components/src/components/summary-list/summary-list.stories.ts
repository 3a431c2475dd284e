import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import { SUMMARY_LIST_CONTEXT_ATTRIBUTE, type PolisSummaryList } from './summary-list.js';

type Args = Partial<Pick<PolisSummaryList, 'noBorder' | 'cardTitle' | 'headingLevel'>>;

const list = (root: HTMLElement) => root.querySelector('polis-summary-list')!;
const cardPart = (root: HTMLElement, name: string) =>
  list(root).shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** The accessible name of a link: its text, with the visually hidden text the list adds. */
const nameOf = (link: Element) => (link.textContent ?? '').replace(/\s+/g, ' ').trim();

const rows = html`<dl>
  <div>
    <dt>Name</dt>
    <dd>Sarah Philips</dd>
    <dd><a href="#name">Change</a></dd>
  </div>
  <div>
    <dt>Date of birth</dt>
    <dd>5 January 1978</dd>
    <dd><a href="#date-of-birth">Change</a></dd>
  </div>
  <div>
    <dt>Address</dt>
    <dd>72 Guild Street<br />London<br />SE23 6FH</dd>
    <dd><a href="#address">Change</a></dd>
  </div>
  <div>
    <dt>Contact details</dt>
    <dd>
      <p>07700 900457</p>
      <p>sarah.phillips@example.com</p>
    </dd>
    <dd>
      <ul>
        <li><a href="#phone">Change</a></li>
        <li><a href="#remove-phone">Remove</a></li>
      </ul>
    </dd>
  </div>
  <div>
    <dt>NHS number</dt>
    <dd>485 777 3456</dd>
  </div>
</dl>`;

const meta: Meta<Args> = {
  title: 'Components/Summary list',
  component: 'polis-summary-list',
  render: (args) =>
    html`<polis-summary-list
      ?no-border=${args.noBorder}
      card-title=${ifDefined(args.cardTitle)}
      heading-level=${ifDefined(args.headingLevel)}
      >${rows}</polis-summary-list
    >`,
};
export default meta;
type Story = StoryObj<Args>;

/** A "Check your answers" list: every change link names its row for screen readers. */
export const Default: Story = {
  name: 'Check your answers',
  play: async ({ canvasElement }) => {
    const links = [...canvasElement.querySelectorAll('a')];
    const names = links.map(nameOf);
    await expect(names).toEqual([
      'Change name',
      'Change date of birth',
      'Change address',
      'Change contact details',
      'Remove contact details',
    ]);
    await expect(new Set(names).size).toBe(names.length);
    await expect(links[1]).toHaveAccessibleName('Change date of birth');
    // The added words are read, not shown.
    const added = links[1]!.querySelector(`[${SUMMARY_LIST_CONTEXT_ATTRIBUTE}]`)!;
    await expect(added.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    await userEvent.tab();
    await expect(document.activeElement).toBe(links[0]);
  },
};

/** Facts with nothing to change: two columns, keys and values. */
export const WithoutActions: Story = {
  name: 'Without actions',
  render: () =>
    html`<polis-summary-list>
      <dl>
        <div>
          <dt>Reference number</dt>
          <dd>HDJ2123F</dd>
        </div>
        <div>
          <dt>Submitted</dt>
          <dd>14 May 2025</dd>
        </div>
      </dl>
    </polis-summary-list>`,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('a')).toHaveLength(0);
    await expect(canvasElement.querySelectorAll('dt')).toHaveLength(2);
  },
};

/** Without the lines between rows, for a short list inside other content. */
export const NoBorder: Story = {
  name: 'Without borders',
  args: { noBorder: true },
  play: async ({ canvasElement }) => {
    const row = canvasElement.querySelector('dl > div')!;
    await expect(getComputedStyle(row).borderBottomStyle).toBe('none');
  },
};

/** A card: a title, actions for the whole card, and rows whose actions also name the card. */
export const Card: Story = {
  render: () =>
    html`<polis-summary-list card-title="University of Gloucestershire">
        <ul slot="card-actions">
          <li><a href="#delete-1">Delete</a></li>
          <li><a href="#withdraw-1">Withdraw</a></li>
        </ul>
        <dl>
          <div>
            <dt>Course</dt>
            <dd>English (3DMD)<br />PGCE with QTS full time</dd>
            <dd><a href="#course-1">Change</a></dd>
          </div>
          <div>
            <dt>Location</dt>
            <dd>School name<br />Road, City, SW1 1AA</dd>
            <dd><a href="#location-1">Change</a></dd>
          </div>
        </dl>
      </polis-summary-list>
      <polis-summary-list card-title="University of Bristol">
        <a slot="card-actions" href="#delete-2">Delete</a>
        <dl>
          <div>
            <dt>Course</dt>
            <dd>Primary (2B4F)</dd>
            <dd><a href="#course-2">Change</a></dd>
          </div>
        </dl>
      </polis-summary-list>`,
  play: async ({ canvasElement }) => {
    const heading = cardPart(canvasElement, 'card-title')!;
    await expect(heading.localName).toBe('h2');
    await expect(heading).toHaveTextContent('University of Gloucestershire');
    const names = [...canvasElement.querySelectorAll('a')].map(nameOf);
    await expect(names).toEqual([
      'Delete (University of Gloucestershire)',
      'Withdraw (University of Gloucestershire)',
      'Change course (University of Gloucestershire)',
      'Change location (University of Gloucestershire)',
      'Delete (University of Bristol)',
      'Change course (University of Bristol)',
    ]);
    await expect(new Set(names).size).toBe(names.length);
  },
};

/** A card whose title is the page's own heading, so it is there even without JavaScript. */
export const CardWithOwnHeading: Story = {
  name: 'Card with its own heading',
  render: () =>
    html`<polis-summary-list>
      <h3 slot="card-title">Person 1</h3>
      <a slot="card-actions" href="#remove-person">Remove</a>
      <dl>
        <div>
          <dt>Name</dt>
          <dd>Karen Francis</dd>
          <dd><a href="#person-name">Change</a></dd>
        </div>
      </dl>
    </polis-summary-list>`,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('h3')).toBeVisible();
    await expect([...canvasElement.querySelectorAll('a')].map(nameOf)).toEqual([
      'Remove (Person 1)',
      'Change name (Person 1)',
    ]);
  },
};

/** The hidden words follow each language's template: German keeps the key's capital. */
export const German: Story = {
  name: 'In German',
  render: () =>
    html`<div lang="de">
      <polis-summary-list>
        <dl>
          <div>
            <dt>Geburtsdatum</dt>
            <dd>5. Januar 1978</dd>
            <dd><a href="#geburtsdatum">Ändern</a></dd>
          </div>
        </dl>
      </polis-summary-list>
    </div>`,
  play: async ({ canvasElement }) => {
    // German loads on demand; the name follows once it has arrived.
    await waitFor(() => expect(nameOf(canvasElement.querySelector('a')!)).toBe('Ändern: Geburtsdatum'));
  },
};
