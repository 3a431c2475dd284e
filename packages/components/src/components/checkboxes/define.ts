import '../checkbox/define.js';
import { PolisCheckboxes } from './checkboxes.js';

PolisCheckboxes.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-checkboxes': PolisCheckboxes;
  }
}

export { PolisCheckboxes };
