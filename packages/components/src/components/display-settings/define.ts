import { PolisDisplaySettings } from './display-settings.js';

PolisDisplaySettings.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-display-settings': PolisDisplaySettings;
  }
}

export { PolisDisplaySettings };
