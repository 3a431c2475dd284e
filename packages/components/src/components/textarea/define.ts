import { PolisTextarea } from './textarea.js';

PolisTextarea.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-textarea': PolisTextarea;
  }
}

export { PolisTextarea };
