import { html } from 'lit';
import type { Sample } from '../samples.js';
import '../../components/details/define.js';

/**
 * Details have no built-in strings: the summary and the help are the service's own. Both ways
 * of writing one, open so that the help text is laid out: the summary attribute (the element
 * renders the details) and the page's own `<details>` (styled in place). The line beside the
 * help text is on the inline-start side.
 */
export const samples: Sample[] = [
  {
    name: 'details',
    tag: 'polis-details',
    template: html`
      <polis-details summary="Help with nationality" open>
        <p>
          We need to know your nationality so we can work out which elections you are entitled to vote in.
        </p>
      </polis-details>
      <polis-details
        ><details open>
          <summary>Where to find your National Insurance number</summary>
          <p>It is on your National Insurance card, benefit letter, payslip or P60.</p>
        </details></polis-details
      >
    `,
    rtl: {
      startBorders: [{ host: 'polis-details[summary]', selector: '[part~="text"]' }],
    },
  },
];
