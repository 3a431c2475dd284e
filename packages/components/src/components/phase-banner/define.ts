import '../tag/define.js';
import { PolisPhaseBanner } from './phase-banner.js';

PolisPhaseBanner.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-phase-banner': PolisPhaseBanner;
  }
}

export { PolisPhaseBanner };
