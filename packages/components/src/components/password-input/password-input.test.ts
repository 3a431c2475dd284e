import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import './define.js';
import type { PolisPasswordInput } from './password-input.js';
import { deepActiveElement, fixture, part, settle } from '../../test/fixture.js';
import { runFormControlConformance } from '../../test/form-control-conformance.js';
import { resetWarnings } from '../../base/dev.js';

async function type(control: HTMLElement, text: string): Promise<void> {
  control.focus();
  await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
  if (text) await userEvent.keyboard(text);
  await (control as PolisPasswordInput).updateComplete;
}

runFormControlConformance({
  tag: 'polis-password-input',
  sample: 'correct horse battery staple',
  fill: type,
  implicitSubmit: true,
});

const politeRegion = () => document.querySelector('#polis-announcer [aria-live="polite"]');

describe('polis-password-input', () => {
  it('is a password field that password managers can recognise', async () => {
    const el = await fixture<PolisPasswordInput>(
      html`<polis-password-input label="Password"></polis-password-input>`,
    );
    const input = part<HTMLInputElement>(el, 'control')!;
    expect(input.type).toBe('password');
    expect(input.getAttribute('autocomplete')).toBe('current-password');
    expect(input.getAttribute('autocapitalize')).toBe('none');
    expect(input.getAttribute('spellcheck')).toBe('false');
  });

  it('passes new-password and one-time-code to the native input', async () => {
    const el = await fixture<PolisPasswordInput>(
      html`<polis-password-input
        label="Create a password"
        autocomplete="new-password"
      ></polis-password-input>`,
    );
    const input = part<HTMLInputElement>(el, 'control')!;
    expect(input.getAttribute('autocomplete')).toBe('new-password');
    el.autocomplete = 'one-time-code';
    await el.updateComplete;
    expect(input.getAttribute('autocomplete')).toBe('one-time-code');
  });

  it('is named by its label and described by hint, then error; the toggle has its own name', async () => {
    const el = await fixture<PolisPasswordInput>(
      html`<polis-password-input
        label="Password"
        hint="At least 12 characters"
        error-message="Enter your password"
      ></polis-password-input>`,
    );
    const input = part<HTMLInputElement>(el, 'control')!;
    await expect.element(input).toHaveAccessibleName('Password');
    await expect
      .element(input)
      .toHaveAccessibleDescription('At least 12 characters Error: Enter your password');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const toggle = part<HTMLButtonElement>(el, 'toggle')!;
    await expect.element(toggle).toHaveAccessibleName('Show password');
    expect(toggle.type).toBe('button');
    expect(toggle.getAttribute('aria-controls')).toBe(input.id);
    expect(toggle.textContent?.trim()).toBe('Show');
  });

  it('shows and hides the password, keeping value, caret and focus, and announces it', async () => {
    const el = await fixture<PolisPasswordInput>(
      html`<polis-password-input label="Password"></polis-password-input>`,
    );
    const input = part<HTMLInputElement>(el, 'control')!;
    const toggle = part<HTMLButtonElement>(el, 'toggle')!;
    await type(el, 'secret123');
    input.setSelectionRange(3, 3);

    await userEvent.click(toggle);
    await el.updateComplete;
    expect(input.type).toBe('text');
    expect(el.value).toBe('secret123');
    expect(input.selectionStart).toBe(3);
    expect(deepActiveElement()).toBe(toggle);
    await expect.element(toggle).toHaveAccessibleName('Hide password');
    expect(toggle.textContent?.trim()).toBe('Hide');
    await vi.waitFor(() => expect(politeRegion()?.textContent).toBe('Your password is visible'));

    // Enter and Space on the focused button work, as on any button.
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(input.type).toBe('password');
    expect(deepActiveElement()).toBe(toggle);
    await vi.waitFor(() => expect(politeRegion()?.textContent).toBe('Your password is hidden'));
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(input.type).toBe('text');
  });

  it('hides the password again when the form is submitted', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><polis-password-input label="Password" name="p"></polis-password-input></form>`,
    );
    form.addEventListener('submit', (event) => event.preventDefault());
    const el = form.querySelector('polis-password-input')!;
    await userEvent.click(part(el, 'toggle')!);
    await el.updateComplete;
    expect(part<HTMLInputElement>(el, 'control')!.type).toBe('text');
    form.requestSubmit();
    // At once, before any re-render: the browser may save the page straight after.
    expect(part<HTMLInputElement>(el, 'control')!.type).toBe('password');
    await settle(form);
    await expect.element(part(el, 'toggle')!).toHaveAccessibleName('Show password');
  });

  it('hides the password again when the page is left (pagehide)', async () => {
    const el = await fixture<PolisPasswordInput>(
      html`<polis-password-input label="Password"></polis-password-input>`,
    );
    await userEvent.click(part(el, 'toggle')!);
    await el.updateComplete;
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await el.updateComplete;
    expect(part<HTMLInputElement>(el, 'control')!.type).toBe('password');
  });

  it('never blocks paste', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <input aria-label="Source" value="pasted-Secret1" />
        <polis-password-input label="Password"></polis-password-input>
      </div>`,
    );
    const source = wrapper.querySelector('input')!;
    const el = wrapper.querySelector('polis-password-input')!;
    const input = part<HTMLInputElement>(el, 'control')!;
    let blocked: boolean | null = null;
    input.addEventListener('paste', (event) => queueMicrotask(() => (blocked = event.defaultPrevented)));
    source.focus();
    source.select();
    await userEvent.copy();
    el.focus();
    await userEvent.paste();
    await el.updateComplete;
    expect(blocked).toBe(false);
    expect(el.value).toBe('pasted-Secret1');
  });

  it('disables the toggle with the field', async () => {
    const el = await fixture<PolisPasswordInput>(
      html`<polis-password-input label="Password" disabled></polis-password-input>`,
    );
    expect(part<HTMLButtonElement>(el, 'toggle')!.disabled).toBe(true);
  });

  it('falls back to current-password on a bad autocomplete, with one warning', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await fixture<PolisPasswordInput>(
      html`<polis-password-input label="Password" autocomplete="off"></polis-password-input>`,
    );
    expect(part<HTMLInputElement>(el, 'control')!.getAttribute('autocomplete')).toBe('current-password');
    el.requestUpdate();
    await el.updateComplete;
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages.filter((m) => m.includes('autocomplete="off"'))).toHaveLength(1);
    warn.mockRestore();
  });

  it('speaks French from the nearest lang', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr"><polis-password-input label="Mot de passe" required></polis-password-input></div>`,
    );
    const el = wrapper.querySelector('polis-password-input')!;
    const toggle = part<HTMLButtonElement>(el, 'toggle')!;
    await expect.element(toggle).toHaveAccessibleName('Afficher le mot de passe');
    expect(toggle.textContent?.trim()).toBe('Afficher');
    await userEvent.click(toggle);
    await vi.waitFor(() => expect(politeRegion()?.textContent).toBe('Votre mot de passe est visible'));
    expect(el.checkValidity()).toBe(false);
    expect(el.validationMessage).toBe('Saisissez mot de passe');
  });
});
