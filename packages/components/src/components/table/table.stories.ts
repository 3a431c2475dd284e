import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import './define.js';
import { TABLE_CAPTION_SIZES, TABLE_SORT_BUTTON_ATTRIBUTE, type PolisTable } from './table.js';

type Args = Partial<Pick<PolisTable, 'sortable' | 'captionSize'>>;

const table = (root: HTMLElement) => root.querySelector('polis-table')!;
const sortButtons = (root: HTMLElement) => [
  ...root.querySelectorAll<HTMLButtonElement>(`[${TABLE_SORT_BUTTON_ATTRIBUTE}]`),
];
const firstColumn = (root: HTMLElement) =>
  [...root.querySelectorAll('tbody tr')].map((row) =>
    (row as HTMLTableRowElement).cells[0]!.textContent!.trim(),
  );

const rates = html`<table>
  <caption>
    Dates and amounts
  </caption>
  <thead>
    <tr>
      <th scope="col">Date</th>
      <th scope="col" data-polis-numeric>Rate for vehicles</th>
      <th scope="col" data-polis-numeric>Rate for bicycles</th>
    </tr>
  </thead>
  <tbody>
    <tr>
      <th scope="row">First 6 weeks</th>
      <td>£109.80 per week</td>
      <td>£59.10 per week</td>
    </tr>
    <tr>
      <th scope="row">Next 33 weeks</th>
      <td>£159.80 per week</td>
      <td>£89.10 per week</td>
    </tr>
    <tr>
      <th scope="row">Total estimated pay</th>
      <td>£4,282.20</td>
      <td>£2,182.20</td>
    </tr>
  </tbody>
</table>`;

const meta: Meta<Args> = {
  title: 'Components/Table',
  component: 'polis-table',
  argTypes: {
    captionSize: { control: 'select', options: TABLE_CAPTION_SIZES },
  },
  args: { captionSize: 'm' },
  render: (args) =>
    html`<polis-table ?sortable=${args.sortable} caption-size=${ifDefined(args.captionSize)}
      >${rates}</polis-table
    >`,
};
export default meta;
type Story = StoryObj<Args>;

/** A plain table: caption, column and row headers, numbers aligned at the end of their cells. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const el = table(canvasElement);
    await expect(el.querySelector('table')).toHaveAccessibleName('Dates and amounts');
    const cell = el.querySelector('tbody td')!;
    await expect(getComputedStyle(cell).textAlign).toBe('end');
    await expect(sortButtons(canvasElement)).toHaveLength(0);
  },
};

/** The caption in its four sizes. */
export const CaptionSizes: Story = {
  name: 'Caption sizes',
  render: () =>
    html`${TABLE_CAPTION_SIZES.map(
      (size) =>
        html`<polis-table caption-size=${size}>
          <table>
            <caption>
              Caption size ${size}
            </caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col" data-polis-numeric>Amount</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>January</td>
                <td>£85</td>
              </tr>
            </tbody>
          </table>
        </polis-table>`,
    )}`,
  play: async ({ canvasElement }) => {
    const sizes = [...canvasElement.querySelectorAll('caption')].map((caption) =>
      parseFloat(getComputedStyle(caption).fontSize),
    );
    await expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
    await expect(new Set(sizes).size).toBe(4);
  },
};

/** Sortable columns: a button in each header; the order is announced and set on the header. */
export const Sortable: Story = {
  render: () =>
    html`<polis-table sortable>
      <table>
        <caption>
          Applications
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Date received</th>
            <th scope="col" data-polis-numeric>Amount</th>
            <th scope="col" data-polis-sortable="false">Status</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Sarah Philips</th>
            <td data-sort-value="2025-03-02">2 March 2025</td>
            <td>£1,200.00</td>
            <td>Received</td>
          </tr>
          <tr>
            <th scope="row">Karen Francis</th>
            <td data-sort-value="2025-01-10">10 January 2025</td>
            <td>£75.50</td>
            <td>In progress</td>
          </tr>
          <tr>
            <th scope="row">Ahmed Ali</th>
            <td data-sort-value="2025-02-14">14 February 2025</td>
            <td>£300.00</td>
            <td>Decided</td>
          </tr>
        </tbody>
      </table>
    </polis-table>`,
  play: async ({ canvasElement }) => {
    const [name, , amount] = sortButtons(canvasElement);
    await expect(sortButtons(canvasElement)).toHaveLength(3);
    await expect(name).toHaveAccessibleName('Name');
    await userEvent.click(name!);
    await expect(firstColumn(canvasElement)).toEqual(['Ahmed Ali', 'Karen Francis', 'Sarah Philips']);
    await expect(name!.closest('th')).toHaveAttribute('aria-sort', 'ascending');
    await waitFor(() =>
      expect(document.querySelector('#polis-announcer [aria-live="polite"]')).toHaveTextContent(
        'Sorted by Name, ascending',
      ),
    );
    amount!.focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Enter}');
    await expect(firstColumn(canvasElement)).toEqual(['Sarah Philips', 'Ahmed Ali', 'Karen Francis']);
    await expect(amount!.closest('th')).toHaveAttribute('aria-sort', 'descending');
    await expect(name!.closest('th')).not.toHaveAttribute('aria-sort');
  },
};

/** Too wide for its column: the table scrolls in a focusable region named by its caption, not the page. */
export const Wide: Story = {
  name: 'Wide table',
  render: () =>
    html`<div style="max-inline-size: 20rem">
      <polis-table>
        <table>
          <caption>
            Rates by month
          </caption>
          <thead>
            <tr>
              ${['January', 'February', 'March', 'April', 'May', 'June'].map(
                (month) => html`<th scope="col" data-polis-numeric>${month}</th>`,
              )}
            </tr>
          </thead>
          <tbody>
            <tr>
              ${[95, 55, 125, 60, 45, 90].map((n) => html`<td>£${n},000.00</td>`)}
            </tr>
          </tbody>
        </table>
      </polis-table>
    </div>`,
  play: async ({ canvasElement }) => {
    const region = table(canvasElement).shadowRoot!.querySelector<HTMLElement>('[part~="region"]')!;
    await waitFor(() => expect(region).toHaveAttribute('tabindex', '0'));
    await expect(region).toHaveRole('region');
    await expect(region).toHaveAccessibleName('Rates by month');
    region.focus();
    await expect(table(canvasElement).shadowRoot!.activeElement).toBe(region);
    // The page itself does not scroll sideways.
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(
      document.documentElement.clientWidth,
    );
  },
};

/** Right to left: numbers at the inline end, which is the left. */
export const RightToLeft: Story = {
  name: 'Right to left',
  render: () =>
    html`<div dir="rtl" lang="ar">
      <polis-table sortable>
        <table>
          <caption>
            المبالغ
          </caption>
          <thead>
            <tr>
              <th scope="col">الشهر</th>
              <th scope="col" data-polis-numeric>المبلغ</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>يناير</td>
              <td>85</td>
            </tr>
            <tr>
              <td>فبراير</td>
              <td>1200</td>
            </tr>
          </tbody>
        </table>
      </polis-table>
    </div>`,
  play: async ({ canvasElement }) => {
    const cell = canvasElement.querySelector('tbody td:last-child')!;
    await expect(getComputedStyle(cell).direction).toBe('rtl');
    await expect(getComputedStyle(cell).textAlign).toBe('end');
  },
};
