import '@polis-ds/components/radios/define';
import '@polis-ds/components/radio/define';
import '@polis-ds/components/error-summary/define';
import '@polis-ds/components/notification-banner/define';
import '@polis-ds/components/button/define';
import { PolisConsentSettings } from './consent-settings.js';

PolisConsentSettings.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-consent-settings': PolisConsentSettings;
  }
}

export { PolisConsentSettings };
