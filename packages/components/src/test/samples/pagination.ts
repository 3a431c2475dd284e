import { html } from 'lit';
import type { Sample } from '../samples.js';
import '../../components/pagination/define.js';

/**
 * Page 5 of 12 from attributes, so every built-in string shows: the landmark's name,
 * "Previous page", "Next page" and each number's "Page 4" (numbers formatted per language),
 * with an ellipsis either side. Then the block variant, from the page's own links, whose
 * titles are the service's (English) text. Previous comes first in the inline direction and
 * both arrows are mirrored in rtl.
 */
export const samples: Sample[] = [
  {
    name: 'pagination',
    tag: 'polis-pagination',
    template: html`
      <polis-pagination current="5" total="12" href-template="#sample-pagination-{page}"></polis-pagination>
      <polis-pagination variant="block">
        <a href="#sample-pagination-part-1" rel="prev">Applying for a provisional driving licence</a>
        <a href="#sample-pagination-part-3" rel="next">Booking your theory test</a>
      </polis-pagination>
    `,
    rtl: {
      inlineOrder: [{ host: 'polis-pagination', before: '[part~="previous"]', after: '[part~="list"]' }],
      mirrored: [
        { host: 'polis-pagination', selector: '[part~="previous"] [part~="arrow"]' },
        { host: 'polis-pagination', selector: '[part~="next"] [part~="arrow"]' },
      ],
    },
  },
];
