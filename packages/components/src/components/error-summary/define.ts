import { PolisErrorSummary } from './error-summary.js';

PolisErrorSummary.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-error-summary': PolisErrorSummary;
  }
}

export { PolisErrorSummary };
