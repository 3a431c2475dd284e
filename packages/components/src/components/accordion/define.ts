import '../accordion-section/define.js';
import { PolisAccordion } from './accordion.js';

PolisAccordion.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-accordion': PolisAccordion;
  }
}

export { PolisAccordion };
