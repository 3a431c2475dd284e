import { html } from 'lit';
import type { Sample } from '../samples.js';
import '../../components/footer/define.js';

/** Support links (with their visually hidden heading), a licence and a copyright. */
export const samples: Sample[] = [
  {
    name: 'footer',
    tag: 'polis-footer',
    template: html`<polis-footer>
      <ul slot="meta">
        <li><a href="#help">Help</a></li>
        <li><a href="#cookies">Cookies</a></li>
        <li><a href="#accessibility">Accessibility statement</a></li>
      </ul>
      <p slot="licence">All content is available under the Open Licence.</p>
      <p slot="copyright">© City of Example</p>
    </polis-footer>`,
    rtl: {
      inlineOrder: [{ host: 'polis-footer', before: '[part~="meta"]', after: '[part~="copyright"]' }],
    },
  },
];
