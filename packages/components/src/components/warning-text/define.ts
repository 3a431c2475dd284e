import { PolisWarningText } from './warning-text.js';

PolisWarningText.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-warning-text': PolisWarningText;
  }
}

export { PolisWarningText };
