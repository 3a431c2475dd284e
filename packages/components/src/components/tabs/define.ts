import { PolisTabs } from './tabs.js';

PolisTabs.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-tabs': PolisTabs;
  }
}

export { PolisTabs };
