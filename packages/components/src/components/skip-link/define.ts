import { PolisSkipLink } from './skip-link.js';

PolisSkipLink.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-skip-link': PolisSkipLink;
  }
}

export { PolisSkipLink };
