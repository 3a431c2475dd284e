import { PolisConsentBanner } from './consent-banner.js';

PolisConsentBanner.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-consent-banner': PolisConsentBanner;
  }
}

export { PolisConsentBanner };
