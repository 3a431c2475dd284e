import { PolisTextInput } from './text-input.js';

PolisTextInput.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-text-input': PolisTextInput;
  }
}

export { PolisTextInput };
