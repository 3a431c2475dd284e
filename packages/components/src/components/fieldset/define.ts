import { PolisFieldset } from './fieldset.js';

PolisFieldset.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-fieldset': PolisFieldset;
  }
}

export { PolisFieldset };
