import { PolisServiceAlert } from './service-alert.js';

PolisServiceAlert.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-service-alert': PolisServiceAlert;
  }
}

export { PolisServiceAlert };
