import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import './define.js';
import '../text-input/define.js';
import type { PolisCheckbox } from './checkbox.js';
import { deepActiveElement, fixture, part, settle } from '../../test/fixture.js';
import { runFormControlConformance } from '../../test/form-control-conformance.js';
import { resetWarnings } from '../../base/dev.js';

/** Checks the box for a value, unchecks it for an empty string, as a person would. */
async function tick(control: HTMLElement, value: string): Promise<void> {
  const box = part<HTMLInputElement>(control, 'control')!;
  if (box.checked !== (value !== '')) await userEvent.click(box);
  await settle(control.parentElement ?? control);
}

runFormControlConformance({
  emptyFormValue: null,
  tag: 'polis-checkbox',
  sample: 'on',
  fill: tick,
  setup(control) {
    // The suite gives a default answer as `value`; for a checkbox that means checked.
    if (control.getAttribute('value')) control.setAttribute('checked', '');
  },
  requiredMessage: { en: 'Select full name', fr: 'Sélectionnez nom complet', outer: 'Select outer label' },
});

describe('polis-checkbox', () => {
  it('sends its value under its name only while checked; checked is the default, like native', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form><polis-checkbox name="terms" value="yes" label="I agree to the terms"></polis-checkbox></form>
    `);
    const el = form.querySelector('polis-checkbox')!;
    expect(new FormData(form).has('terms')).toBe(false);
    expect(el.value).toBe('yes');
    await userEvent.click(part(el, 'control')!);
    await settle(form);
    expect(el.checked).toBe(true);
    expect(el.defaultChecked).toBe(false);
    expect(el.hasAttribute('checked')).toBe(false);
    expect(new FormData(form).getAll('terms')).toEqual(['yes']);
    form.reset();
    await settle(form);
    expect(el.checked).toBe(false);
    el.defaultChecked = true;
    await settle(form);
    expect(el.checked).toBe(true);
    expect(new FormData(form).get('terms')).toBe('yes');
  });

  it('sends "on" when it has no value, like a native checkbox', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><polis-checkbox name="news" label="Send me news" checked></polis-checkbox></form>`,
    );
    expect(new FormData(form).get('news')).toBe('on');
  });

  it('form.reset() unchecks it, sends nothing and clears the error', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><polis-checkbox name="terms" label="I agree" required></polis-checkbox></form>`,
    );
    const el = form.querySelector('polis-checkbox')!;
    expect(el.reportValidity()).toBe(false);
    await settle(form);
    expect(part(el, 'error-message')).not.toBeNull();
    await tick(el, 'on');
    form.reset();
    await settle(form);
    expect(el.checked).toBe(false);
    expect(new FormData(form).has('terms')).toBe(false);
    expect(part(el, 'error-message')).toBeNull();
    expect(part(el, 'control')!.getAttribute('aria-invalid')).toBeNull();
  });

  it('toggles with Space', async () => {
    const el = await fixture<PolisCheckbox>(html`<polis-checkbox label="Remember me"></polis-checkbox>`);
    el.focus();
    expect(deepActiveElement()).toBe(part(el, 'control'));
    await userEvent.keyboard(' ');
    expect(el.checked).toBe(true);
    await userEvent.keyboard(' ');
    expect(el.checked).toBe(false);
  });

  it('is named by its label and described by hint then error', async () => {
    const el = await fixture<PolisCheckbox>(html`
      <polis-checkbox
        label="I agree to the terms"
        hint="You can read them on the previous page"
        error-message="Select to confirm you agree to the terms"
      ></polis-checkbox>
    `);
    const box = part(el, 'control')!;
    await expect.element(box).toHaveRole('checkbox');
    await expect.element(box).toHaveAccessibleName('I agree to the terms');
    await expect
      .element(box)
      .toHaveAccessibleDescription(
        'You can read them on the previous page Error: Select to confirm you agree to the terms',
      );
    expect(box.getAttribute('aria-invalid')).toBe('true');
  });

  it('reveals conditional content only while checked, and sends its fields only then', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <polis-checkbox name="different-address" label="Send it to a different address">
          <polis-text-input name="address" label="Address" value="1 High Street"></polis-text-input>
        </polis-checkbox>
      </form>
    `);
    const el = form.querySelector('polis-checkbox')!;
    const field = form.querySelector('polis-text-input')!;
    const box = part(el, 'control')!;
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(field.checkVisibility()).toBe(false);
    expect(new FormData(form).has('address')).toBe(false);
    await userEvent.click(box);
    await settle(form);
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(field.checkVisibility()).toBe(true);
    expect(new FormData(form).get('address')).toBe('1 High Street');
  });

  it('falls back to defaults on bad attributes with one warning, and never throws', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await fixture<PolisCheckbox>(html`<polis-checkbox label="A" size="tiny"></polis-checkbox>`);
    el.requestUpdate();
    await el.updateComplete;
    expect(part(el, 'base')!.classList.contains('size-medium')).toBe(true);
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages.filter((m) => m.includes('size="tiny"'))).toHaveLength(1);
    warn.mockRestore();
  });

  it('speaks French from the nearest lang', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div lang="fr"><polis-checkbox label="J’accepte les conditions" required></polis-checkbox></div>
    `);
    const el = wrapper.querySelector('polis-checkbox')!;
    expect(el.reportValidity()).toBe(false);
    await settle(wrapper);
    expect(part(el, 'error-message')!.textContent?.replace(/\s+/g, ' ').trim()).toMatch(
      /^Erreur\s: Sélectionnez j’accepte les conditions$/,
    );
  });
});
