/**
 * What the proactive-services stories share: the example offers evaluated in the toolbar's
 * language at the example date, and a clean slate before each story (no remembered choices,
 * no lasting storage).
 */
import { setStoragePolicy } from '@polis-ds/components';
import { evaluate } from '../proactive/engine.js';
import { EXAMPLE_NOW, exampleFacts, exampleOffers } from '../proactive/example-offers.js';
import { proactiveMessages } from '../proactive/messages.js';
import { resetProactivePreferences } from '../proactive/preferences.js';
import type { EvaluatedOffer } from '../proactive/types.js';

/** The example offers that apply to the example person (Child Benefit, registering to vote). */
export function storyOffers(lang = 'en'): EvaluatedOffer[] {
  return evaluate(exampleOffers, exampleFacts, { now: EXAMPLE_NOW, lang });
}

/** All four example offers: the facts changed so that each applies. */
export function allStoryOffers(lang = 'en'): EvaluatedOffer[] {
  return evaluate(
    exampleOffers,
    {
      ...exampleFacts,
      childRegisteredWithDoctor: false,
      statePensionDate: {
        value: '2026-07-14',
        source: { en: 'Pension records', fr: 'Dossiers de retraite' },
      },
    },
    { now: EXAMPLE_NOW, lang },
  );
}

/** Forgets every choice and lasting storage, so each story starts the same. */
export function resetProactive(): void {
  setStoragePolicy(() => false);
  resetProactivePreferences();
}

/** Loads the proactive strings of the toolbar's language before a story renders. */
export const loadProactiveStrings = async ({ globals }: { globals: Record<string, unknown> }) => {
  await proactiveMessages.load(String(globals.locale ?? 'en'));
  return {};
};

/** Stops the example links from leaving the docs site. */
export function stayOnPage(event: Event): void {
  event.preventDefault();
}
