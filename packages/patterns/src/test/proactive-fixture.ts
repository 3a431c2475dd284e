/**
 * Helpers for the browser tests of the proactive-service elements: render, wait, look through
 * shadow roots, and start every test with no remembered choices, no storage policy, English,
 * and no announcer.
 */
// fixture, settle, part and deepActiveElement are the components' own test helpers (test code
// only; the published packages never import across like this).
export { deepActiveElement, fixture, part, settle } from '../../../components/src/test/fixture.js';
import { afterEach, beforeEach, vi } from 'vitest';
import { setStoragePolicy } from '@polis-ds/components';
import { PROACTIVE_STORAGE_KEY, resetProactivePreferences } from '../proactive/preferences.js';
import { evaluate } from '../proactive/engine.js';
import { EXAMPLE_NOW, exampleFacts, exampleOffers } from '../proactive/example-offers.js';
import type { EvaluatedOffer, Facts } from '../proactive/types.js';

function clean(): void {
  setStoragePolicy(() => false);
  resetProactivePreferences();
  localStorage.removeItem(PROACTIVE_STORAGE_KEY);
  sessionStorage.removeItem(PROACTIVE_STORAGE_KEY);
}

beforeEach(clean);

afterEach(() => {
  vi.useRealTimers();
  document.documentElement.lang = 'en';
  document.getElementById('polis-announcer')?.remove();
  clean();
});

/** Every element inside a shadow root with the given part. */
export function parts<T extends Element = HTMLElement>(host: Element, name: string): T[] {
  return [...(host.shadowRoot?.querySelectorAll<T>(`[part~="${name}"]`) ?? [])];
}

/**
 * Text as it is rendered (blocks on lines of their own, as a reader meets them), with runs of
 * spaces and newlines made one space (no-break spaces are kept). Not `textContent`, which runs
 * two paragraphs together when no whitespace node separates them in the markup.
 */
export function text(element: Element | null | undefined): string {
  // Text that is not rendered (in a closed <details>, say) has no innerText: its markup text, then.
  const rendered =
    element instanceof HTMLElement && element.checkVisibility() ? element.innerText : element?.textContent;
  return rendered?.replace(/[ \t\n\r]+/g, ' ').trim() ?? '';
}

/** The example offers evaluated against the example facts (two offers), in a language. */
export function exampleEvaluated(lang = 'en', facts: Facts = exampleFacts): EvaluatedOffer[] {
  return evaluate(exampleOffers, facts, { now: EXAMPLE_NOW, lang });
}

/** Every example offer made: the facts changed so that all four apply. */
export function allExampleOffers(lang = 'en'): EvaluatedOffer[] {
  return exampleEvaluated(lang, {
    ...exampleFacts,
    childRegisteredWithDoctor: false,
    statePensionDate: { value: '2026-07-14', source: { en: 'Pension records', fr: 'Dossiers de retraite' } },
  });
}

/** Text of the polite live region, once the announcer has written (it waits before writing). */
export async function announced(): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 250));
  return text(document.querySelector('#polis-announcer [aria-live="polite"]'));
}
