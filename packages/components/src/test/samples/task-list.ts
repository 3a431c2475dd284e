import { html } from 'lit';
import type { Sample } from '../samples.js';
import '../../components/task-list/define.js';

export const samples: Sample[] = [
  {
    name: 'task-list',
    tag: 'polis-task-list',
    // Every status once, and the summary line (its plural form follows the number of tasks).
    template: html`<polis-task-list show-summary>
      <polis-task-group heading="Check before you start">
        <polis-task status="completed"><a href="#eligibility">Check eligibility</a></polis-task>
        <polis-task status="in-progress" hint="Registered name and address"
          ><a href="#company">Company details</a></polis-task
        >
        <polis-task status="not-started"><a href="#contact">Contact details</a></polis-task>
      </polis-task-group>
      <polis-task-group heading="Apply">
        <polis-task status="incomplete"><a href="#premises">Premises</a></polis-task>
        <polis-task status="error"><a href="#documents">Documents</a></polis-task>
        <polis-task status="cannot-start" href="#pay">Pay</polis-task>
      </polis-task-group>
    </polis-task-list>`,
    rtl: {
      // The name at the inline start of the row, its status at the inline end.
      inlineOrder: [{ host: 'polis-task-list', before: '[part~="link"]', after: '[part~="status"]' }],
    },
  },
];
