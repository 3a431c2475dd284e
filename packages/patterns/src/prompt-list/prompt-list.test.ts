import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setStoragePolicy } from '@polis-ds/components';
import './define.js';
import type { PolisPromptList } from './prompt-list.js';
import type { PolisServicePrompt } from '../service-prompt/service-prompt.js';
import { proactiveMessages } from '../proactive/messages.js';
import { PROACTIVE_STORAGE_KEY, dismiss, hasSeen, setEnabled, snooze } from '../proactive/preferences.js';
import type { EvaluatedOffer } from '../proactive/types.js';
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

async function list(offers: readonly EvaluatedOffer[] = allExampleOffers(), lang = 'en') {
  const main = await fixture<HTMLElement>(
    html`<main lang=${lang}>
      <label for="search">Search</label><input id="search" />
      <polis-prompt-list .offers=${offers} preferences-href="/suggestions"></polis-prompt-list>
    </main>`,
  );
  return { main, el: main.querySelector<PolisPromptList>('polis-prompt-list')! };
}

const prompts = (el: Element) => parts<PolisServicePrompt>(el, 'prompt');
const titles = (el: Element) => prompts(el).map((prompt) => text(part(prompt, 'title')));
const isNew = (el: Element) => prompts(el).map((prompt) => prompt.new);
const button = (prompt: Element, name: string) =>
  part(prompt, name)!.shadowRoot!.querySelector<HTMLElement>('button, a')!;

describe('polis-prompt-list', () => {
  it('lists the offers under a heading, each a region with a heading one level below, and links to the settings', async () => {
    const { el } = await list();
    const heading = part(el, 'heading')!;
    expect(heading.localName).toBe('h2');
    expect(text(heading)).toBe('Services you might need');
    expect(text(part(el, 'intro'))).toBe(
      'Based on information we already have about you. Each suggestion says why you are seeing it.',
    );
    await expect.element(part(el, 'items')!).toHaveRole('list');
    expect(titles(el)).toEqual([
      'Claim Child Benefit',
      'Register your baby with a doctor',
      'Register to vote at your new address',
      'Claim your State Pension',
    ]);
    for (const prompt of prompts(el)) {
      expect(part(prompt, 'heading')!.localName).toBe('h3');
      await expect.element(part(prompt, 'base')!).toHaveRole('region');
      expect(part(prompt, 'settings-link')!.getAttribute('href')).toBe('/suggestions');
    }
    const link = part<HTMLAnchorElement>(el, 'settings-link')!;
    expect(link.getAttribute('href')).toBe('/suggestions');
    expect(text(link)).toBe('Change your suggestion settings');
    expect(part(el, 'empty')).toBeNull();
  });

  it('takes its own heading and level', async () => {
    const { el } = await list();
    el.heading = 'Having a baby';
    el.headingLevel = '3';
    await settle();
    expect(text(part(el, 'heading'))).toBe('Having a baby');
    expect(part(el, 'heading')!.localName).toBe('h3');
    expect(part(prompts(el)[0]!, 'heading')!.localName).toBe('h4');
  });

  it('marks offers not seen before as "New", and only those, after a reload', async () => {
    const offers = allExampleOffers();
    const first = await list(offers.slice(0, 2));
    expect(isNew(first.el)).toEqual([true, true]);
    expect(text(part(prompts(first.el)[0]!, 'tag'))).toBe('New');
    // Still "New" while this view lasts, though now remembered as seen.
    first.el.requestUpdate();
    await settle();
    expect(isNew(first.el)).toEqual([true, true]);
    expect(hasSeen('child-benefit')).toBe(true);
    first.main.remove();

    const again = await list(offers);
    expect(isNew(again.el)).toEqual([false, false, true, true]);
  });

  it('shows only the offers that are neither snoozed nor dismissed, and says when there is none', async () => {
    snooze('child-benefit');
    dismiss('state-pension');
    const { el } = await list();
    expect(titles(el)).toEqual(['Register your baby with a doctor', 'Register to vote at your new address']);
    dismiss('register-with-doctor');
    dismiss('register-to-vote');
    await settle();
    expect(prompts(el)).toHaveLength(0);
    expect(part(el, 'items')).toBeNull();
    expect(text(part(el, 'empty'))).toBe('There are no suggestions for you at the moment.');
    expect(part(el, 'settings-link')).not.toBeNull();
  });

  it('leaves out offers of the wrong shape, so no empty list item is announced and none is marked seen', async () => {
    const [first, second] = allExampleOffers();
    const broken = [null, { id: 'broken', title: 'No summary', action: { label: 'Go' } }];
    const { el } = await list([...broken, first!, second!] as unknown as EvaluatedOffer[]);
    expect(titles(el)).toEqual([first!.title, second!.title]);
    expect(el.shadowRoot!.querySelectorAll('li')).toHaveLength(2);
    expect(hasSeen('broken')).toBe(false);
    const { el: empty } = await list(broken as unknown as EvaluatedOffer[]);
    expect(text(part(empty, 'empty'))).toBe('There are no suggestions for you at the moment.');
  });

  it('hides every prompt while suggestions are switched off, and says so with the link', async () => {
    const { el } = await list();
    setEnabled(false);
    await settle();
    expect(prompts(el)).toHaveLength(0);
    expect(text(part(el, 'off'))).toBe('You have turned off suggestions for services.');
    expect(part(el, 'settings-link')).not.toBeNull();
    expect(part(el, 'empty')).toBeNull();
    setEnabled(true);
    await settle();
    expect(prompts(el)).toHaveLength(4);
  });

  it('never takes focus when it renders or changes', async () => {
    const { main, el } = await list([]);
    const input = main.querySelector('input')!;
    input.focus();
    el.offers = allExampleOffers();
    await settle();
    snooze('register-to-vote');
    await settle();
    setEnabled(false);
    await settle();
    expect(document.activeElement).toBe(input);
  });

  it('after "Not now", moves focus to the next prompt’s heading, then the previous one’s, then the list’s heading', async () => {
    const { el } = await list(allExampleOffers().slice(0, 2));
    const [first, second] = prompts(el) as [PolisServicePrompt, PolisServicePrompt];
    button(first, 'not-now').focus();
    await userEvent.keyboard('{Enter}');
    await settle();
    expect(deepActiveElement()).toBe(part(second, 'heading'));
    expect(titles(el)).toEqual(['Register your baby with a doctor']);
    expect(await announced()).toBe('Hidden for 30 days. You can change this in your suggestion settings.');

    // Tab goes on from there, into the prompt.
    await userEvent.tab();
    expect(deepActiveElement()).toBe(button(second, 'action'));
    button(second, 'dismiss').focus();
    await userEvent.keyboard('{Enter}');
    await settle();
    expect(deepActiveElement()).toBe(part(el, 'heading'));
    expect(text(part(el, 'empty'))).toBe('There are no suggestions for you at the moment.');
    expect(document.activeElement).not.toBe(document.body);
  });

  it('after the last prompt is hidden, focus goes to the previous prompt', async () => {
    const { el } = await list(allExampleOffers().slice(0, 2));
    const [first, second] = prompts(el) as [PolisServicePrompt, PolisServicePrompt];
    button(second, 'dismiss').focus();
    await userEvent.keyboard('{Enter}');
    await settle();
    expect(deepActiveElement()).toBe(part(first, 'heading'));
  });

  it('remembers what was seen on the device only when consent allows', async () => {
    await list(allExampleOffers().slice(0, 1));
    expect(localStorage.getItem(PROACTIVE_STORAGE_KEY)).toBeNull();
    expect(JSON.parse(sessionStorage.getItem(PROACTIVE_STORAGE_KEY)!).seen).toEqual(['child-benefit']);
    setStoragePolicy((purpose) => purpose === 'preferences');
    expect(sessionStorage.getItem(PROACTIVE_STORAGE_KEY)).toBeNull();
    expect(JSON.parse(localStorage.getItem(PROACTIVE_STORAGE_KEY)!).seen).toEqual(['child-benefit']);
  });

  it('speaks French inside lang="fr"', async () => {
    const { el } = await list(allExampleOffers('fr').slice(0, 1), 'fr');
    expect(text(part(el, 'heading'))).toBe('Des services qui pourraient vous être utiles');
    expect(text(part(prompts(el)[0]!, 'tag'))).toBe('Nouveau');
    expect(text(part(el, 'settings-link'))).toBe('Modifier vos paramètres de suggestions');
    setEnabled(false);
    await settle();
    expect(text(part(el, 'off'))).toBe('Vous avez désactivé les suggestions de services.');
    setEnabled(true);
    dismiss('child-benefit');
    await settle();
    expect(text(part(el, 'empty'))).toBe('Nous n’avons aucune suggestion pour vous en ce moment.');
  });
});
