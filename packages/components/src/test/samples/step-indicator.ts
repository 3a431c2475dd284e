import { html } from 'lit';
import type { Sample } from '../samples.js';
import '../../components/step-indicator/define.js';

export const samples: Sample[] = [
  {
    name: 'step-indicator',
    tag: 'polis-step-indicator',
    template: html`<polis-step-indicator current="2" total="3">
      <ol>
        <li>Your details</li>
        <li>Your address</li>
        <li>Check your answers</li>
      </ol>
    </polis-step-indicator>`,
    rtl: {
      // The steps run in the inline direction: step 1 at the start, the current step 2 after it.
      inlineOrder: [
        { host: 'polis-step-indicator', before: '[part~="step"]', after: '[part~="current-step"]' },
      ],
    },
  },
];
