import { PolisAlert } from './alert.js';

PolisAlert.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-alert': PolisAlert;
  }
}

export { PolisAlert };
