import { html } from 'lit';
import type { Sample } from '../samples.js';
import '../../components/header/define.js';

/**
 * In the suites' columns (480 px, 320 px, 200% text) the header is narrow: the navigation is
 * behind its "Menu" button. The links are given without a landmark of their own, so the
 * header names the one it adds ("Service"): both built-in strings are rendered. No logo, so
 * the service name is the first text at the inline-start edge.
 */
export const samples: Sample[] = [
  {
    name: 'header',
    tag: 'polis-header',
    template: html`<polis-header service-name="Apply for a fishing licence" service-href="#fishing">
      <ul slot="navigation">
        <li><a href="#home">Home</a></li>
        <li><a href="#apply">Apply</a></li>
      </ul>
      <a slot="account" href="#sign-out">Sign out</a>
    </polis-header>`,
    rtl: {
      inlineOrder: [{ host: 'polis-header', before: '[part~="account"]', after: '[part~="menu-button"]' }],
      unmirrored: [{ host: 'polis-header', selector: '.chevron' }],
    },
  },
];
