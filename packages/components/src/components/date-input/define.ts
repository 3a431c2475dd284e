import { PolisDateInput } from './date-input.js';

PolisDateInput.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-date-input': PolisDateInput;
  }
}

export { PolisDateInput };
