import { PolisLanguageSwitcher } from './language-switcher.js';

PolisLanguageSwitcher.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-language-switcher': PolisLanguageSwitcher;
  }
}

export { PolisLanguageSwitcher };
