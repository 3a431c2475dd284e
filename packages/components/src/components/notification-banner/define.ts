import { PolisNotificationBanner } from './notification-banner.js';

PolisNotificationBanner.define();

declare global {
  interface HTMLElementTagNameMap {
    'polis-notification-banner': PolisNotificationBanner;
  }
}

export { PolisNotificationBanner };
