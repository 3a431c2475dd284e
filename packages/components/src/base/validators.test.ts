// The custom-validator API of every Polis form control, exercised through polis-text-input.
import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../components/text-input/define.js';
import type { PolisTextInput } from '../components/text-input/text-input.js';
import { fixture, part, settle } from '../test/fixture.js';
import { resetWarnings } from './dev.js';

async function type(control: HTMLElement, text: string): Promise<void> {
  control.focus();
  await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
  if (text) await userEvent.keyboard(text);
  await (control as PolisTextInput).updateComplete;
}

describe('validators (custom rules)', () => {
  it('checks a rule that compares with another field, and re-checks when that field changes', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <polis-text-input id="email" label="Email address" name="email"></polis-text-input>
        <polis-text-input id="confirm" label="Confirm email address" name="confirm"></polis-text-input>
      </form>`,
    );
    const [email, confirm] = form.querySelectorAll<PolisTextInput>('polis-text-input');
    confirm!.validators = [(value) => (value === email!.value ? null : 'Email addresses must match')];
    await type(email!, 'ada@example.com');
    await type(confirm!, 'ada@example.org');
    expect(confirm!.checkValidity()).toBe(false);
    expect(confirm!.validity.customError).toBe(true);
    expect(confirm!.validationMessage).toBe('Email addresses must match');

    await type(confirm!, 'ada@example.com');
    expect(confirm!.validity.valid).toBe(true);
    // Changing the other field makes this one wrong again without touching it.
    await type(email!, 'grace@example.com');
    expect(confirm!.validity.valid).toBe(false);
    expect(form.checkValidity()).toBe(false);

    form.requestSubmit();
    await settle(form);
    expect(part(confirm!, 'error-message')?.textContent).toContain('Email addresses must match');
  });

  it('runs built-in checks first and leaves empty answers to `required`', async () => {
    const el = await fixture<PolisTextInput>(
      html`<polis-text-input label="Reference" required pattern="[A-Z]+"></polis-text-input>`,
    );
    const rule = vi.fn(() => 'Never shown');
    el.validators = [rule];
    await el.updateComplete;
    expect(el.validationMessage).toBe('Enter reference');
    await type(el, 'abc');
    expect(el.validity.patternMismatch).toBe(true);
    await type(el, 'ABC');
    expect(el.validationMessage).toBe('Never shown');
  });

  it('waits for an asynchronous rule before submitting, then submits or stops', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <polis-text-input label="Reference number" name="ref"></polis-text-input>
      </form>`,
    );
    const el = form.querySelector<PolisTextInput>('polis-text-input')!;
    const checked: string[] = [];
    el.validators = [
      async (value) => {
        checked.push(value);
        await new Promise((resolve) => setTimeout(resolve, 30));
        return value === 'KNOWN-1' ? null : 'We cannot find that reference number';
      },
    ];
    let submitted = 0;
    form.addEventListener('submit', (event) => {
      if (!event.defaultPrevented) submitted++;
      event.preventDefault();
    });

    await type(el, 'NOPE-2');
    expect(await el.validationComplete).toBe(false);
    expect(el.validationMessage).toBe('We cannot find that reference number');

    await type(el, 'KNOWN-1');
    form.requestSubmit();
    // The first submission is held while the rule checks the new value…
    expect(submitted).toBe(0);
    await el.validationComplete;
    await settle(form);
    // …then made again, and goes through.
    expect(submitted).toBe(1);
    // Each value was checked once, not on every keystroke or render.
    expect(checked.filter((v) => v === 'KNOWN-1')).toHaveLength(1);
  });

  it('skips a rule that throws, with one warning, and never breaks the page', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await fixture<PolisTextInput>(html`<polis-text-input label="Name"></polis-text-input>`);
    el.validators = [
      () => {
        throw new Error('oops');
      },
    ];
    await type(el, 'Ada');
    expect(el.checkValidity()).toBe(true);
    expect(warn.mock.calls.filter((c) => String(c[0]).includes('validator that threw'))).toHaveLength(1);
    warn.mockRestore();
  });
});
