import { PolisToast } from './toast.js';

PolisToast.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-toast': PolisToast;
  }
}

export { PolisToast };
