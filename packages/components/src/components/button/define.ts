import { PolisButton } from './button.js';

PolisButton.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-button': PolisButton;
  }
}

export { PolisButton };
