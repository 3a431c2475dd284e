/**
 * What the consent stories share: a service's configuration, a clean slate before each story
 * (no consent cookie, no category cookies), and a Global Privacy Control switch.
 */
import { configure } from '../consent/index.js';
import type { ConsentConfig } from '../consent/types.js';

/** The consent cookie of the stories, apart from any other on the docs site. */
export const STORY_COOKIE = 'polis_consent_story';

/** A service's configuration: analytics, and marketing that Global Privacy Control applies to. */
export function storyConfig(overrides: Partial<ConsentConfig> = {}): ConsentConfig {
  return {
    revision: 1,
    cookiesPage: '#cookies',
    cookie: { name: STORY_COOKIE },
    categories: {
      analytics: {
        label: { en: 'Analytics', fr: 'Mesure d’audience' },
        description: {
          en: 'Cookies that tell us how you use the service (pages visited, time on each), so we can improve it. They last up to 2 years.',
          fr: 'Des cookies qui nous indiquent comment vous utilisez le service (pages consultées, temps passé), pour l’améliorer. Ils durent jusqu’à 2 ans.',
        },
        cookies: ['_ga', /^_ga_/],
      },
      marketing: {
        label: { en: 'Marketing', fr: 'Publicité' },
        description: {
          en: 'Cookies that measure our campaigns on other websites. They last up to 90 days.',
          fr: 'Des cookies qui mesurent nos campagnes sur d’autres sites. Ils durent jusqu’à 90 jours.',
        },
        cookies: ['_mkt'],
        gpc: true,
      },
    },
    ...overrides,
  };
}

/** Deletes the stories' consent cookie, then configures the page-wide manager afresh. */
export function resetConsent(overrides: Partial<ConsentConfig> = {}): void {
  document.cookie = `${STORY_COOKIE}=; Path=/; Max-Age=0`;
  configure(storyConfig(overrides));
}

/** Makes `navigator.globalPrivacyControl` true; returns the function that undoes it. */
export function sendGpc(): () => void {
  const proto = Navigator.prototype as unknown as Record<string, unknown>;
  const previous = Object.getOwnPropertyDescriptor(proto, 'globalPrivacyControl');
  Object.defineProperty(proto, 'globalPrivacyControl', { configurable: true, get: () => true });
  return () => {
    if (previous) Object.defineProperty(proto, 'globalPrivacyControl', previous);
    else delete proto.globalPrivacyControl;
  };
}
