import { html } from 'lit';
import type { Sample } from '../samples.js';
import '../../components/exit-this-page/define.js';

export const samples: Sample[] = [
  {
    name: 'exit-this-page',
    tag: 'polis-exit-this-page',
    // The page's own link is the fallback without JavaScript; the element shows its button.
    template: html`<polis-exit-this-page href="https://www.wikipedia.org/"
      ><a href="https://www.wikipedia.org/">Exit this page</a></polis-exit-this-page
    >`,
    // One press of Shift: the dots show, and "press 2 more times" is translated. The
    // "Loading." screen is rendered (closed) with the button, so its text is checked too.
    prepare: () => {
      const init = { key: 'Shift', bubbles: true, composed: true };
      document.body.dispatchEvent(new KeyboardEvent('keydown', { ...init, shiftKey: true }));
      document.body.dispatchEvent(new KeyboardEvent('keyup', init));
    },
    rtl: {
      inlineOrder: [{ host: 'polis-exit-this-page', before: '.text', after: '[part~="indicator"]' }],
    },
  },
];
