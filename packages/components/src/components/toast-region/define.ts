import '../toast/define.js';
import { PolisToastRegion, showToast } from './toast-region.js';

PolisToastRegion.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-toast-region': PolisToastRegion;
  }
}

export { PolisToastRegion, showToast };
