/**
 * Helpers for the browser tests of the proactive-service elements: render, wait, look through
 * shadow roots, and start every test with no remembered choices, no storage policy, English,
 * and no announcer.
 */
import { render, type TemplateResult } from 'lit';
import { afterEach, beforeEach, vi } from 'vitest';
import { setStoragePolicy } from '@polis-ds/components';
import { PROACTIVE_STORAGE_KEY, resetProactivePreferences } from '../proactive/preferences.js';
import { evaluate } from '../proactive/engine.js';
import { EXAMPLE_NOW, exampleFacts, exampleOffers } from '../proactive/example-offers.js';
import type { EvaluatedOffer, Facts } from '../proactive/types.js';

const containers = new Set<HTMLElement>();

function clean(): void {
  setStoragePolicy(() => false);
  resetProactivePreferences();
  localStorage.removeItem(PROACTIVE_STORAGE_KEY);
  sessionStorage.removeItem(PROACTIVE_STORAGE_KEY);
}

beforeEach(clean);

afterEach(() => {
  vi.useRealTimers();
  for (const container of containers) container.remove();
  containers.clear();
  document.documentElement.lang = 'en';
  document.getElementById('polis-announcer')?.remove();
  clean();
});

/** Renders a template into the page and waits for every element in it to update. */
export async function fixture<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  containers.add(container);
  render(template, container);
  await settle(container);
  return container.firstElementChild as T;
}

/** Waits until every custom element below `root`, and in their shadow roots, has finished updating. */
export async function settle(root: ParentNode = document.body): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const elements: Element[] = [];
    const walk = (node: ParentNode) => {
      for (const element of node.querySelectorAll('*')) {
        elements.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(root);
    await Promise.all(
      elements
        .map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete)
        .filter(Boolean),
    );
    await new Promise((resolve) => setTimeout(resolve));
  }
}

/** The element inside a shadow root with the given part. */
export function part<T extends Element = HTMLElement>(host: Element, name: string): T | null {
  return host.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;
}

/** Every element inside a shadow root with the given part. */
export function parts<T extends Element = HTMLElement>(host: Element, name: string): T[] {
  return [...(host.shadowRoot?.querySelectorAll<T>(`[part~="${name}"]`) ?? [])];
}

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Visible text, with runs of spaces and newlines made one space (no-break spaces are kept). */
export function text(element: Element | null | undefined): string {
  return element?.textContent?.replace(/[ \t\n\r]+/g, ' ').trim() ?? '';
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
