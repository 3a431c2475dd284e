import { html } from 'lit';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { PolisRadios } from '@polis-ds/components';
import './define.js';
import type { PolisConsentSettings } from './consent-settings.js';
import { acceptAll, configure, consentMessages, get, getConfig, save } from '../consent/index.js';
import type { ConsentChangeDetail, ConsentRecord } from '../consent/types.js';
import {
  cookie,
  deepActiveElement,
  fixture,
  part,
  settle,
  stubGpc,
  testConfig,
  text,
  watchWrites,
} from '../test/consent-fixture.js';

const COOKIE = 'polis_consent_settings_test';
const config = (overrides = {}) => testConfig(overrides, COOKIE);

function storedRecord(): ConsentRecord | null {
  const value = cookie(COOKIE);
  return value ? (JSON.parse(decodeURIComponent(value)) as ConsentRecord) : null;
}

async function settings(heading = '2'): Promise<PolisConsentSettings> {
  const container = await fixture<HTMLElement>(
    html`<main>
      <h1>Cookies</h1>
      <polis-consent-settings heading-level=${heading}></polis-consent-settings>
    </main>`,
  );
  return container.querySelector('polis-consent-settings')!;
}

const groups = (el: Element) => [...el.shadowRoot!.querySelectorAll<PolisRadios>('polis-radios')];
const group = (el: Element, category: string) =>
  el.shadowRoot!.querySelector<PolisRadios>(`polis-radios[name="${category}"]`)!;
const radio = (control: PolisRadios, value: 'yes' | 'no') =>
  control.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!;

async function answer(el: PolisConsentSettings, category: string, value: 'yes' | 'no'): Promise<void> {
  await userEvent.click(radio(group(el, category), value).labels![0]!);
  await settle();
}

async function saveButton(el: PolisConsentSettings): Promise<void> {
  await userEvent.click(part(el, 'save-button')!);
  await settle();
}

const summary = (el: Element) => part(el, 'error-summary')!;

beforeAll(async () => {
  await consentMessages.load('fr');
});

afterEach(() => {
  vi.restoreAllMocks();
  document.title = '';
});

describe('polis-consent-settings before configure', () => {
  // Must run first: the page-wide manager cannot be unconfigured.
  it('renders nothing until configure() is called', async () => {
    expect(getConfig()).toBeNull();
    const el = await settings();
    expect(el.hidden).toBe(true);
    expect(part(el, 'form')).toBeNull();
    configure(config());
    await settle();
    expect(el.hidden).toBe(false);
    expect(part(el, 'form')).not.toBeNull();
  });
});

describe('polis-consent-settings', () => {
  it('asks one yes-or-no question per category, none answered, in a real form', async () => {
    configure(config());
    const el = await settings();
    const form = part<HTMLFormElement>(el, 'form')!;
    expect(form.localName).toBe('form');
    const questions = groups(el);
    expect(questions.map((q) => q.name)).toEqual(['analytics', 'marketing']);
    // The questions are in the same shadow root as the form, so they belong to it.
    expect(questions.every((q) => q.form === form)).toBe(true);
    expect([...form.elements]).toEqual(expect.arrayContaining(questions));
    expect(questions.map((q) => q.value)).toEqual(['', '']);
    expect(questions.map((q) => radio(q, 'yes').checked || radio(q, 'no').checked)).toEqual([false, false]);

    const fieldset = questions[0]!.shadowRoot!.querySelector('fieldset')!;
    await expect.element(fieldset).toHaveAccessibleName('Use analytics cookies?');
    await expect
      .element(fieldset)
      .toHaveAccessibleDescription('Tell us how you use the service, so we can improve it.');
    await expect.element(radio(questions[0]!, 'yes')).toHaveAccessibleName('Yes');
    await expect.element(radio(questions[0]!, 'no')).toHaveAccessibleName('No');

    const heading = part(el, 'heading')!;
    expect(heading.localName).toBe('h2');
    expect(text(heading)).toBe('Change your cookie settings');
    const necessary = part(el, 'necessary')!;
    expect(part(el, 'necessary-heading')!.localName).toBe('h3');
    expect(text(necessary)).toBe(
      'Strictly necessary cookies These cookies make the service work, such as remembering your answers and your cookie choices. They are always on.',
    );
    // Explained, not switchable.
    expect(necessary.querySelector('input, polis-radios')).toBeNull();
    expect(text(part(el, 'save-button'))).toBe('Save cookie settings');
    expect(part(el, 'success')).toBeNull();
  });

  it('takes its heading level from heading-level', async () => {
    configure(config());
    const el = await settings('3');
    expect(part(el, 'heading')!.localName).toBe('h3');
    expect(part(el, 'necessary-heading')!.localName).toBe('h4');
  });

  it('writes nothing before saving', async () => {
    const writes = watchWrites();
    try {
      configure(config());
      const el = await settings();
      await answer(el, 'analytics', 'yes');
      expect(writes.cookies).toEqual([]);
      expect(writes.storage).toEqual([]);
      expect(get()).toBeNull();
    } finally {
      writes.restore();
    }
  });

  it('with questions unanswered: a focused error summary, a message on each question, nothing saved', async () => {
    configure(config());
    const records: ConsentRecord[] = [];
    configure(config({ onRecord: (record: ConsentRecord) => records.push(record) }));
    document.title = 'Cookies – Apply for a permit';
    const el = await settings();
    await saveButton(el);
    expect(records).toEqual([]);
    expect(storedRecord()).toBeNull();
    const box = part(summary(el), 'base')!;
    await expect.element(box).toHaveRole('alert');
    expect(deepActiveElement()).toBe(box);
    const links = [...summary(el).shadowRoot!.querySelectorAll('a')];
    expect(links.map(text)).toEqual(['Select yes or no for analytics', 'Select yes or no for marketing']);
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['#consent-analytics', '#consent-marketing']);
    expect(document.title).toBe('Error: Cookies – Apply for a permit');
    for (const [q, message] of [
      [group(el, 'analytics'), 'Select yes or no for analytics'],
      [group(el, 'marketing'), 'Select yes or no for marketing'],
    ] as const) {
      expect(text(part(q, 'error-message'))).toBe(`Error: ${message}`);
      await expect
        .element(q.shadowRoot!.querySelector('fieldset')!)
        .toHaveAccessibleDescription(/Error: Select yes or no/);
    }

    // The link takes the person to the question.
    await userEvent.click(links[1]!);
    expect(deepActiveElement()).toBe(radio(group(el, 'marketing'), 'yes'));

    // One answered: only the other is in error, and still nothing is saved.
    await answer(el, 'analytics', 'no');
    await saveButton(el);
    expect(records).toEqual([]);
    expect([...summary(el).shadowRoot!.querySelectorAll('a')].map(text)).toEqual([
      'Select yes or no for marketing',
    ]);
    expect(part(group(el, 'analytics'), 'error-message')).toBeNull();
    expect(deepActiveElement()).toBe(part(summary(el), 'base'));
  });

  it('works with awkward category ids: error links lead to the question, and saving works', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const categories = JSON.parse(
      '{"__proto__":{"label":"Prototype","description":"d"},"100% fun":{"label":"Fun","description":"d"},"constructor":{"label":"Builder","description":"d"}}',
    ) as Record<string, { label: string; description: string }>;
    configure(config({ categories }));
    const el = await settings();
    // `__proto__` cannot hold a choice: it is not asked (configure warns about it).
    expect(groups(el).map((g) => g.getAttribute('name'))).toEqual(['100% fun', 'constructor']);
    await saveButton(el);
    const links = [...summary(el).shadowRoot!.querySelectorAll('a')];
    expect(links.map(text)).toEqual(['Select yes or no for fun', 'Select yes or no for builder']);
    await userEvent.click(links[0]!);
    expect(deepActiveElement()).toBe(radio(group(el, '100% fun'), 'yes'));
    await answer(el, '100% fun', 'yes');
    await answer(el, 'constructor', 'no');
    await saveButton(el);
    expect(storedRecord()?.choices).toEqual({ '100% fun': true, constructor: false });
  });

  it('saves the answers, shows a focused success banner, and clears the errors', async () => {
    const records: ConsentRecord[] = [];
    const changes: ConsentChangeDetail[] = [];
    const onChange = (event: CustomEvent<ConsentChangeDetail>) => changes.push(event.detail);
    document.addEventListener('polis-consent-change', onChange);
    configure(config({ onRecord: (record: ConsentRecord) => records.push(record) }));
    document.title = 'Cookies';
    const el = await settings();
    await saveButton(el);
    await answer(el, 'analytics', 'yes');
    await answer(el, 'marketing', 'no');
    await saveButton(el);
    document.removeEventListener('polis-consent-change', onChange);

    expect(records).toHaveLength(1);
    expect(changes).toHaveLength(1);
    expect(records[0]!.choices).toEqual({ analytics: true, marketing: false });
    expect(records[0]!.method).toBe('settings');
    expect(storedRecord()!.choices).toEqual({ analytics: true, marketing: false });

    const success = part(el, 'success')!;
    const box = part(success, 'base')!;
    await expect.element(box).toHaveRole('alert');
    await expect.element(box).toHaveAccessibleName('Success');
    expect(text(success)).toBe('You’ve set your cookie preferences.');
    expect(deepActiveElement()).toBe(box);
    expect(summary(el).shadowRoot!.querySelector('a')).toBeNull();
    expect(document.title).toBe('Cookies');
    // The success banner is at the top of the element, above the form.
    expect(
      success.compareDocumentPosition(part(el, 'form')!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('shows the answers of a valid record, and follows a choice made elsewhere', async () => {
    configure(config());
    save({ analytics: true, marketing: false }, 'banner');
    const el = await settings();
    expect(groups(el).map((q) => q.value)).toEqual(['yes', 'no']);
    expect(radio(group(el, 'analytics'), 'yes').checked).toBe(true);
    expect(radio(group(el, 'marketing'), 'no').checked).toBe(true);
    acceptAll('banner');
    await settle();
    expect(groups(el).map((q) => q.value)).toEqual(['yes', 'yes']);
  });

  it('withdrawing consent deletes the cookies of the refused category, and only those', async () => {
    configure(config());
    acceptAll('banner');
    document.cookie = '_test_ga=GA1.1.123; Path=/';
    document.cookie = '_test_ga_ABC=GS1.1.456; Path=/';
    document.cookie = '_test_mkt=1; Path=/';
    const el = await settings();
    expect(groups(el).map((q) => q.value)).toEqual(['yes', 'yes']);
    await answer(el, 'analytics', 'no');
    await saveButton(el);
    expect(storedRecord()!.choices).toEqual({ analytics: false, marketing: true });
    expect(cookie('_test_ga')).toBeNull();
    expect(cookie('_test_ga_ABC')).toBeNull();
    expect(cookie('_test_mkt')).toBe('1');
  });

  it('works with the keyboard alone: Tab, Space, arrow keys, Enter', async () => {
    configure(config());
    const container = await fixture<HTMLElement>(
      html`<main>
        <button type="button" id="before">Before</button>
        <polis-consent-settings></polis-consent-settings>
      </main>`,
    );
    const el = container.querySelector('polis-consent-settings')!;
    container.querySelector<HTMLButtonElement>('#before')!.focus();
    await userEvent.keyboard('{Tab}');
    expect(deepActiveElement()).toBe(radio(group(el, 'analytics'), 'yes'));
    await userEvent.keyboard(' ');
    await settle();
    expect(group(el, 'analytics').value).toBe('yes');
    await userEvent.keyboard('{Tab}');
    expect(deepActiveElement()).toBe(radio(group(el, 'marketing'), 'yes'));
    await userEvent.keyboard('{ArrowRight}');
    await settle();
    expect(group(el, 'marketing').value).toBe('no');
    expect(deepActiveElement()).toBe(radio(group(el, 'marketing'), 'no'));
    await userEvent.keyboard('{Tab}');
    expect(deepActiveElement()?.closest('polis-button, button')).toBeTruthy();
    await userEvent.keyboard('{Enter}');
    await settle();
    expect(storedRecord()!.choices).toEqual({ analytics: true, marketing: false });
    expect(deepActiveElement()).toBe(part(part(el, 'success')!, 'base'));
  });

  it('speaks French on a French page', async () => {
    document.documentElement.lang = 'fr';
    configure(config());
    const el = await settings();
    expect(text(part(el, 'heading'))).toBe('Modifier vos paramètres de cookies');
    expect(text(part(el, 'necessary-heading'))).toBe('Cookies strictement nécessaires');
    const fieldset = group(el, 'analytics').shadowRoot!.querySelector('fieldset')!;
    // French typography: narrow no-break spaces inside « » and before ? (the accessible name
    // computation folds them into spaces, so the legend's own text is checked).
    expect(text(fieldset.querySelector('legend'))).toBe(
      'Autoriser les cookies «\u202fmesure d’audience\u202f»\u202f?',
    );
    await expect
      .element(fieldset)
      .toHaveAccessibleName(/^Autoriser les cookies «\s?mesure d’audience\s?»\s?\?$/);
    await expect.element(radio(group(el, 'analytics'), 'yes')).toHaveAccessibleName('Oui');
    await expect.element(radio(group(el, 'analytics'), 'no')).toHaveAccessibleName('Non');
    expect(text(part(el, 'save-button'))).toBe('Enregistrer les paramètres des cookies');
    await saveButton(el);
    expect([...summary(el).shadowRoot!.querySelectorAll('a')].map(text)).toEqual([
      'Choisissez oui ou non pour les cookies «\u202fmesure d’audience\u202f»',
      'Choisissez oui ou non pour les cookies «\u202fpublicité\u202f»',
    ]);
    await answer(el, 'analytics', 'no');
    await answer(el, 'marketing', 'no');
    await saveButton(el);
    expect(text(part(el, 'success'))).toBe('Vos préférences en matière de cookies sont enregistrées.');
    await expect.element(part(part(el, 'success')!, 'base')!).toHaveAccessibleName('Opération réussie');
  });

  describe('Global Privacy Control', () => {
    let restore: () => void = () => {};
    afterEach(() => restore());

    it('says so in the hint of the GPC categories, and an explicit yes still grants them', async () => {
      restore = stubGpc(true);
      configure(config());
      const el = await settings();
      const marketing = group(el, 'marketing').shadowRoot!.querySelector('fieldset')!;
      await expect
        .element(marketing)
        .toHaveAccessibleDescription(
          'Measure our campaigns on other websites. Your browser sends Global Privacy Control, so these cookies stay off unless you choose yes.',
        );
      const analytics = group(el, 'analytics').shadowRoot!.querySelector('fieldset')!;
      await expect
        .element(analytics)
        .toHaveAccessibleDescription('Tell us how you use the service, so we can improve it.');
      await answer(el, 'analytics', 'no');
      await answer(el, 'marketing', 'yes');
      await saveButton(el);
      expect(storedRecord()!.choices).toEqual({ analytics: false, marketing: true });
      expect(storedRecord()!.gpc).toBe(true);
    });

    it('says nothing without the signal', async () => {
      restore = stubGpc(false);
      configure(config());
      const el = await settings();
      expect(group(el, 'marketing').hint).toBe('Measure our campaigns on other websites.');
    });
  });
});
