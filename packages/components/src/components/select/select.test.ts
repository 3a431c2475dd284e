import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import './define.js';
import type { PolisSelect } from './select.js';
import { deepActiveElement, fixture, part, settle } from '../../test/fixture.js';
import { runFormControlConformance } from '../../test/form-control-conformance.js';
import { resetWarnings } from '../../base/dev.js';

/** Chooses an option the way a person would: through the native select. */
async function choose(control: HTMLElement, value: string): Promise<void> {
  const select = part<HTMLSelectElement>(control, 'control')!;
  await userEvent.selectOptions(select, value);
  await (control as PolisSelect).updateComplete;
}

function addOptions(control: HTMLElement): void {
  const options: Array<[string, string]> = [
    ['', 'Choose…'],
    ['ada', 'Ada Lovelace'],
    ['grace', 'Grace Hopper'],
  ];
  for (const [value, text] of options) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = text;
    control.append(option);
  }
}

runFormControlConformance({
  tag: 'polis-select',
  sample: 'ada',
  fill: choose,
  setup: addOptions,
  requiredMessage: {
    en: 'Select full name',
    fr: 'Sélectionnez nom complet',
    outer: 'Select outer label',
  },
});

/** What a person sees for each option: its `label`, else its text. */
const texts = (select: HTMLSelectElement) => [...select.options].map((o) => o.label);

describe('polis-select', () => {
  it('renders the slotted options and groups inside its own native select', async () => {
    const el = await fixture<PolisSelect>(
      html`<polis-select label="Sort by">
        <option value="published">Recently published</option>
        <optgroup label="Other">
          <option value="views" disabled>Most views</option>
          <option value="comments" label="Most comments">Comments</option>
        </optgroup>
      </polis-select>`,
    );
    const select = part<HTMLSelectElement>(el, 'control')!;
    expect(select.localName).toBe('select');
    expect(texts(select)).toEqual(['Recently published', 'Most views', 'Most comments']);
    const group = select.querySelector('optgroup')!;
    expect(group.label).toBe('Other');
    expect(group.querySelectorAll('option')).toHaveLength(2);
    expect(select.options[1]!.disabled).toBe(true);
    expect(select.options[2]!.value).toBe('comments');
    // The light-DOM options are read, not rendered: they have no box.
    expect(el.querySelector('option')!.getClientRects()).toHaveLength(0);
  });

  it('never parses option text as HTML', async () => {
    const el = await fixture<PolisSelect>(
      html`<polis-select label="Name"
        ><option value="x">&lt;img src=x onerror=alert(1)&gt;</option></polis-select
      >`,
    );
    const select = part<HTMLSelectElement>(el, 'control')!;
    expect(select.querySelector('img')).toBeNull();
    expect(select.options[0]!.text).toBe('<img src=x onerror=alert(1)>');
  });

  it('follows changes to its options: added, removed, renamed, disabled', async () => {
    const el = await fixture<PolisSelect>(
      html`<polis-select label="Colour"><option value="red">Red</option></polis-select>`,
    );
    const select = part<HTMLSelectElement>(el, 'control')!;
    const blue = document.createElement('option');
    blue.value = 'blue';
    blue.textContent = 'Blue';
    el.append(blue);
    await settle(el.parentElement!);
    expect(texts(select)).toEqual(['Red', 'Blue']);
    blue.firstChild!.nodeValue = 'Navy';
    await settle(el.parentElement!);
    expect(texts(select)).toEqual(['Red', 'Navy']);
    blue.disabled = true;
    await settle(el.parentElement!);
    expect(select.options[1]!.disabled).toBe(true);
    el.querySelector('option')!.remove();
    await settle(el.parentElement!);
    expect(texts(select)).toEqual(['Navy']);
  });

  it('starts on the option with selected, else the first, and the value attribute wins', async () => {
    const first = await fixture<PolisSelect>(
      html`<polis-select label="A"
        ><option value="a">A</option>
        <option value="b">B</option></polis-select
      >`,
    );
    expect(first.value).toBe('a');
    const selected = await fixture<PolisSelect>(
      html`<polis-select label="B"
        ><option value="a">A</option>
        <option value="b" selected>B</option></polis-select
      >`,
    );
    expect(selected.value).toBe('b');
    expect(part<HTMLSelectElement>(selected, 'control')!.value).toBe('b');
    const attribute = await fixture<PolisSelect>(
      html`<polis-select label="C" value="c"
        ><option value="a" selected>A</option>
        <option value="c">C</option></polis-select
      >`,
    );
    expect(attribute.value).toBe('c');
    expect(part<HTMLSelectElement>(attribute, 'control')!.value).toBe('c');
  });

  it('sets the value from script and ignores values that are not options, like a native select', async () => {
    const el = await fixture<PolisSelect>(
      html`<polis-select label="Colour"
        ><option value="red">Red</option>
        <option value="blue">Blue</option></polis-select
      >`,
    );
    el.value = 'blue';
    await el.updateComplete;
    expect(part<HTMLSelectElement>(el, 'control')!.value).toBe('blue');
    el.value = 'green';
    await el.updateComplete;
    expect(el.value).toBe('');
  });

  it('is invalid when required and the empty "Choose" option is chosen, with a "Select" message', async () => {
    const el = await fixture<PolisSelect>(
      html`<polis-select label="Country" required
        ><option value="">Choose a country</option>
        <option value="fr">France</option></polis-select
      >`,
    );
    expect(el.checkValidity()).toBe(false);
    expect(el.validity.valueMissing).toBe(true);
    expect(el.validationMessage).toBe('Select country');
    await choose(el, 'fr');
    expect(el.checkValidity()).toBe(true);
  });

  it('is named by its label and described by hint, then error', async () => {
    const el = await fixture<PolisSelect>(
      html`<polis-select label="Sort by" hint="Newest first by default" error-message="Select how to sort">
        <option value="">Choose</option>
      </polis-select>`,
    );
    const select = part<HTMLSelectElement>(el, 'control')!;
    await expect.element(select).toHaveAccessibleName('Sort by');
    await expect
      .element(select)
      .toHaveAccessibleDescription('Newest first by default Error: Select how to sort');
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(el.getAttribute('role')).toBeNull();
  });

  it('changes with the keyboard, and fires input and change from the host', async () => {
    const el = await fixture<PolisSelect>(
      html`<polis-select label="Colour"
        ><option value="red">Red</option>
        <option value="blue">Blue</option></polis-select
      >`,
    );
    const events: string[] = [];
    el.addEventListener('input', () => events.push('input'));
    el.addEventListener('change', () => events.push('change'));
    await userEvent.tab();
    expect(deepActiveElement()).toBe(part(el, 'control'));
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    expect(el.value).toBe('blue');
    expect(events).toEqual(['input', 'change']);
  });

  it('forwards autocomplete to the native select', async () => {
    const el = await fixture<PolisSelect>(
      html`<polis-select label="Country" autocomplete="country"
        ><option value="fr">France</option></polis-select
      >`,
    );
    expect(part<HTMLSelectElement>(el, 'control')!.getAttribute('autocomplete')).toBe('country');
  });

  it('warns once about bad declarative input and never throws', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await fixture<PolisSelect>(
      html`<polis-select label="Colour" messages="{nope"><option value="red">Red</option></polis-select>`,
    );
    el.requestUpdate();
    await el.updateComplete;
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages.filter((m) => m.includes('messages attribute must be a JSON object'))).toHaveLength(1);
    expect(el.value).toBe('red');
    warn.mockRestore();
  });

  it('speaks French from the nearest lang', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr">
        <polis-select label="Pays" required><option value="">Choisir</option></polis-select>
      </div>`,
    );
    const el = wrapper.querySelector('polis-select')!;
    expect(el.reportValidity()).toBe(false);
    await settle(wrapper);
    // Only ordinary white space is collapsed: the French narrow no-break space must stay.
    expect(
      part(el, 'error-message')
        ?.textContent?.replace(/[ \t\n]+/g, ' ')
        .trim(),
    ).toBe('Erreur\u202f: Sélectionnez pays');
  });
});
