import { PolisDetails } from './details.js';

PolisDetails.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-details': PolisDetails;
  }
}

export { PolisDetails };
