// The service's cookie policy, shared by the server (the no-JavaScript banner and settings
// form, handleConsentForm) and the browser bundle (configure()), so both read and write the
// same record. Raise `revision` when the policy changes: everyone is asked again.

/** The strictly necessary cookie that holds the journey's session id, once the person starts. */
export const SESSION_COOKIE = 'register_birth_session';

/** The one additional cookie: set by /analytics.js, which runs only with consent. */
export const ANALYTICS_COOKIE = '_rb_visits';

export const SERVICE_NAME = 'Register a birth';

export const consentConfig = {
  revision: 1,
  cookiesPage: '/cookies',
  categories: {
    analytics: {
      label: 'Analytics',
      description:
        'A cookie that counts how many pages of this service you visit, so we could see where people give up. It lasts 1 year. In this example nothing is sent anywhere: the count stays on your device.',
      purpose: 'count the pages you visit',
      cookies: [ANALYTICS_COOKIE],
    },
  },
};
