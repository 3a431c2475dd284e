import { PolisRadio } from './radio.js';

PolisRadio.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-radio': PolisRadio;
  }
}

export { PolisRadio };
