import { html } from 'lit';
import type { Sample } from '../samples.js';
import '../../components/tabs/define.js';

/**
 * Tabs have no built-in strings: the title, the tab labels and the sections are the page's
 * own. In the suites' columns (480 px, 320 px, 200% text) the element is narrower than
 * 40rem, so it stays the list of links followed by every section, in the page's own tree
 * (there is no shadow part whose order could be checked).
 */
export const samples: Sample[] = [
  {
    name: 'tabs',
    tag: 'polis-tabs',
    template: html`<polis-tabs>
      <h2>Contents</h2>
      <ul>
        <li><a href="#sample-tabs-past-day">Past day</a></li>
        <li><a href="#sample-tabs-past-week">Past week</a></li>
        <li><a href="#sample-tabs-past-month">Past month</a></li>
      </ul>
      <section id="sample-tabs-past-day">
        <h3>Past day</h3>
        <p>3 cases were reported in the past day.</p>
      </section>
      <section id="sample-tabs-past-week">
        <h3>Past week</h3>
        <p>24 cases were reported in the past week.</p>
      </section>
      <section id="sample-tabs-past-month">
        <h3>Past month</h3>
        <p>98 cases were reported in the past month.</p>
      </section>
    </polis-tabs>`,
  },
];
