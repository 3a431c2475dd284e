import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import './define.js';
import type { PolisDateInput } from './date-input.js';
import { deepActiveElement, fixture, part, settle } from '../../test/fixture.js';
import { runFormControlConformance } from '../../test/form-control-conformance.js';
import { resetWarnings } from '../../base/dev.js';

const PARTS = ['day', 'month', 'year'] as const;

interface AXNode {
  role?: { value: string };
  name?: { value: string };
  description?: { value: string };
}

/** Chromium's own accessibility tree, for every frame (tests run in an iframe). */
async function axTree(): Promise<AXNode[]> {
  interface FrameTree {
    frame: { id: string };
    childFrames?: FrameTree[];
  }
  const session = cdp();
  await session.send('Accessibility.enable');
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: FrameTree };
  const ids: string[] = [];
  const walk = (tree: FrameTree): void => {
    ids.push(tree.frame.id);
    tree.childFrames?.forEach(walk);
  };
  walk(frameTree);
  const all: AXNode[] = [];
  for (const frameId of ids) {
    const { nodes } = (await session.send('Accessibility.getFullAXTree', { frameId })) as { nodes: AXNode[] };
    all.push(...nodes);
  }
  return all;
}

function input(el: HTMLElement, name: (typeof PARTS)[number]): HTMLInputElement {
  return el.shadowRoot!.querySelector<HTMLInputElement>(`#${name}`)!;
}

/** Types into the three parts as a person would (an empty string clears them). */
async function typeParts(el: HTMLElement, day: string, month: string, year: string): Promise<void> {
  const values = { day, month, year };
  for (const name of PARTS) {
    input(el, name).focus();
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
    if (values[name]) await userEvent.keyboard(values[name]);
  }
  await (el as PolisDateInput).updateComplete;
}

/** Fills the parts from an ISO date. */
async function fill(el: HTMLElement, iso: string): Promise<void> {
  const [year = '', month = '', day = ''] = iso ? iso.split('-') : [];
  await typeParts(el, day, month, year);
}

runFormControlConformance({
  tag: 'polis-date-input',
  sample: '2000-01-31',
  fill,
  implicitSubmit: true,
  labelAttribute: 'legend',
  inner: (c) => c.shadowRoot?.querySelector<HTMLElement>('#day') ?? null,
  requiredMessage: { en: 'Enter full name', fr: 'Saisissez nom complet', outer: 'Enter outer label' },
});

function invalidParts(el: HTMLElement): string[] {
  return PARTS.filter((name) => input(el, name).getAttribute('aria-invalid') === 'true');
}

async function submit(form: HTMLFormElement): Promise<void> {
  form.requestSubmit();
  await settle(form);
}

async function inForm(lang = 'en') {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}>
      <form><polis-date-input legend="Date of birth" name="dob"></polis-date-input></form>
    </div>`,
  );
  const form = wrapper.querySelector('form')!;
  form.addEventListener('submit', (event) => event.preventDefault());
  return { form, el: form.querySelector('polis-date-input')! };
}

const today = new Date();
const iso = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

describe('polis-date-input', () => {
  it('is a group named by its legend, described by hint then error, with labelled parts', async () => {
    const el = await fixture<PolisDateInput>(
      html`<polis-date-input
        legend="When was your passport issued?"
        hint="For example, 27 3 2007"
        error-message="Date your passport was issued must be in the past"
      ></polis-date-input>`,
    );
    const group = part(el, 'group')!;
    expect(group.getAttribute('role')).toBe('group');
    await expect.element(group).toHaveAccessibleName('When was your passport issued?');
    await expect
      .element(group)
      .toHaveAccessibleDescription(
        'For example, 27 3 2007 Error: Date your passport was issued must be in the past',
      );
    await expect.element(input(el, 'day')).toHaveAccessibleName('Day');
    await expect.element(input(el, 'month')).toHaveAccessibleName('Month');
    await expect.element(input(el, 'year')).toHaveAccessibleName('Year');
    for (const name of PARTS) {
      expect(input(el, name).type).toBe('text');
      expect(input(el, name).inputMode).toBe('numeric');
    }
    // A server error without error-parts marks the whole date.
    expect(invalidParts(el)).toEqual(['day', 'month', 'year']);
  });

  it('in Chromium’s accessibility tree, is a group with the legend as name and hint and error as description', async () => {
    await fixture<PolisDateInput>(
      html`<polis-date-input
        legend="Date of issue"
        hint="For example, 27 3 2007"
        error-message="Date of issue must include a year"
        error-parts="year"
      ></polis-date-input>`,
    );
    const nodes = await axTree();
    const group = nodes.find((n) => n.role?.value === 'group' && n.name?.value === 'Date of issue');
    expect(group?.description?.value).toBe('For example, 27 3 2007 Error: Date of issue must include a year');
    const names = nodes.filter((n) => n.role?.value === 'textbox').map((n) => n.name?.value);
    expect(names).toEqual(expect.arrayContaining(['Day', 'Month', 'Year']));
  });

  it('names the parts in French', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr"><polis-date-input legend="Date de naissance"></polis-date-input></div>`,
    );
    const el = wrapper.querySelector('polis-date-input')!;
    await expect.element(input(el, 'day')).toHaveAccessibleName('Jour');
    await expect.element(input(el, 'month')).toHaveAccessibleName('Mois');
    await expect.element(input(el, 'year')).toHaveAccessibleName('Année');
  });

  it('fills the parts from an ISO value and submits ISO plus the parts', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <polis-date-input legend="Date of birth" name="dob" value="1985-07-04"></polis-date-input>
      </form>`,
    );
    const el = form.querySelector('polis-date-input')!;
    expect(PARTS.map((name) => input(el, name).value)).toEqual(['04', '07', '1985']);
    let data = new FormData(form);
    expect(data.get('dob')).toBe('1985-07-04');
    expect([data.get('dob-day'), data.get('dob-month'), data.get('dob-year')]).toEqual(['04', '07', '1985']);

    await typeParts(el, ' 1', '2 ', '2001');
    expect(el.value).toBe('2001-02-01');
    expect(new FormData(form).get('dob')).toBe('2001-02-01');

    await typeParts(el, '31', '2', '2001');
    expect(el.value).toBe('');
    data = new FormData(form);
    expect(data.get('dob')).toBe('');
    expect([data.get('dob-day'), data.get('dob-month'), data.get('dob-year')]).toEqual(['31', '2', '2001']);

    // A date that does not exist fills the parts, so a server can send back what was typed.
    el.value = '2001-02-31';
    await el.updateComplete;
    expect(el.value).toBe('');
    expect(PARTS.map((name) => input(el, name).value)).toEqual(['31', '02', '2001']);
    el.value = '2010-12-25';
    await el.updateComplete;
    expect(PARTS.map((name) => input(el, name).value)).toEqual(['25', '12', '2010']);
    form.reset();
    await settle(form);
    expect(el.value).toBe('1985-07-04');
    expect(input(el, 'day').value).toBe('04');
  });

  it('restores the parts as typed, even when they are not a date yet', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><polis-date-input legend="Date of birth" name="dob"></polis-date-input></form>`,
    );
    const el = form.querySelector('polis-date-input')!;
    const state = new FormData();
    state.append('day', '30');
    state.append('month', '2');
    state.append('year', '');
    el.formStateRestoreCallback(state);
    await el.updateComplete;
    expect(PARTS.map((name) => input(el, name).value)).toEqual(['30', '2', '']);
  });

  const cases: Array<{ parts: [string, string, string]; en: string; fr: string; marked: string[] }> = [
    {
      parts: ['', '', ''],
      en: 'Enter date of birth',
      fr: 'Saisissez date de naissance',
      marked: ['day', 'month', 'year'],
    },
    {
      parts: ['', '5', '1990'],
      en: 'Date of birth must include a day',
      fr: 'Date de naissance doit comporter un jour',
      marked: ['day'],
    },
    {
      parts: ['3', '', '1990'],
      en: 'Date of birth must include a month',
      fr: 'Date de naissance doit comporter un mois',
      marked: ['month'],
    },
    {
      parts: ['3', '5', ''],
      en: 'Date of birth must include a year',
      fr: 'Date de naissance doit comporter une année',
      marked: ['year'],
    },
    {
      parts: ['', '', '1990'],
      en: 'Date of birth must include a day and month',
      fr: 'Date de naissance doit comporter un jour et un mois',
      marked: ['day', 'month'],
    },
    {
      parts: ['', '5', ''],
      en: 'Date of birth must include a day and year',
      fr: 'Date de naissance doit comporter un jour et une année',
      marked: ['day', 'year'],
    },
    {
      parts: ['3', '', ''],
      en: 'Date of birth must include a month and year',
      fr: 'Date de naissance doit comporter un mois et une année',
      marked: ['month', 'year'],
    },
    {
      parts: ['3', '13', '1990'],
      en: 'Date of birth must be a real date',
      fr: 'Date de naissance doit être une date qui existe',
      marked: ['month'],
    },
    {
      parts: ['31', '2', '1990'],
      en: 'Date of birth must be a real date',
      fr: 'Date de naissance doit être une date qui existe',
      marked: ['day'],
    },
    {
      parts: ['3', 'May', '1990'],
      en: 'Date of birth must be a real date',
      fr: 'Date de naissance doit être une date qui existe',
      marked: ['month'],
    },
    {
      parts: ['3', '5', '90'],
      en: 'Date of birth must include a year with 4 numbers',
      fr: 'Date de naissance doit comporter une année à 4 chiffres',
      marked: ['year'],
    },
  ];

  for (const { parts, en, fr, marked } of cases) {
    it(`says "${en}" for ${JSON.stringify(parts)} and marks only ${marked.join(', ')}`, async () => {
      for (const [lang, message] of [
        ['en', en],
        ['fr', fr],
      ] as const) {
        const { form, el } = await inForm(lang);
        el.required = true;
        el.legend = lang === 'fr' ? 'Date de naissance' : 'Date of birth';
        await el.updateComplete;
        await typeParts(el, ...parts);
        await submit(form);
        expect(el.validationMessage).toBe(message);
        expect(part(el, 'error-message')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
          `${lang === 'fr' ? 'Erreur\u202f:' : 'Error:'} ${message}`.replace(/\s+/g, ' '),
        );
        expect(invalidParts(el)).toEqual(marked);
        // Focus goes to the first part in error.
        expect(deepActiveElement()).toBe(input(el, marked[0] as (typeof PARTS)[number]));
      }
    });
  }

  it('keeps the marked parts until the next submission, then clears them when fixed', async () => {
    const { form, el } = await inForm();
    await typeParts(el, '3', '', '1990');
    await submit(form);
    expect(invalidParts(el)).toEqual(['month']);
    await typeParts(el, '', '5', '1990');
    expect(invalidParts(el)).toEqual(['month']);
    await submit(form);
    expect(invalidParts(el)).toEqual(['day']);
    await typeParts(el, '3', '5', '1990');
    await submit(form);
    expect(invalidParts(el)).toEqual([]);
    expect(part(el, 'error-message')).toBeNull();
  });

  it('checks min and max, formatting the date in the page language', async () => {
    for (const lang of ['en-GB', 'fr']) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang=${lang}>
          <polis-date-input legend="Start date" min="2024-01-01" max="2024-12-31"></polis-date-input>
        </div>`,
      );
      const el = wrapper.querySelector('polis-date-input')!;
      await typeParts(el, '31', '12', '2023');
      expect(el.validity.rangeUnderflow).toBe(true);
      expect(el.validationMessage).toBe(
        lang === 'fr'
          ? 'Start date doit être le 1 janvier 2024 ou après'
          : 'Start date must be the same as or after 1 January 2024',
      );
      await typeParts(el, '1', '1', '2025');
      expect(el.validity.rangeOverflow).toBe(true);
      expect(el.validationMessage).toBe(
        lang === 'fr'
          ? 'Start date doit être le 31 décembre 2024 ou avant'
          : 'Start date must be the same as or before 31 December 2024',
      );
      await typeParts(el, '1', '1', '2024');
      expect(el.checkValidity()).toBe(true);
    }
  });

  it('accepts "today" for min and max', async () => {
    const el = await fixture<PolisDateInput>(
      html`<polis-date-input legend="Date" max="today"></polis-date-input>`,
    );
    const t = iso(today);
    const [y, m, d] = t.split('-') as [string, string, string];
    await typeParts(el, d, m, y);
    expect(el.checkValidity()).toBe(true);
    await typeParts(el, d, m, String(Number(y) + 1));
    expect(el.validity.rangeOverflow).toBe(true);
  });

  it('must-be="past" and must-be="future" exclude today', async () => {
    const el = await fixture<PolisDateInput>(
      html`<polis-date-input legend="Date of birth" must-be="past"></polis-date-input>`,
    );
    const [y, m, d] = iso(today).split('-') as [string, string, string];
    await typeParts(el, d, m, y);
    expect(el.validationMessage).toBe('Date of birth must be in the past');
    await typeParts(el, d, m, String(Number(y) - 1));
    expect(el.checkValidity()).toBe(true);
    el.mustBe = 'future';
    el.legend = 'Appointment';
    await el.updateComplete;
    expect(el.validationMessage).toBe('Appointment must be in the future');
    await typeParts(el, d, m, String(Number(y) + 1));
    expect(el.checkValidity()).toBe(true);
  });

  it('falls back on bad attributes with one warning each, and never throws', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await fixture<PolisDateInput>(
      html`<polis-date-input legend="Date" min="yesterday-ish" must-be="soon"></polis-date-input>`,
    );
    await typeParts(el, '1', '1', '1900');
    expect(el.checkValidity()).toBe(true);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.checkValidity()).toBe(true);
    el.value = '31/12/2000';
    await el.updateComplete;
    expect(el.value).toBe('');
    expect(input(el, 'day').value).toBe('');
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages.filter((m) => m.includes('value "31/12/2000"'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('min="yesterday-ish"'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('must-be="soon"'))).toHaveLength(1);
    warn.mockRestore();
  });

  it('marks only the parts a server names in error-parts', async () => {
    const el = await fixture<PolisDateInput>(
      html`<polis-date-input
        legend="Date of birth"
        value="1990-01-01"
        error-message="Date of birth must include a month"
        error-parts="month"
      ></polis-date-input>`,
    );
    expect(invalidParts(el)).toEqual(['month']);
    el.focus();
    expect(deepActiveElement()).toBe(input(el, 'month'));
  });

  it('gives the parts bday-day, bday-month and bday-year with autocomplete="bday"', async () => {
    const el = await fixture<PolisDateInput>(
      html`<polis-date-input legend="Date of birth" autocomplete="bday"></polis-date-input>`,
    );
    expect(PARTS.map((name) => input(el, name).getAttribute('autocomplete'))).toEqual([
      'bday-day',
      'bday-month',
      'bday-year',
    ]);
    const plain = await fixture<PolisDateInput>(html`<polis-date-input legend="Date"></polis-date-input>`);
    expect(input(plain, 'day').hasAttribute('autocomplete')).toBe(false);
  });

  it('moves through the parts with Tab and Shift+Tab', async () => {
    const el = await fixture<PolisDateInput>(html`<polis-date-input legend="Date"></polis-date-input>`);
    el.focus();
    expect(deepActiveElement()).toBe(input(el, 'day'));
    await userEvent.tab();
    expect(deepActiveElement()).toBe(input(el, 'month'));
    await userEvent.tab();
    expect(deepActiveElement()).toBe(input(el, 'year'));
    await userEvent.tab({ shift: true });
    expect(deepActiveElement()).toBe(input(el, 'month'));
  });
});
