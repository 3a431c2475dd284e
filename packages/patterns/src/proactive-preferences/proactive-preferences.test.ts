import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setStoragePolicy } from '@polis-ds/components';
import './define.js';
import '../service-prompt/define.js';
import type { PolisProactivePreferences } from './proactive-preferences.js';
import type { PolisServicePrompt } from '../service-prompt/service-prompt.js';
import { proactiveMessages } from '../proactive/messages.js';
import { dismiss, getProactivePreferences, isEnabled, isVisible, snooze } from '../proactive/preferences.js';
import { EXAMPLE_NOW, exampleOffers } from '../proactive/example-offers.js';
import type { ProactiveChangeDetail } from '../proactive/events.js';
import {
  allExampleOffers,
  announced,
  deepActiveElement,
  fixture,
  part,
  parts,
  settle,
  text,
} from '../test/proactive-fixture.js';

await proactiveMessages.load('fr');

const NOW = Date.parse(EXAMPLE_NOW);

async function view(lang = 'en') {
  const main = await fixture<HTMLElement>(
    html`<main lang=${lang}>
      <polis-service-prompt .offer=${allExampleOffers(lang)[0]}></polis-service-prompt>
      <polis-proactive-preferences .offers=${exampleOffers}></polis-proactive-preferences>
    </main>`,
  );
  return {
    main,
    el: main.querySelector<PolisProactivePreferences>('polis-proactive-preferences')!,
    prompt: main.querySelector<PolisServicePrompt>('polis-service-prompt')!,
  };
}

/** The native radio of an option in the switch. */
const radio = (el: Element, value: 'yes' | 'no') =>
  part(el, 'switch')!.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!;
const showAgainButtons = (el: Element) =>
  parts(el, 'show-again').map((button) => button.shadowRoot!.querySelector('button')!);

describe('polis-proactive-preferences', () => {
  it('asks whether to show suggestions, as a pair of radios, "Yes" by default', async () => {
    const { el } = await view();
    expect(part(el, 'heading')!.localName).toBe('h2');
    expect(text(part(el, 'heading'))).toBe('Suggestions for services');
    const group = part(el, 'switch')!.shadowRoot!.querySelector('fieldset')!;
    await expect.element(group).toHaveRole('group');
    await expect.element(group).toHaveAccessibleName('Show suggestions for services you might need?');
    await expect.element(radio(el, 'yes')).toHaveAccessibleName('Yes');
    expect(radio(el, 'yes').checked).toBe(true);
    expect(radio(el, 'no').checked).toBe(false);
    expect(part(el, 'hidden-heading')!.localName).toBe('h3');
    expect(text(part(el, 'hidden-none'))).toBe('You have not hidden any suggestions.');
    expect(text(part(el, 'storage-note'))).toBe(
      'Your choices are remembered until you close your browser, because you have not allowed cookies that remember your settings.',
    );
  });

  it('turns every suggestion off and on by keyboard, and announces it', async () => {
    const { main, el, prompt } = await view();
    const events: ProactiveChangeDetail[] = [];
    main.addEventListener('polis-proactive-change', (event) => events.push(event.detail));
    radio(el, 'yes').focus();
    await userEvent.keyboard('{ArrowRight}');
    await settle();
    expect(isEnabled()).toBe(false);
    expect(prompt.hidden).toBe(true);
    expect(await announced()).toBe('Suggestions are turned off. You will not see suggestions for services.');
    expect(events).toEqual([{ enabled: false, dismissed: [], snoozed: [] }]);
    // Focus stays on the choice.
    expect(deepActiveElement()).toBe(radio(el, 'no'));
    await userEvent.keyboard('{ArrowLeft}');
    await settle();
    expect(isEnabled()).toBe(true);
    expect(prompt.hidden).toBe(false);
    expect(await announced()).toBe('Suggestions are turned on.');
  });

  it('lists the hidden suggestions, and "Show again" undoes each, moving focus to the next', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    dismiss('child-benefit');
    snooze('register-to-vote', 30);
    dismiss('retired-offer');
    const { el, prompt } = await view();
    expect(prompt.hidden).toBe(true);
    expect(
      parts(el, 'hidden-item').map((row) => [
        text(row.querySelector('.hidden-title')),
        text(row.querySelector('[part~="hidden-status"]')),
      ]),
    ).toEqual([
      ['A suggestion the service no longer makes', 'You chose not to see this again'],
      ['Claim Child Benefit', 'You chose not to see this again'],
      ['Register to vote at your new address', 'Hidden until 1 May 2026'],
    ]);
    expect(part(el, 'hidden-list')!.querySelector('time')!.getAttribute('datetime')).toBe('2026-05-01');
    const buttons = showAgainButtons(el);
    await expect.element(buttons[1]!).toHaveAccessibleName('Show again (Claim Child Benefit)');

    buttons[1]!.focus();
    await userEvent.keyboard('{Enter}');
    await settle();
    expect(isVisible('child-benefit')).toBe(true);
    expect(prompt.hidden).toBe(false);
    expect(await announced()).toBe('Claim Child Benefit will be suggested again when it applies to you.');
    // Focus goes to the button that took its place.
    const left = showAgainButtons(el);
    expect(left).toHaveLength(2);
    expect(deepActiveElement()).toBe(left[1]);
    await userEvent.keyboard(' ');
    await settle();
    expect(deepActiveElement()).toBe(showAgainButtons(el)[0]);
    await userEvent.keyboard('{Enter}');
    await settle();
    expect(deepActiveElement()).toBe(part(el, 'hidden-heading'));
    expect(text(part(el, 'hidden-none'))).toBe('You have not hidden any suggestions.');
    expect(getProactivePreferences()).toEqual({ enabled: true, dismissed: [], snoozed: [] });
  });

  it('follows changes made elsewhere, and never takes focus for them', async () => {
    const { el } = await view();
    const outside = document.createElement('button');
    outside.textContent = 'Outside';
    document.body.append(outside);
    outside.focus();
    snooze('state-pension', 7, Date.now());
    await settle();
    expect(parts(el, 'hidden-item')).toHaveLength(1);
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });

  it('says choices are remembered on this device when consent allows it', async () => {
    const { el } = await view();
    setStoragePolicy((purpose) => purpose === 'preferences');
    await settle();
    expect(text(part(el, 'storage-note'))).toBe('Your choices are remembered on this device.');
  });

  it('renders despite tampered stored choices', async () => {
    sessionStorage.setItem(
      'polis-proactive',
      JSON.stringify({ enabled: false, dismissed: ['constructor'], snoozed: { 'child-benefit': 1e300 } }),
    );
    const { el } = await view();
    expect(part(el, 'heading')).not.toBeNull();
    expect(parts(el, 'hidden-item')).toHaveLength(1);
  });

  it('speaks French inside lang="fr"', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    snooze('register-to-vote', 30);
    const { el } = await view('fr');
    expect(text(part(el, 'heading'))).toBe('Suggestions de services');
    const group = part(el, 'switch')!.shadowRoot!.querySelector('fieldset')!;
    await expect
      .element(group)
      .toHaveAccessibleName('Afficher des suggestions de services qui pourraient vous être utiles ?');
    await expect.element(radio(el, 'no')).toHaveAccessibleName('Non');
    expect(text(part(el, 'hidden-item')!.querySelector('.hidden-title'))).toBe(
      'Vous inscrire sur les listes électorales à votre nouvelle adresse',
    );
    expect(text(part(el, 'hidden-status'))).toBe('Masquée jusqu’au 1 mai 2026');
    await expect
      .element(showAgainButtons(el)[0]!)
      .toHaveAccessibleName(
        'Afficher à nouveau (Vous inscrire sur les listes électorales à votre nouvelle adresse)',
      );
  });
});
