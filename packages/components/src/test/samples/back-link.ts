import { html } from 'lit';
import type { Sample } from '../samples.js';
import '../../components/back-link/define.js';

/**
 * Without a link of the page's own inside, so its built-in text ("Back") is shown in each
 * language. The arrow comes first, at the inline-start edge, and points back: mirrored in rtl.
 */
export const samples: Sample[] = [
  {
    name: 'back-link',
    tag: 'polis-back-link',
    template: html`<polis-back-link href="#sample-back-link-previous"></polis-back-link>`,
    rtl: {
      leadingIcon: 'polis-back-link',
      mirrored: [{ host: 'polis-back-link', selector: '[part~="icon"]' }],
    },
  },
];
