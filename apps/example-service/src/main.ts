// The service's one bundle, exactly what a team writes: the tokens, the components its pages
// use (each by its own entry, so nothing else is shipped), consent, and the proactive prompt.
import '@polis-ds/tokens/tokens.css';
import '@polis-ds/components/skip-link/define';
import '@polis-ds/components/header/define';
import '@polis-ds/components/footer/define';
import '@polis-ds/components/back-link/define';
import '@polis-ds/components/button/define';
import '@polis-ds/components/error-summary/define';
import '@polis-ds/components/text-input/define';
import '@polis-ds/components/date-input/define';
import '@polis-ds/components/radios/define';
import '@polis-ds/components/summary-list/define';
import '@polis-ds/components/panel/define';
import '@polis-ds/components/notification-banner/define';
import { configure, consentManager, startGating } from '@polis-ds/patterns/consent';
import '@polis-ds/patterns/consent-banner/define';
import '@polis-ds/patterns/consent-settings/define';
import { evaluate, type Facts } from '@polis-ds/patterns/proactive';
import '@polis-ds/patterns/service-prompt/define';
import '@polis-ds/patterns/proactive-preferences/define';
import { consentConfig } from '../consent-config.mjs';
import { offers } from './offers.ts';
import './page.css';

// The same cookie policy as the server's; every record goes to the service's own consent log.
configure({
  ...consentConfig,
  onRecord(record) {
    navigator.sendBeacon('/consent-log', new Blob([JSON.stringify(record)], { type: 'application/json' }));
  },
});
startGating(consentManager);

// After a registration the server sends the facts the person gave; the offer is worked out
// here, in the browser, as the prompt's "Why am I seeing this?" says.
const facts = document.getElementById('journey-facts');
const prompt = document.querySelector('polis-service-prompt');
if (facts && prompt) {
  const [offer] = evaluate(offers, JSON.parse(facts.textContent ?? '{}') as Facts, {
    lang: document.documentElement.lang,
  });
  if (offer) prompt.offer = offer;
}

const preferences = document.querySelector('polis-proactive-preferences');
if (preferences) preferences.offers = offers;
