import { PolisFooter } from './footer.js';

PolisFooter.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-footer': PolisFooter;
  }
}

export { PolisFooter };
