import '../service-prompt/define.js';
import { PolisPromptList } from './prompt-list.js';

PolisPromptList.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-prompt-list': PolisPromptList;
  }
}

export { PolisPromptList };
