// Consent, as a service team sets it up: configure the manager once, early, with the
// service's categories; gate the third-party scripts and embeds written in the page; and keep
// a log of every record (a real service would post it to its own server).
import { configure, consentManager, startGating, type ConsentRecord } from '@polis-ds/patterns/consent';
import '@polis-ds/patterns/consent-banner/define';
import '@polis-ds/patterns/consent-settings/define';

declare global {
  interface Window {
    /** The consent log of this page: every record the manager made (the e2e tests read it). */
    __polisRecords?: ConsentRecord[];
  }
}

const french = document.documentElement.lang === 'fr';

configure({
  // Raise it when the cookie policy changes: everyone is asked again.
  revision: 1,
  cookiesPage: french ? '/fr/cookies.html' : '/cookies.html',
  categories: {
    analytics: {
      label: { en: 'Analytics', fr: 'Mesure d’audience' },
      description: {
        en: 'Cookies that tell us how you use the service, such as the pages you visit, so we can improve it. They last up to 2 years.',
        fr: 'Des cookies qui nous indiquent comment vous utilisez le service, par exemple les pages consultées, pour l’améliorer. Ils durent jusqu’à 2 ans.',
      },
      purpose: { en: 'measure how you use the service', fr: 'mesurent votre utilisation du service' },
      cookies: ['_ga', /^_ga_/],
    },
    marketing: {
      label: { en: 'Marketing', fr: 'Publicité' },
      description: {
        en: 'Cookies that measure our information campaigns on other websites and videos. They last up to 90 days.',
        fr: 'Des cookies qui mesurent nos campagnes d’information sur d’autres sites et vidéos. Ils durent jusqu’à 90 jours.',
      },
      purpose: { en: 'measure our information campaigns', fr: 'mesurent nos campagnes d’information' },
      cookies: ['_mkt'],
      // A sharing purpose: while the browser sends Global Privacy Control, "accept" leaves it off.
      gpc: true,
    },
  },
  onRecord(record) {
    (window.__polisRecords ??= []).push(record);
  },
});

startGating(consentManager);
