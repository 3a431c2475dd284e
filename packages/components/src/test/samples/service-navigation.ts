import { html } from 'lit';
import type { Sample } from '../samples.js';
import '../../components/service-navigation/define.js';

/**
 * Used on its own (no header), with a service name: in the suites' columns it is narrow, so
 * its "Menu" button shows, inside the landmark named "Service".
 */
export const samples: Sample[] = [
  {
    name: 'service-navigation',
    tag: 'polis-service-navigation',
    template: html`<polis-service-navigation>
      <a slot="service-name" href="#service">Renew a passport</a>
      <ul>
        <li><a href="#home">Home</a></li>
        <li><a href="#renew" aria-current="page">Renew</a></li>
      </ul>
    </polis-service-navigation>`,
    rtl: {
      inlineOrder: [
        {
          host: 'polis-service-navigation',
          before: '[part~="service-name"]',
          after: '[part~="menu-button"]',
        },
      ],
      unmirrored: [{ host: 'polis-service-navigation', selector: '.chevron' }],
    },
  },
];
