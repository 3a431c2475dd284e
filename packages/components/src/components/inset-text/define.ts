import { PolisInsetText } from './inset-text.js';

PolisInsetText.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-inset-text': PolisInsetText;
  }
}

export { PolisInsetText };
