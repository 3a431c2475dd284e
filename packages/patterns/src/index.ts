/**
 * @polis-ds/patterns: service patterns that combine Polis components with headless logic
 * (consent, proactive services). Each pattern has its own subpath export; this entry
 * re-exports their public API as they are added.
 */
export { VERSION as COMPONENTS_VERSION } from '@polis-ds/components';
export { PolisConsentBanner } from './consent-banner/consent-banner.js';
export {
  PolisConsentSettings,
  CONSENT_ANSWERS,
  type ConsentAnswer,
} from './consent-settings/consent-settings.js';
export { PolisServicePrompt } from './service-prompt/service-prompt.js';
export { PolisPromptList } from './prompt-list/prompt-list.js';
export { PolisProactivePreferences } from './proactive-preferences/proactive-preferences.js';
