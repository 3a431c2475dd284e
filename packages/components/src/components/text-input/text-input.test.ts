import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import './define.js';
import type { PolisTextInput } from './text-input.js';
import { deepActiveElement, fixture, part, settle } from '../../test/fixture.js';
import { runFormControlConformance } from '../../test/form-control-conformance.js';
import { resetWarnings } from '../../base/dev.js';

async function type(control: HTMLElement, text: string): Promise<void> {
  control.focus();
  await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
  if (text) await userEvent.keyboard(text);
  await (control as PolisTextInput).updateComplete;
}

runFormControlConformance({
  tag: 'polis-text-input',
  sample: 'Ada Lovelace',
  fill: type,
  implicitSubmit: true,
});

describe('polis-text-input', () => {
  it('labels the field with its label and describes it with hint then error', async () => {
    const el = await fixture<PolisTextInput>(
      html`<polis-text-input
        label="Permit reference number"
        hint="It is on your permit letter"
        error-message="Enter a permit reference number in the correct format"
      ></polis-text-input>`,
    );
    const input = part<HTMLInputElement>(el, 'control')!;
    expect(input.labels?.[0]?.textContent).toBe('Permit reference number');
    expect(input.getAttribute('aria-describedby')).toBe('hint error');
    expect(part(el, 'hint')?.textContent).toBe('It is on your permit letter');
    expect(part(el, 'error-message')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Error: Enter a permit reference number in the correct format',
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('forwards autocomplete, inputmode, spellcheck and length limits to the native input', async () => {
    const el = await fixture<PolisTextInput>(
      html`<polis-text-input
        label="Email"
        type="email"
        autocomplete="email"
        spellcheck="false"
        minlength="3"
        maxlength="80"
      ></polis-text-input>`,
    );
    const input = part<HTMLInputElement>(el, 'control')!;
    expect(input.type).toBe('email');
    expect(input.autocomplete).toBe('email');
    expect(input.getAttribute('spellcheck')).toBe('false');
    expect(input.minLength).toBe(3);
    expect(input.maxLength).toBe(80);
  });

  it('renders type="number" as text with a numeric keyboard and checks the value is a number', async () => {
    const el = await fixture<PolisTextInput>(
      html`<polis-text-input label="Age" type="number"></polis-text-input>`,
    );
    const input = part<HTMLInputElement>(el, 'control')!;
    expect(input.type).toBe('text');
    expect(input.inputMode).toBe('numeric');
    await type(el, '4O');
    expect(el.checkValidity()).toBe(false);
    expect(el.validity.badInput).toBe(true);
    expect(el.validationMessage).toBe('Age must be a number');
    await type(el, '40');
    expect(el.checkValidity()).toBe(true);
  });

  it('accepts numbers as people write them, not hexadecimal or exponents', async () => {
    const el = await fixture<PolisTextInput>(
      html`<polis-text-input label="Amount" type="number"></polis-text-input>`,
    );
    for (const ok of ['1,500.50', '-3', '12 000', '.5']) {
      await type(el, ok);
      expect(el.checkValidity(), ok).toBe(true);
    }
    for (const bad of ['0x10', '1e5', '-', 'twelve']) {
      await type(el, bad);
      expect(el.checkValidity(), bad).toBe(false);
    }
  });

  it('keeps showing an error until the next submission, as GOV.UK does', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><polis-text-input label="Full name" name="n" required></polis-text-input></form>`,
    );
    form.addEventListener('submit', (event) => event.preventDefault());
    const el = form.querySelector('polis-text-input')!;
    form.requestSubmit();
    await settle(form);
    expect(part(el, 'error-message')).not.toBeNull();
    await type(el, 'A');
    await type(el, 'Ada');
    expect(part(el, 'error-message')?.textContent).toContain('Enter full name');
    form.requestSubmit();
    await settle(form);
    expect(part(el, 'error-message')).toBeNull();
  });

  it('does not validate a read-only field, like a native one', async () => {
    const el = await fixture<PolisTextInput>(
      html`<polis-text-input label="Reference" readonly required></polis-text-input>`,
    );
    expect(el.checkValidity()).toBe(true);
  });

  it('explains an email address in the wrong format', async () => {
    const el = await fixture<PolisTextInput>(
      html`<polis-text-input label="Email address" type="email"></polis-text-input>`,
    );
    await type(el, 'not-an-email');
    expect(el.validity.typeMismatch).toBe(true);
    expect(el.validationMessage).toBe('Enter an email address in the correct format, like name@example.com');
  });

  it('checks pattern and minimum length with specific messages', async () => {
    const el = await fixture<PolisTextInput>(
      html`<polis-text-input label="Postcode" pattern="[A-Z0-9 ]+" minlength="5"></polis-text-input>`,
    );
    await type(el, 'ab');
    expect(el.validity.patternMismatch).toBe(true);
    expect(el.validationMessage).toBe('Enter postcode in the correct format');
    await type(el, 'AB');
    expect(el.validity.tooShort).toBe(true);
    expect(el.validationMessage).toBe('Postcode must be 5 characters or more');
  });

  it('keeps what the person typed when the element re-renders with an error', async () => {
    const el = await fixture<PolisTextInput>(
      html`<polis-text-input label="Name" pattern="[a-z]+"></polis-text-input>`,
    );
    await type(el, 'Ada 1');
    el.errorMessage = 'Enter your name using letters only';
    await el.updateComplete;
    expect(part<HTMLInputElement>(el, 'control')!.value).toBe('Ada 1');
    expect(el.value).toBe('Ada 1');
  });

  it('shows a prefix and suffix that screen readers skip', async () => {
    const el = await fixture<PolisTextInput>(
      html`<polis-text-input label="Cost, in pounds" prefix="£" suffix="per item"></polis-text-input>`,
    );
    expect(part(el, 'prefix')?.getAttribute('aria-hidden')).toBe('true');
    expect(part(el, 'suffix')?.textContent).toBe('per item');
  });

  it('falls back to defaults on bad attributes with one warning, and never throws', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await fixture<PolisTextInput>(
      html`<polis-text-input
        label="Name"
        type="banana"
        width="enormous"
        messages="{not json"
      ></polis-text-input>`,
    );
    expect(part<HTMLInputElement>(el, 'control')!.type).toBe('text');
    el.requestUpdate();
    await el.updateComplete;
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages.filter((m) => m.includes('type="banana"'))).toHaveLength(1);
    expect(messages.some((m) => m.includes('width="enormous"'))).toBe(true);
    expect(messages.some((m) => m.includes('messages attribute must be a JSON object'))).toBe(true);
    warn.mockRestore();
  });

  it('overrides built-in strings per instance', async () => {
    const el = await fixture<PolisTextInput>(
      html`<polis-text-input
        label="Name"
        required
        messages='{"errorPrefix":"Problem:","valueMissing":"Tell us your {label:lower}"}'
      ></polis-text-input>`,
    );
    expect(el.reportValidity()).toBe(false);
    await settle();
    expect(part(el, 'error-message')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Problem: Tell us your name',
    );
  });

  it('is read-only with readonly: focusable, not editable', async () => {
    const el = await fixture<PolisTextInput>(
      html`<polis-text-input label="Reference" value="ABC-123" readonly></polis-text-input>`,
    );
    el.focus();
    expect(deepActiveElement()).toBe(part(el, 'control'));
    await userEvent.keyboard('x');
    expect(el.value).toBe('ABC-123');
  });
});
