import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import './define.js';
import type { PolisServicePrompt } from './service-prompt.js';
import { proactiveMessages } from '../proactive/messages.js';
import { getProactivePreferences, isVisible, setEnabled } from '../proactive/preferences.js';
import { EXAMPLE_NOW } from '../proactive/example-offers.js';
import type { EvaluatedOffer } from '../proactive/types.js';
import {
  announced,
  deepActiveElement,
  exampleEvaluated,
  fixture,
  part,
  settle,
  text,
} from '../test/proactive-fixture.js';

await proactiveMessages.load('fr');

const DAY = 24 * 60 * 60 * 1000;
const [childBenefit, registerToVote] = exampleEvaluated() as [EvaluatedOffer, EvaluatedOffer];

/** A page with a main landmark, a field before the prompt, and the prompt. */
async function prompt(offer: EvaluatedOffer = childBenefit, attributes = html``) {
  const main = await fixture<HTMLElement>(
    html`<main>
      <h1>Your account</h1>
      <label for="search">Search</label><input id="search" />
      <polis-service-prompt .offer=${offer} preferences-href="/suggestions"></polis-service-prompt>
      ${attributes}
    </main>`,
  );
  return { main, el: main.querySelector('polis-service-prompt')! };
}

/** The native control inside a polis-button part. */
const control = (el: Element, name: string) =>
  part(el, name)!.shadowRoot!.querySelector<HTMLElement>('a, button')!;

describe('polis-service-prompt', () => {
  it('is a region named by its heading, with the summary, deadline and three actions', async () => {
    const { el } = await prompt();
    const base = part(el, 'base')!;
    expect(base.localName).toBe('section');
    await expect.element(base).toHaveRole('region');
    await expect.element(base).toHaveAccessibleName('Claim Child Benefit');
    expect(part(el, 'heading')!.localName).toBe('h2');
    expect(text(part(el, 'summary'))).toBe(
      'You can get Child Benefit for your new child. Claim within 3 months of the birth to get every payment from the start.',
    );
    const time = part(el, 'deadline')!.querySelector('time')!;
    expect(time.getAttribute('datetime')).toBe('2026-06-03');
    expect(text(time)).toBe('3 June 2026');
    expect(text(part(el, 'deadline')!.querySelector('strong'))).toBe('Deadline: 3 June 2026');

    const action = control(el, 'action');
    expect(action.localName).toBe('a');
    expect(action.getAttribute('href')).toBe('/child-benefit/claim');
    await expect.element(action).toHaveAccessibleName('Claim Child Benefit');
    await expect.element(control(el, 'not-now')).toHaveAccessibleName('Not now (Claim Child Benefit)');
    await expect
      .element(control(el, 'dismiss'))
      .toHaveAccessibleName('Don’t show me this again (Claim Child Benefit)');
    expect(control(el, 'not-now').localName).toBe('button');
    // Never an alert, never a live region of its own.
    expect(el.shadowRoot!.querySelector('[role="alert"], [aria-live], [role="status"]')).toBeNull();
    expect(el.hidden).toBe(false);
  });

  it('takes heading-level, falling back to 2', async () => {
    const { el } = await prompt();
    el.headingLevel = '4';
    await settle();
    expect(part(el, 'heading')!.localName).toBe('h4');
    el.headingLevel = '7';
    await settle();
    expect(part(el, 'heading')!.localName).toBe('h2');
  });

  it('explains why in a closed disclosure: the reason, and each fact with its value and source', async () => {
    const { el } = await prompt(registerToVote);
    const details = part<HTMLDetailsElement>(el, 'why')!;
    expect(details.localName).toBe('details');
    expect(details.open).toBe(false);
    expect(text(part(el, 'why-summary'))).toBe('Why am I seeing this?');
    await userEvent.click(part(el, 'why-summary')!);
    expect(details.open).toBe(true);
    expect(text(part(el, 'reason'))).toBe('Because you told us you moved house on 10 February 2026.');
    const facts = [...part(el, 'facts')!.querySelectorAll('.fact')].map((fact) => [
      text(fact.querySelector('dt')),
      text(fact.querySelector('dd')),
    ]);
    expect(facts).toEqual([
      ['The date you moved', '10 February 2026 From: The change of address you told us about'],
      ['Registered to vote at your new address', 'No The service did not say where this came from'],
    ]);
    expect(part(el, 'facts')!.querySelector('time')!.getAttribute('datetime')).toBe('2026-02-10');
    expect(text(part(el, 'why-content'))).toContain(
      'This suggestion was worked out in your browser from information the service already has. Nothing was sent to work it out.',
    );
    const link = part<HTMLAnchorElement>(el, 'settings-link')!;
    expect(link.getAttribute('href')).toBe('/suggestions');
    expect(text(link)).toBe('change your suggestion settings');
  });

  it('never takes focus: not when it renders, not when it changes', async () => {
    const { main, el } = await prompt();
    const input = main.querySelector('input')!;
    input.focus();
    el.offer = registerToVote;
    el.new = true;
    el.headingLevel = '3';
    await settle();
    expect(document.activeElement).toBe(input);
    const another = document.createElement('polis-service-prompt');
    another.offer = childBenefit;
    main.append(another);
    await settle();
    document.documentElement.lang = 'fr';
    await settle();
    expect(document.activeElement).toBe(input);
  });

  it('is reached by Tab in reading order: action, "Not now", "Don’t show me this again", then "Why am I seeing this?"', async () => {
    const { main, el } = await prompt();
    main.querySelector('input')!.focus();
    await userEvent.tab();
    expect(deepActiveElement()).toBe(control(el, 'action'));
    await userEvent.tab();
    expect(deepActiveElement()).toBe(control(el, 'not-now'));
    await userEvent.tab();
    expect(deepActiveElement()).toBe(control(el, 'dismiss'));
    await userEvent.tab();
    expect(deepActiveElement()).toBe(part(el, 'why-summary'));
    await userEvent.keyboard('{Enter}');
    expect(part<HTMLDetailsElement>(el, 'why')!.open).toBe(true);
  });

  it('"Not now" by keyboard: fires polis-prompt-snooze, hides, announces how to undo, and moves focus to the main content', async () => {
    const { main, el } = await prompt();
    const events: CustomEvent[] = [];
    main.addEventListener('polis-prompt-snooze', (event) => events.push(event));
    control(el, 'not-now').focus();
    await userEvent.keyboard('{Enter}');
    await settle();
    expect(events).toHaveLength(1);
    expect(events[0]!.detail).toEqual({ offerId: 'child-benefit', days: 30 });
    expect(events[0]!.cancelable).toBe(true);
    expect(el.hidden).toBe(true);
    expect(el.checkVisibility()).toBe(false);
    expect(isVisible('child-benefit')).toBe(false);
    expect(await announced()).toBe('Hidden for 30 days. You can change this in your suggestion settings.');
    // Not lost to <body>.
    expect(document.activeElement).toBe(main);
  });

  it('"Don’t show me this again" by Space: fires polis-prompt-dismiss, hides for good and says so', async () => {
    const { main, el } = await prompt();
    const events: CustomEvent[] = [];
    document.addEventListener('polis-prompt-dismiss', (event) => events.push(event), { once: true });
    control(el, 'dismiss').focus();
    await userEvent.keyboard(' ');
    await settle();
    expect(events.map((event) => event.detail)).toEqual([{ offerId: 'child-benefit' }]);
    expect(el.hidden).toBe(true);
    expect(getProactivePreferences().dismissed).toEqual(['child-benefit']);
    expect(await announced()).toBe(
      'You will not see this suggestion again. You can change this in your suggestion settings.',
    );
    expect(document.activeElement).toBe(main);
  });

  it('stays when the event is cancelled', async () => {
    const { main, el } = await prompt();
    main.addEventListener('polis-prompt-snooze', (event) => event.preventDefault());
    main.addEventListener('polis-prompt-dismiss', (event) => event.preventDefault());
    await userEvent.click(control(el, 'not-now'));
    await userEvent.click(control(el, 'dismiss'));
    await settle();
    expect(el.hidden).toBe(false);
    expect(getProactivePreferences()).toEqual({ enabled: true, dismissed: [], snoozed: [] });
  });

  it('fires polis-prompt-accept before following the link; cancelling it stops the link', async () => {
    const { main, el } = await prompt();
    const events: CustomEvent[] = [];
    let click: MouseEvent | undefined;
    main.addEventListener('polis-prompt-accept', (event) => {
      events.push(event);
      event.preventDefault();
    });
    main.addEventListener('click', (event) => (click = event));
    await userEvent.click(control(el, 'action'));
    expect(events.map((event) => event.detail)).toEqual([
      { offerId: 'child-benefit', href: '/child-benefit/claim' },
    ]);
    expect(click!.defaultPrevented).toBe(true);
    expect(location.pathname).not.toBe('/child-benefit/claim');
    expect(el.hidden).toBe(false);
  });

  it('uses a button for an offer without a web address, and refuses script addresses', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { el } = await prompt({
      ...childBenefit,
      action: { label: 'Start now', href: 'javascript:alert(1)' },
    });
    const action = control(el, 'action');
    expect(action.localName).toBe('button');
    const events: CustomEvent[] = [];
    el.addEventListener('polis-prompt-accept', (event) => events.push(event));
    await userEvent.click(action);
    expect(events.map((event) => event.detail)).toEqual([{ offerId: 'child-benefit', href: null }]);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('"Not now" hides the offer until the clock passes the period (snooze-days)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(EXAMPLE_NOW));
    const { main, el } = await prompt();
    el.snoozeDays = '7';
    await settle();
    const events: CustomEvent[] = [];
    main.addEventListener('polis-prompt-snooze', (event) => events.push(event));
    await userEvent.click(control(el, 'not-now'));
    expect(events[0]!.detail.days).toBe(7);
    expect(await announced()).toBe('Hidden for 7 days. You can change this in your suggestion settings.');
    vi.setSystemTime(new Date(Date.parse(EXAMPLE_NOW) + 7 * DAY - 1000));
    el.requestUpdate();
    await settle();
    expect(el.hidden).toBe(true);
    vi.setSystemTime(new Date(Date.parse(EXAMPLE_NOW) + 7 * DAY + 1000));
    el.requestUpdate();
    await settle();
    expect(el.hidden).toBe(false);
    expect(part(el, 'base')).not.toBeNull();
  });

  it('hides while suggestions are switched off, and comes back when they are on', async () => {
    const { el } = await prompt();
    setEnabled(false);
    await settle();
    expect(el.hidden).toBe(true);
    expect(part(el, 'base')).toBeNull();
    setEnabled(true);
    await settle();
    expect(el.hidden).toBe(false);
  });

  it('shows a "New" tag in the heading, outside the region’s name', async () => {
    const { el } = await prompt();
    el.new = true;
    await settle();
    expect(text(part(el, 'heading'))).toBe('Claim Child Benefit New');
    await expect.element(part(el, 'base')!).toHaveAccessibleName('Claim Child Benefit');
  });

  it('shows nothing, and warns once, without a usable offer', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { el } = await prompt({ id: '' } as EvaluatedOffer);
    expect(el.hidden).toBe(true);
    expect(part(el, 'base')).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('shows nothing, warns and never throws, for an offer of the wrong shape (from a CMS or a server)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors: unknown[] = [];
    const onError = (event: PromiseRejectionEvent | ErrorEvent) =>
      errors.push('reason' in event ? event.reason : event.error);
    window.addEventListener('unhandledrejection', onError);
    window.addEventListener('error', onError);
    try {
      const { el } = await prompt();
      const broken = [
        { id: 'x', title: 'T', action: { label: 'Go' } },
        { ...childBenefit, reason: undefined },
        { ...childBenefit, facts: 'none' },
        { ...childBenefit, facts: [null] },
        { ...childBenefit, lang: 5 },
        { ...childBenefit, summary: { en: 'Text' } },
        { ...childBenefit, action: { label: 5, href: '/x' } },
        { ...childBenefit, deadline: 'soon' },
      ];
      for (const offer of broken) {
        el.offer = offer as unknown as EvaluatedOffer;
        await settle();
        expect(el.hidden).toBe(true);
        expect(part(el, 'base')).toBeNull();
      }
      // (The warning is printed once per element type, so an earlier test may have used it.)
      expect(errors).toEqual([]);
      // A good offer afterwards shows as usual.
      el.offer = registerToVote;
      await settle();
      expect(el.hidden).toBe(false);
    } finally {
      window.removeEventListener('unhandledrejection', onError);
      window.removeEventListener('error', onError);
      warn.mockRestore();
    }
  });

  it("shows HTML in the offer's texts as text", async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><b>Bold</b>';
    const { el } = await prompt({ ...childBenefit, title: hostile, summary: hostile, reason: hostile });
    expect(el.shadowRoot!.querySelector('img, b')).toBeNull();
    expect(text(part(el, 'title'))).toBe(hostile);
    expect(text(part(el, 'summary'))).toBe(hostile);
  });

  it('speaks French inside lang="fr", with the offer evaluated in French', async () => {
    const [benefit] = exampleEvaluated('fr');
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="fr">
        <main><polis-service-prompt .offer=${benefit}></polis-service-prompt></main>
      </div>`,
    );
    const el = wrapper.querySelector<PolisServicePrompt>('polis-service-prompt')!;
    await expect.element(part(el, 'base')!).toHaveAccessibleName('Demander les allocations familiales');
    expect(text(part(el, 'deadline')!.querySelector('strong'))).toBe('Date limite\u202f: 3 juin 2026');
    await expect
      .element(control(el, 'not-now'))
      .toHaveAccessibleName('Pas maintenant (Demander les allocations familiales)');
    await expect
      .element(control(el, 'dismiss'))
      .toHaveAccessibleName('Ne plus me montrer ceci (Demander les allocations familiales)');
    expect(text(part(el, 'why-summary'))).toBe('Pourquoi est-ce que je vois ceci\u202f?');
    expect(text(part(el, 'reason'))).toBe(
      'Parce que vous avez déclaré la naissance d’un enfant le 3 mars 2026.',
    );
    // The same language throughout: no lang attributes needed inside.
    expect(el.shadowRoot!.querySelector('[lang]')).toBeNull();
    await userEvent.click(control(el, 'not-now'));
    expect(await announced()).toBe(
      'Suggestion masquée pendant 30 jours. Vous pouvez modifier ce choix dans vos paramètres de suggestions.',
    );
  });

  it('marks the languages when the offer and the page differ', async () => {
    const [benefit] = exampleEvaluated('fr');
    const { el } = await prompt(benefit);
    expect(part(el, 'base')!.getAttribute('lang')).toBe('fr');
    expect(part(el, 'not-now')!.getAttribute('lang')).toBe('en');
  });
});
