import { html } from 'lit';
import type { Sample } from '../samples.js';
import '../../components/breadcrumbs/define.js';

/**
 * Four links and the current page, as text. The landmark's name, "Breadcrumb", is the
 * built-in string; in the reflow suite's 320 px and 200% columns the trail is narrower than
 * 30rem and collapses, so the "Show 2 more links" button (the plural string) is rendered
 * too. The trail runs in the inline direction and its chevrons point the other way in rtl.
 */
export const samples: Sample[] = [
  {
    name: 'breadcrumbs',
    tag: 'polis-breadcrumbs',
    template: html`<polis-breadcrumbs>
      <ol>
        <li><a href="#sample-breadcrumbs-home">Home</a></li>
        <li><a href="#sample-breadcrumbs-benefits">Benefits</a></li>
        <li><a href="#sample-breadcrumbs-universal-credit">Universal Credit</a></li>
        <li><a href="#sample-breadcrumbs-eligibility">Eligibility</a></li>
        <li>Check if you can get Universal Credit</li>
      </ol>
    </polis-breadcrumbs>`,
    rtl: {
      inlineOrder: [
        {
          host: 'polis-breadcrumbs',
          before: '[part~="item"]:first-child',
          after: '[part~="item"]:nth-child(2)',
        },
      ],
      mirrored: [{ host: 'polis-breadcrumbs', selector: '[part~="separator"]' }],
    },
  },
];
