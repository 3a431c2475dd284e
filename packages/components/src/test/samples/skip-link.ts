import { html } from 'lit';
import type { Sample } from '../samples.js';
import '../../components/skip-link/define.js';

/**
 * Without a link of the page's own inside, so the element writes its own into the page (in
 * the light DOM, where the suites read it through the slot) with the built-in text ("Skip to
 * main content") in each language. It is visually hidden until it has focus, so it is given
 * focus: the suites then check the bar it shows, which starts at the inline-start edge and
 * wraps at 320 px and 200% text. The target's text is the service's own.
 */
export const samples: Sample[] = [
  {
    name: 'skip-link',
    tag: 'polis-skip-link',
    template: html`<polis-skip-link href="#sample-skip-link-main"></polis-skip-link>
      <div id="sample-skip-link-main"><p>Apply for a street trading licence.</p></div>`,
    prepare: (root) => {
      root.querySelector<HTMLElement>('polis-skip-link')!.focus();
    },
  },
];
