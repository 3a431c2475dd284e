import '@polis-ds/components/radios/define';
import '@polis-ds/components/radio/define';
import '@polis-ds/components/button/define';
import { PolisProactivePreferences } from './proactive-preferences.js';

PolisProactivePreferences.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-proactive-preferences': PolisProactivePreferences;
  }
}

export { PolisProactivePreferences };
