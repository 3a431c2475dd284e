import { PolisSelect } from './select.js';

PolisSelect.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-select': PolisSelect;
  }
}

export { PolisSelect };
