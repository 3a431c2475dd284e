import '@polis-ds/components/button/define';
import '@polis-ds/components/tag/define';
import { PolisServicePrompt } from './service-prompt.js';

PolisServicePrompt.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-service-prompt': PolisServicePrompt;
  }
}

export { PolisServicePrompt };
