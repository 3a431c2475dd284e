import { PolisTag } from './tag.js';

PolisTag.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-tag': PolisTag;
  }
}

export { PolisTag };
