import { PolisPanel } from './panel.js';

PolisPanel.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-panel': PolisPanel;
  }
}

export { PolisPanel };
