import { html } from 'lit';
import type { Sample } from '../samples.js';
import '../../components/accordion/define.js';

/**
 * Accordions whose states use every built-in string: "Show all sections" above sections
 * that are not all open, "Hide all sections" once they are, and in the sections "Show" and
 * "Hide" with the visually hidden words around them ("this section"). The headings,
 * summaries and content are the service's own and stay English. Nothing is toggled, so
 * nothing is remembered. Right to left, the chevrons sit at the inline start, before their
 * text, and point the same way (down while closed): they are not mirrored.
 */
export const samples: Sample[] = [
  {
    name: 'accordion',
    tag: 'polis-accordion',
    template: html`
      <polis-accordion id="sample-accordion">
        <polis-accordion-section
          id="sample-accordion-writing"
          heading="Writing well for the web"
          summary="An introduction to writing for the web"
          open
        >
          <p>Write in plain English, with the words your users use.</p>
        </polis-accordion-section>
        <polis-accordion-section id="sample-accordion-specialists" heading="Writing well for specialists">
          <p>Explain technical terms the first time you use them.</p>
        </polis-accordion-section>
      </polis-accordion>
      <polis-accordion id="sample-accordion-all-open">
        <polis-accordion-section id="sample-accordion-times" heading="Opening times" open>
          <p>Monday to Friday, 9am to 5pm.</p>
        </polis-accordion-section>
      </polis-accordion>
    `,
    rtl: {
      inlineOrder: [{ host: 'polis-accordion', before: '.chevron', after: '.show-all-text' }],
      unmirrored: [{ host: 'polis-accordion', selector: '.chevron' }],
    },
  },
  {
    name: 'accordion-section',
    tag: 'polis-accordion-section',
    // The page's own <h3> in the heading slot, a summary slot, and a section that is open.
    template: html`<polis-accordion id="sample-sections">
      <polis-accordion-section id="sample-sections-fees">
        <h3 slot="heading">Fees</h3>
        <span slot="summary">What it costs and how to pay</span>
        <p>The fee is £20. You can pay by card.</p>
      </polis-accordion-section>
      <polis-accordion-section id="sample-sections-documents" heading="Documents you need" open>
        <p>A utility bill from the last 3 months.</p>
      </polis-accordion-section>
    </polis-accordion>`,
    rtl: {
      inlineOrder: [{ host: 'polis-accordion-section', before: '.chevron', after: '.toggle-text' }],
      unmirrored: [{ host: 'polis-accordion-section', selector: '.chevron' }],
    },
  },
];
