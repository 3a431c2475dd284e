import { PolisAccordionSection } from './accordion-section.js';

PolisAccordionSection.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-accordion-section': PolisAccordionSection;
  }
}

export { PolisAccordionSection };
