import { PolisCheckbox } from './checkbox.js';

PolisCheckbox.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-checkbox': PolisCheckbox;
  }
}

export { PolisCheckbox };
