import { PolisBackLink } from './back-link.js';

PolisBackLink.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-back-link': PolisBackLink;
  }
}

export { PolisBackLink };
