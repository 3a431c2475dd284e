import { html } from 'lit';
import type { Sample } from '../samples.js';
import '../../components/table/define.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
];

/**
 * A sortable table with a numeric column, sorted twice (ascending, then descending) so both
 * announcements are made; and a table without a caption that is wider than any column the
 * suites use, so its scroll region takes the built-in fallback name. The captions, headers
 * and cells are the service's own text and stay English.
 */
export const samples: Sample[] = [
  {
    name: 'table',
    tag: 'polis-table',
    template: html`
      <polis-table sortable>
        <table>
          <caption>
            Dates and amounts
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col" data-polis-numeric>Amount</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td data-sort-value="2024-03-02">2 March 2024</td>
              <td>£109.80</td>
            </tr>
            <tr>
              <td data-sort-value="2024-01-10">10 January 2024</td>
              <td>£1,200.00</td>
            </tr>
          </tbody>
        </table>
      </polis-table>
      <polis-table>
        <table>
          <thead>
            <tr>
              ${MONTHS.map((month) => html`<th scope="col" data-polis-numeric>${month}</th>`)}
            </tr>
          </thead>
          <tbody>
            <tr>
              ${MONTHS.map((_, index) => html`<td>£${(index + 1) * 123},456.78</td>`)}
            </tr>
          </tbody>
        </table>
      </polis-table>
    `,
    prepare: async (root) => {
      const sort = root.querySelector<HTMLButtonElement>('polis-table[sortable] th [data-polis-sort-button]');
      sort?.click();
      sort?.click();
      // The scroll region is named once the layout shows that the table is too wide.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    },
    // Captions and text start at the inline-start edge; numbers sit at the inline end.
    rtl: {},
  },
];
