import { PolisHeader } from './header.js';

PolisHeader.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-header': PolisHeader;
  }
}

export { PolisHeader };
