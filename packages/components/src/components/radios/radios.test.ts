/// <reference types="@vitest/browser-playwright" />
// The playwright provider types cdp(), used here to emulate forced colours.
import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import './define.js';
import '../text-input/define.js';
import '../error-summary/define.js';
import type { PolisRadios } from './radios.js';
import { deepActiveElement, fixture, part, settle } from '../../test/fixture.js';
import { runFormControlConformance } from '../../test/form-control-conformance.js';
import { resetWarnings } from '../../base/dev.js';

afterEach(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
  await page.viewport(414, 896);
});

function radios(el: Element): HTMLInputElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
}

function text(el: Element | null | undefined): string {
  return el?.textContent?.replace(/[ \t\n]+/g, ' ').trim() ?? '';
}

/** Chooses the option with `value` by clicking its label, as a person would. */
async function choose(control: HTMLElement, value: string): Promise<void> {
  const group = control as PolisRadios;
  if (value === '') {
    // A person cannot clear a set of radios; script can.
    group.value = '';
  } else {
    const radio = radios(group).find((r) => r.value === value)!;
    await userEvent.click(radio.labels![0]!);
  }
  await group.updateComplete;
}

runFormControlConformance({
  emptyFormValue: null,
  tag: 'polis-radios',
  sample: 'yes',
  fill: choose,
  labelAttribute: 'legend',
  inner: (control) => control.shadowRoot?.querySelector('input[type="radio"]') ?? null,
  setup: (control) => {
    for (const [value, label] of [
      ['yes', 'Yes'],
      ['no', 'No'],
    ]) {
      const radio = document.createElement('polis-radio');
      radio.setAttribute('value', value!);
      radio.setAttribute('label', label!);
      control.append(radio);
    }
  },
  requiredMessage: { en: 'Select full name', fr: 'Sélectionnez nom complet', outer: 'Select outer label' },
});

const where = () =>
  html`<form>
    <polis-radios legend="Which district do you live in?" name="where" hint="Select one option">
      <polis-radio value="north" label="North"></polis-radio>
      <polis-radio value="riverside" label="Riverside" hint="Including the islands"></polis-radio>
      <polis-radio value="old-town" label="Old Town"></polis-radio>
      <polis-radio divider></polis-radio>
      <polis-radio value="elsewhere" label="Somewhere else"></polis-radio>
    </polis-radios>
  </form>`;

describe('polis-radios', () => {
  it('renders one native radio per option, named by its label, in a named group', async () => {
    const form = await fixture<HTMLFormElement>(where());
    const group = form.querySelector('polis-radios')!;
    const inputs = radios(group);
    expect(inputs).toHaveLength(4);
    await expect
      .element(page.getByRole('group', { name: 'Which district do you live in?' }))
      .toBeInTheDocument();
    for (const name of ['North', 'Riverside', 'Old Town', 'Somewhere else']) {
      await expect.element(page.getByRole('radio', { name })).toBeInTheDocument();
    }
    // One accessible node per option: the host and polis-radio have no role.
    expect(page.getByRole('radio').all()).toHaveLength(4);
    expect(group.getAttribute('role')).toBeNull();
    await expect
      .element(page.getByRole('radio', { name: 'Riverside' }))
      .toHaveAccessibleDescription('Including the islands');
  });

  it('describes the group with its hint, then the error', async () => {
    const form = await fixture<HTMLFormElement>(where());
    const group = form.querySelector('polis-radios')!;
    group.errorMessage = 'Select where you live';
    await group.updateComplete;
    const fieldset = part(group, 'fieldset')!;
    expect(fieldset.getAttribute('aria-describedby')).toBe('hint error');
    await expect
      .element(page.getByRole('group', { name: 'Which district do you live in?' }))
      .toHaveAccessibleDescription('Select one option Error: Select where you live');
    expect(radios(group).every((r) => r.getAttribute('aria-invalid') === 'true')).toBe(true);
  });

  it('shows "or" between options with a divider, translated', async () => {
    const form = await fixture<HTMLFormElement>(where());
    const group = form.querySelector('polis-radios')!;
    expect(text(part(group, 'divider'))).toBe('or');
    form.setAttribute('lang', 'fr');
    await settle(form);
    expect(text(part(group, 'divider'))).toBe('ou');
  });

  it('has one tab stop, and arrow keys move and choose like native radios', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button>Before</button>
        ${where()}
        <button>After</button>
      </div>`,
    );
    const group = wrapper.querySelector('polis-radios')!;
    const inputs = radios(group);
    const changes: string[] = [];
    group.addEventListener('change', () => changes.push(group.value));
    wrapper.querySelector('button')!.focus();
    await userEvent.keyboard('{Tab}');
    expect(deepActiveElement()).toBe(inputs[0]);
    await userEvent.keyboard('{ArrowDown}');
    expect(deepActiveElement()).toBe(inputs[1]);
    await group.updateComplete;
    expect(group.value).toBe('riverside');
    expect(changes).toEqual(['riverside']);
    await userEvent.keyboard('{ArrowUp}');
    await group.updateComplete;
    expect(group.value).toBe('north');
    await userEvent.keyboard('{Tab}');
    expect(deepActiveElement()).toBe(wrapper.querySelectorAll('button')[1]);
    // Back in: Shift+Tab lands on the chosen option, not the last one.
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(deepActiveElement()).toBe(inputs[0]);
    expect(new FormData(wrapper.querySelector('form')!).get('where')).toBe('north');
  });

  it('focus() reaches the chosen option, or the first usable one', async () => {
    const group = await fixture<PolisRadios>(
      html`<polis-radios legend="Colour" name="c">
        <polis-radio value="red" label="Red" disabled></polis-radio>
        <polis-radio value="green" label="Green"></polis-radio>
        <polis-radio value="blue" label="Blue" checked></polis-radio>
      </polis-radios>`,
    );
    group.focus();
    expect(deepActiveElement()).toBe(radios(group)[2]);
    group.value = '';
    await group.updateComplete;
    group.focus();
    expect(deepActiveElement()).toBe(radios(group)[1]);
  });

  it('an error summary link focuses the chosen option, else the first', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <polis-error-summary><a href="#colour">Select a colour</a></polis-error-summary>
        <polis-radios id="colour" legend="Colour" error-message="Select a colour">
          <polis-radio value="red" label="Red"></polis-radio>
          <polis-radio value="green" label="Green" checked></polis-radio>
        </polis-radios>
      </div>`,
    );
    const group = wrapper.querySelector('polis-radios')!;
    await userEvent.click(page.getByRole('link', { name: 'Select a colour' }));
    expect(deepActiveElement()).toBe(radios(group)[1]);
    group.value = '';
    await group.updateComplete;
    await userEvent.click(page.getByRole('link', { name: 'Select a colour' }));
    expect(deepActiveElement()).toBe(radios(group)[0]);
  });

  it('takes its default from a checked option, and reset goes back to it', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <polis-radios legend="Contact" name="contact">
          <polis-radio value="email" label="Email"></polis-radio>
          <polis-radio value="phone" label="Phone" checked></polis-radio>
        </polis-radios>
      </form>`,
    );
    const group = form.querySelector('polis-radios')!;
    expect(group.value).toBe('phone');
    expect(radios(group)[1]!.checked).toBe(true);
    await choose(group, 'email');
    expect(new FormData(form).get('contact')).toBe('email');
    form.reset();
    await settle(form);
    expect(group.value).toBe('phone');
    expect(radios(group)[1]!.checked).toBe(true);
  });

  it('reveals conditional content only while its option is chosen, and submits it only then', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <polis-radios legend="How should we contact you?" name="contact">
          <polis-radio value="email" label="Email">
            <polis-text-input label="Email address" name="email" value="ada@example.com"></polis-text-input>
          </polis-radio>
          <polis-radio value="phone" label="Phone">
            <label>Phone number <input name="phone" value="0123" /></label>
            <input name="always-off" value="x" disabled />
          </polis-radio>
        </polis-radios>
      </form>`,
    );
    const group = form.querySelector('polis-radios')!;
    const conditionals = [...group.shadowRoot!.querySelectorAll<HTMLElement>('[part="conditional"]')];
    expect(conditionals).toHaveLength(2);
    const data = () => [...new FormData(form).keys()];
    expect(conditionals.every((c) => c.hidden)).toBe(true);
    // Nothing chosen: like native radios, nothing is sent, and no follow-up either.
    expect(data()).toEqual([]);

    await choose(group, 'email');
    await settle(form);
    expect(conditionals[0]!.hidden).toBe(false);
    expect(conditionals[1]!.hidden).toBe(true);
    expect(data()).toEqual(['contact', 'email']);
    await expect.element(page.getByRole('textbox', { name: 'Email address' })).toBeVisible();

    await choose(group, 'phone');
    await settle(form);
    expect(data()).toEqual(['contact', 'phone']);
    expect(new FormData(form).get('phone')).toBe('0123');
    // A control the page disabled itself stays disabled.
    expect(form.querySelector<HTMLInputElement>('[name="always-off"]')!.disabled).toBe(true);
    await expect.element(page.getByRole('textbox', { name: 'Email address' })).not.toBeInTheDocument();
  });

  it('disables revealed content with the group, and gives back controls taken out of it', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <polis-radios legend="Contact" name="contact" value="email">
          <polis-radio value="email" label="Email"><input name="email" value="a@b.c" /></polis-radio>
          <polis-radio value="post" label="Post"><input name="address" value="1 Road" /></polis-radio>
        </polis-radios>
      </form>`,
    );
    const group = form.querySelector('polis-radios')!;
    const email = form.querySelector<HTMLInputElement>('[name="email"]')!;
    const address = form.querySelector<HTMLInputElement>('[name="address"]')!;
    expect(email.disabled).toBe(false);
    group.disabled = true;
    await settle(form);
    expect(email.disabled).toBe(true);
    group.disabled = false;
    await settle(form);
    expect(email.disabled).toBe(false);
    expect(address.disabled).toBe(true);
    form.append(address);
    await settle(form);
    expect(address.disabled).toBe(false);
  });

  it('does not validate a required field in hidden conditional content', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <polis-radios legend="Contact" name="contact" value="post">
          <polis-radio value="email" label="Email">
            <polis-text-input label="Email address" name="email" required></polis-text-input>
          </polis-radio>
          <polis-radio value="post" label="Post"></polis-radio>
        </polis-radios>
      </form>`,
    );
    expect(form.checkValidity()).toBe(true);
    await choose(form.querySelector('polis-radios')!, 'email');
    await settle(form);
    expect(form.checkValidity()).toBe(false);
  });

  it('lays options out inline or small on request', async () => {
    const group = await fixture<PolisRadios>(
      html`<polis-radios legend="Yes or no" inline small>
        <polis-radio value="yes" label="Yes"></polis-radio>
        <polis-radio value="no" label="No"></polis-radio>
      </polis-radios>`,
    );
    const [yes, no] = radios(group).map((r) => r.getBoundingClientRect());
    expect(no!.top).toBe(yes!.top);
    expect(no!.left).toBeGreaterThan(yes!.left);
    expect(yes!.width).toBeGreaterThanOrEqual(24);
    expect(yes!.height).toBeGreaterThanOrEqual(24);
  });

  it('stacks inline options on screens narrower than 320 px', async () => {
    const group = await fixture<PolisRadios>(
      html`<polis-radios legend="Yes or no" inline>
        <polis-radio value="yes" label="Yes"></polis-radio>
        <polis-radio value="no" label="No"></polis-radio>
      </polis-radios>`,
    );
    await page.viewport(300, 600);
    const [yes, no] = radios(group).map((r) => r.getBoundingClientRect());
    expect(no!.top).toBeGreaterThan(yes!.top);
  });

  it('keeps the chosen dot and the focus ring visible in forced colours', async () => {
    const group = await fixture<PolisRadios>(
      html`<polis-radios legend="Yes or no">
        <polis-radio value="yes" label="Yes" checked></polis-radio>
        <polis-radio value="no" label="No"></polis-radio>
      </polis-radios>`,
    );
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: 'active' }],
    });
    const [yes, no] = radios(group);
    const circle = (radio: HTMLInputElement) => getComputedStyle(radio.nextElementSibling!);
    expect(circle(yes!).backgroundImage).toContain('gradient');
    expect(circle(no!).backgroundImage).toBe('none');
    expect(circle(yes!).forcedColorAdjust).toBe('none');
    expect(parseFloat(circle(yes!).borderTopWidth)).toBeGreaterThan(0);
    expect(circle(yes!).borderTopColor).not.toBe('rgba(0, 0, 0, 0)');
    group.focus();
    await userEvent.keyboard('{ArrowDown}');
    const ring = circle(no!);
    expect(ring.outlineStyle).toBe('solid');
    expect(ring.outlineColor).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('gives each option a target of at least 44 px by default', async () => {
    const group = await fixture<PolisRadios>(
      html`<polis-radios legend="Yes or no">
        <polis-radio value="yes" label="Yes"></polis-radio>
        <polis-radio value="no" label="No"></polis-radio>
      </polis-radios>`,
    );
    const [yes, no] = radios(group).map((r) => r.getBoundingClientRect());
    expect(yes!.height).toBeGreaterThanOrEqual(44);
    expect(yes!.width).toBeGreaterThanOrEqual(44);
    expect(no!.top).toBeGreaterThanOrEqual(yes!.bottom);
  });

  it('re-renders when options change', async () => {
    const group = await fixture<PolisRadios>(
      html`<polis-radios legend="Size">
        <polis-radio value="s" label="Small"></polis-radio>
      </polis-radios>`,
    );
    const added = document.createElement('polis-radio');
    added.value = 'l';
    added.label = 'Large';
    group.append(added);
    await settle(group.parentElement!);
    expect(radios(group).map((r) => r.labels?.[0]?.textContent)).toEqual(['Small', 'Large']);
    added.label = 'Big';
    added.disabled = true;
    await settle(group.parentElement!);
    expect(radios(group)[1]!.labels?.[0]?.textContent).toBe('Big');
    expect(radios(group)[1]!.disabled).toBe(true);
  });

  it('falls back on bad input with one warning each, and never throws', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const group = await fixture<PolisRadios>(
      html`<polis-radios legend="Size" value="banana">
        <polis-radio value="s"></polis-radio>
        <p>Not an option</p>
        <polis-radio label="No value"></polis-radio>
      </polis-radios>`,
    );
    expect(radios(group)).toHaveLength(2);
    expect(radios(group)[0]!.checked).toBe(false);
    expect(radios(group)[0]!.labels?.[0]?.textContent).toBe('s');
    group.requestUpdate();
    await group.updateComplete;
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages.filter((m) => m.includes('value="banana"'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('without a label'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('<p> child'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('without a value'))).toHaveLength(1);
    warn.mockRestore();
  });

  it('speaks French inside lang="fr"', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr">
        <form>
          <polis-radios legend="Pays" name="pays" required>
            <polis-radio value="fr" label="France"></polis-radio>
            <polis-radio divider></polis-radio>
            <polis-radio value="autre" label="Autre"></polis-radio>
          </polis-radios>
        </form>
      </div>`,
    );
    const group = wrapper.querySelector('polis-radios')!;
    expect(group.reportValidity()).toBe(false);
    await settle(wrapper);
    expect(text(part(group, 'error-message'))).toBe('Erreur\u202f: Sélectionnez pays');
    expect(text(part(group, 'divider'))).toBe('ou');
  });
});
