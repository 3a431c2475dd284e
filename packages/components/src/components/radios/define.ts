import '../radio/define.js';
import { PolisRadios } from './radios.js';

PolisRadios.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-radios': PolisRadios;
  }
}

export { PolisRadios };
