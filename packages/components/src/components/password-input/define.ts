import { PolisPasswordInput } from './password-input.js';

PolisPasswordInput.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-password-input': PolisPasswordInput;
  }
}

export { PolisPasswordInput };
