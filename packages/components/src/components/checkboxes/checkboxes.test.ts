import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import './define.js';
import '../text-input/define.js';
import type { PolisCheckboxes } from './checkboxes.js';
import { deepActiveElement, fixture, part, settle } from '../../test/fixture.js';
import { runFormControlConformance } from '../../test/form-control-conformance.js';
import { resetWarnings } from '../../base/dev.js';

const OPTIONS = [
  ['email', 'Email'],
  ['phone', 'Phone'],
  ['text', 'Text message'],
] as const;

function inputs(group: Element): HTMLInputElement[] {
  return [...(group.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])];
}

function input(group: Element, value: string): HTMLInputElement {
  return inputs(group).find((i) => i.value === value)!;
}

/** Checks exactly the option with `value` (none for an empty string), as a person would. */
async function choose(group: HTMLElement, value: string): Promise<void> {
  for (const box of inputs(group)) {
    if (box.checked !== (box.value === value)) await userEvent.click(box);
  }
  await settle(group);
}

runFormControlConformance({
  emptyFormValue: null,
  tag: 'polis-checkboxes',
  sample: 'phone',
  fill: choose,
  labelAttribute: 'legend',
  inner: (control) => inputs(control)[0] ?? null,
  setup(control) {
    // The suite gives a default answer as `value`; for checkboxes that is a checked option.
    const preset = control.getAttribute('value');
    control.removeAttribute('value');
    for (const [value, label] of OPTIONS) {
      const option = document.createElement('polis-checkbox');
      option.setAttribute('value', value);
      option.setAttribute('label', label);
      if (value === preset) option.setAttribute('checked', '');
      control.append(option);
    }
  },
  requiredMessage: { en: 'Select full name', fr: 'Sélectionnez nom complet', outer: 'Select outer label' },
});

async function contactForm(): Promise<{ form: HTMLFormElement; group: PolisCheckboxes }> {
  const form = await fixture<HTMLFormElement>(html`
    <form>
      <polis-checkboxes
        name="contact"
        legend="How would you like to be contacted?"
        hint="Select all that apply"
      >
        <polis-checkbox value="email" label="Email" checked></polis-checkbox>
        <polis-checkbox value="phone" label="Phone" hint="We call between 9am and 5pm"></polis-checkbox>
        <polis-checkbox value="post" label="Post"></polis-checkbox>
        <polis-checkbox value="none" label="No, do not contact me" exclusive></polis-checkbox>
      </polis-checkboxes>
    </form>
  `);
  return { form, group: form.querySelector('polis-checkboxes')! };
}

describe('polis-checkboxes', () => {
  it('sends every checked value under its name, defaulting to the checked options', async () => {
    const { form, group } = await contactForm();
    expect(new FormData(form).getAll('contact')).toEqual(['email']);
    await userEvent.click(input(group, 'post'));
    await settle(form);
    expect(new FormData(form).getAll('contact')).toEqual(['email', 'post']);
    expect(group.values).toEqual(['email', 'post']);
    expect(group.value).toBe('email');
    group.values = ['phone'];
    await settle(form);
    expect(new FormData(form).getAll('contact')).toEqual(['phone']);
    expect(input(group, 'phone').checked).toBe(true);
    form.reset();
    await settle(form);
    expect(new FormData(form).getAll('contact')).toEqual(['email']);
    expect(input(group, 'email').checked).toBe(true);
  });

  it('restores several values from the browser’s saved state', async () => {
    const { form, group } = await contactForm();
    const state = new FormData();
    state.append('checked', 'phone');
    state.append('checked', 'post');
    group.formStateRestoreCallback(state);
    await settle(form);
    expect(new FormData(form).getAll('contact')).toEqual(['phone', 'post']);
  });

  it('toggles with Space and moves between boxes with Tab', async () => {
    const { form, group } = await contactForm();
    group.focus();
    expect(deepActiveElement()).toBe(input(group, 'email'));
    await userEvent.keyboard('{Tab}');
    expect(deepActiveElement()).toBe(input(group, 'phone'));
    await userEvent.keyboard(' ');
    await settle(form);
    expect(group.values).toEqual(['email', 'phone']);
    await userEvent.keyboard(' ');
    await settle(form);
    expect(group.values).toEqual(['email']);
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(deepActiveElement()).toBe(input(group, 'email'));
  });

  it('fires input and change from the host', async () => {
    const { group } = await contactForm();
    const events: string[] = [];
    group.addEventListener('input', () => events.push(`input:${group.values.join()}`));
    group.addEventListener('change', () => events.push(`change:${group.values.join()}`));
    await userEvent.click(input(group, 'post'));
    expect(events).toEqual(['input:email,post', 'change:email,post']);
  });

  it('an exclusive option unchecks the others, and any other option unchecks it', async () => {
    const { form, group } = await contactForm();
    await userEvent.click(input(group, 'phone'));
    await userEvent.click(input(group, 'none'));
    await settle(form);
    expect(new FormData(form).getAll('contact')).toEqual(['none']);
    expect(inputs(group).map((i) => i.checked)).toEqual([false, false, false, true]);
    await userEvent.click(input(group, 'post'));
    await settle(form);
    expect(new FormData(form).getAll('contact')).toEqual(['post']);
    expect(input(group, 'none').checked).toBe(false);
  });

  it('shows a translated “or” before the exclusive option', async () => {
    const { group } = await contactForm();
    const divider = part(group, 'divider')!;
    expect(divider.textContent?.trim()).toBe('or');
    expect(divider.nextElementSibling?.querySelector('input')?.value).toBe('none');
    group.setAttribute('lang', 'fr');
    await settle(group);
    expect(part(group, 'divider')!.textContent?.trim()).toBe('ou');
  });

  it('names the group with its legend and describes it with hint then error', async () => {
    const { group } = await contactForm();
    group.errorMessage = 'Select how you would like to be contacted';
    await settle(group);
    const fieldset = part(group, 'base')!;
    await expect.element(fieldset).toHaveRole('group');
    await expect.element(fieldset).toHaveAccessibleName('How would you like to be contacted?');
    await expect
      .element(fieldset)
      .toHaveAccessibleDescription('Select all that apply Error: Select how you would like to be contacted');
    const phone = input(group, 'phone');
    await expect.element(phone).toHaveRole('checkbox');
    await expect.element(phone).toHaveAccessibleName('Phone');
    await expect.element(phone).toHaveAccessibleDescription('We call between 9am and 5pm');
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    // One accessible node per option: the host and the option elements have no role.
    expect(group.getAttribute('role')).toBeNull();
    expect(group.querySelector('polis-checkbox')!.shadowRoot!.querySelector('input')).toBeNull();
  });

  it('requires at least one option, with a GOV.UK-style message', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <polis-checkboxes name="waste" legend="Which types of waste do you transport?" required>
          <polis-checkbox value="animal" label="Waste from animal carcasses"></polis-checkbox>
          <polis-checkbox value="mines" label="Waste from mines or quarries"></polis-checkbox>
        </polis-checkboxes>
      </form>
    `);
    const group = form.querySelector('polis-checkboxes')!;
    expect(group.checkValidity()).toBe(false);
    expect(group.validity.valueMissing).toBe(true);
    expect(group.validationMessage).toBe('Select which types of waste do you transport?');
    await userEvent.click(input(group, 'mines'));
    expect(group.checkValidity()).toBe(true);
    // What the shared suite checks after a reset, beyond the empty value (nothing is sent).
    expect(group.reportValidity()).toBe(true);
    group.values = [];
    expect(group.reportValidity()).toBe(false);
    await settle(form);
    expect(part(group, 'error-message')).not.toBeNull();
    form.reset();
    await settle(form);
    expect(group.value).toBe('');
    expect(new FormData(form).getAll('waste')).toEqual([]);
    expect(part(group, 'error-message')).toBeNull();
    expect(inputs(group)[0]!.getAttribute('aria-invalid')).toBeNull();
  });

  it('reveals conditional content only while its option is checked, and sends it only then', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <polis-checkboxes name="contact" legend="How would you like to be contacted?">
          <polis-checkbox value="email" label="Email">
            <polis-text-input
              name="email-address"
              label="Email address"
              value="ada@example.com"
            ></polis-text-input>
          </polis-checkbox>
          <polis-checkbox value="phone" label="Phone">
            <input name="phone-number" aria-label="Phone number" value="0123" disabled />
          </polis-checkbox>
        </polis-checkboxes>
      </form>
    `);
    const group = form.querySelector('polis-checkboxes')!;
    const email = input(group, 'email');
    const conditional = group.shadowRoot!.getElementById(email.getAttribute('aria-controls')!)!;
    const field = form.querySelector('polis-text-input')!;
    expect(email.getAttribute('aria-expanded')).toBe('false');
    expect(conditional.hidden).toBe(true);
    expect(field.checkVisibility()).toBe(false);
    expect(new FormData(form).has('email-address')).toBe(false);

    await userEvent.click(email);
    await settle(form);
    expect(email.getAttribute('aria-expanded')).toBe('true');
    expect(conditional.hidden).toBe(false);
    expect(field.checkVisibility()).toBe(true);
    expect(new FormData(form).get('email-address')).toBe('ada@example.com');

    // A control the page disabled itself stays disabled when its content is revealed.
    await userEvent.click(input(group, 'phone'));
    await settle(form);
    expect(form.querySelector<HTMLInputElement>('input[name="phone-number"]')!.disabled).toBe(true);

    await userEvent.click(email);
    await settle(form);
    expect(field.checkVisibility()).toBe(false);
    expect(new FormData(form).getAll('contact')).toEqual(['phone']);
    expect(new FormData(form).has('email-address')).toBe(false);
  });

  it('renders small checkboxes with targets of at least 24 px', async () => {
    const { group } = await contactForm();
    group.size = 'small';
    await settle(group);
    for (const box of inputs(group)) {
      const rect = box.getBoundingClientRect();
      expect(rect.width).toBeGreaterThanOrEqual(24);
      expect(rect.height).toBeGreaterThanOrEqual(24);
    }
    expect(part(group, 'base')!.classList.contains('size-small')).toBe(true);
  });

  it('falls back to defaults on bad attributes with one warning, and never throws', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const group = await fixture<PolisCheckboxes>(html`
      <polis-checkboxes legend="Options" size="huge">
        <polis-checkbox value="a" label="A"></polis-checkbox>
      </polis-checkboxes>
    `);
    group.requestUpdate();
    await settle(group);
    expect(part(group, 'base')!.classList.contains('size-medium')).toBe(true);
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages.filter((m) => m.includes('size="huge"'))).toHaveLength(1);
    warn.mockRestore();
  });

  it('speaks French from the nearest lang', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div lang="fr">
        <polis-checkboxes legend="Moyens de contact" required>
          <polis-checkbox value="courriel" label="Courriel"></polis-checkbox>
          <polis-checkbox value="aucun" label="Aucun" exclusive></polis-checkbox>
        </polis-checkboxes>
      </div>
    `);
    const group = wrapper.querySelector('polis-checkboxes')!;
    expect(group.reportValidity()).toBe(false);
    await settle(wrapper);
    expect(part(group, 'error-message')!.textContent?.replace(/\s+/g, ' ').trim()).toMatch(
      /^Erreur\s: Sélectionnez moyens de contact$/,
    );
    expect(part(group, 'divider')!.textContent?.trim()).toBe('ou');
  });
});
