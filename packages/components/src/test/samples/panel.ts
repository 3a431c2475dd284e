import { html } from 'lit';
import type { Sample } from '../samples.js';
import '../../components/panel/define.js';

export const samples: Sample[] = [
  {
    name: 'panel',
    tag: 'polis-panel',
    // The heading and reference are the service's own; the label above the reference is built in.
    template: html`<polis-panel heading="Application complete" reference="HDJ2123F">
      <p>We have sent you a confirmation email.</p>
    </polis-panel>`,
    // Start-aligned text, so the heading starts at the inline-start edge in both directions.
    rtl: {},
  },
];
