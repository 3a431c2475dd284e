import { PolisServiceNavigation } from './service-navigation.js';

PolisServiceNavigation.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-service-navigation': PolisServiceNavigation;
  }
}

export { PolisServiceNavigation };
