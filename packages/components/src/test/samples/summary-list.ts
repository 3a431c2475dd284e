import { html } from 'lit';
import type { Sample } from '../samples.js';
import '../../components/summary-list/define.js';

/**
 * A check-your-answers list and a card, so every built-in string is used: the hidden names
 * of a row's action, of a row's action in a card and of a card's action. The keys, values and
 * the visible "Change" and "Delete" are the service's own text and stay English. In the
 * suites' columns (480 px and less) the rows stack; the card's title and actions share its
 * title bar, in the inline direction.
 */
export const samples: Sample[] = [
  {
    name: 'summary-list',
    tag: 'polis-summary-list',
    template: html`
      <polis-summary-list>
        <dl>
          <div>
            <dt>Name</dt>
            <dd>Sarah Philips</dd>
            <dd><a href="#sample-summary-name">Change</a></dd>
          </div>
          <div>
            <dt>Date of birth</dt>
            <dd>5 January 1978</dd>
            <dd><a href="#sample-summary-dob">Change</a></dd>
          </div>
          <div>
            <dt>NHS number</dt>
            <dd>485 777 3456</dd>
          </div>
        </dl>
      </polis-summary-list>
      <polis-summary-list card-title="University of Gloucestershire">
        <a slot="card-actions" href="#sample-summary-delete">Delete</a>
        <dl>
          <div>
            <dt>Course</dt>
            <dd>English (3DMD)</dd>
            <dd><a href="#sample-summary-course">Change</a></dd>
          </div>
        </dl>
      </polis-summary-list>
    `,
    rtl: {
      inlineOrder: [
        {
          host: 'polis-summary-list[card-title]',
          before: '[part~="card-title"]',
          after: '[part~="card-actions"]',
        },
      ],
    },
  },
];
