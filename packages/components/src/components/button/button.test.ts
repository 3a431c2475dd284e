import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import './define.js';
import '../text-input/define.js';
import type { PolisButton } from './button.js';
import { deepActiveElement, fixture, part, settle } from '../../test/fixture.js';
import { resetWarnings } from '../../base/dev.js';

function collectSubmits(form: HTMLFormElement): FormData[] {
  const submitted: FormData[] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitted.push(new FormData(form, event.submitter));
  });
  return submitted;
}

describe('polis-button', () => {
  it('submits its form like a native submit button, with its name and value', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <input name="q" value="benefits" />
        <polis-button name="action" value="save">Save and continue</polis-button>
      </form>
    `);
    const submits = collectSubmits(form);
    const button = form.querySelector('polis-button')!;
    await userEvent.click(part(button, 'control')!);
    expect(submits).toHaveLength(1);
    expect(submits[0]?.get('q')).toBe('benefits');
    expect(submits[0]?.get('action')).toBe('save');
    // No proxy is left behind in the form.
    expect(form.querySelectorAll('button')).toHaveLength(0);
  });

  it('is activated with Enter and Space', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><polis-button>Continue</polis-button></form>`);
    const submits = collectSubmits(form);
    const button = form.querySelector('polis-button')!;
    button.focus();
    expect(deepActiveElement()).toBe(part(button, 'control'));
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(submits).toHaveLength(2);
  });

  it('validates the form before submitting, as a native button does', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <polis-text-input label="Full name" name="name" required></polis-text-input>
        <polis-button>Continue</polis-button>
      </form>
    `);
    const submits = collectSubmits(form);
    await userEvent.click(part(form.querySelector('polis-button')!, 'control')!);
    await settle(form);
    expect(submits).toHaveLength(0);
    const input = form.querySelector('polis-text-input')!;
    expect(part(input, 'error-message')).not.toBeNull();
  });

  it('resets its form with type="reset" and does nothing with type="button"', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <input name="q" value="start" />
        <polis-button type="reset" variant="secondary">Clear</polis-button>
        <polis-button type="button" variant="secondary">Nothing</polis-button>
      </form>
    `);
    const submits = collectSubmits(form);
    const input = form.querySelector('input')!;
    input.value = 'changed';
    const [reset, plain] = form.querySelectorAll('polis-button');
    await userEvent.click(part(plain!, 'control')!);
    expect(input.value).toBe('changed');
    await userEvent.click(part(reset!, 'control')!);
    expect(input.value).toBe('start');
    expect(submits).toHaveLength(0);
  });

  it('does nothing when disabled, or inside a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <polis-button disabled>Save</polis-button>
        <fieldset disabled><polis-button>Send</polis-button></fieldset>
      </form>
    `);
    const submits = collectSubmits(form);
    const [own, inFieldset] = form.querySelectorAll('polis-button');
    own!.click();
    inFieldset!.click();
    await settle(form);
    expect(submits).toHaveLength(0);
    expect(part<HTMLButtonElement>(own!, 'control')!.disabled).toBe(true);
    expect(part<HTMLButtonElement>(inFieldset!, 'control')!.disabled).toBe(true);
    expect(inFieldset!.matches(':disabled')).toBe(true);
  });

  it('ignores a second click within a second with prevent-double-click', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><polis-button prevent-double-click>Pay</polis-button></form>`,
    );
    const submits = collectSubmits(form);
    const control = part(form.querySelector('polis-button')!, 'control')!;
    await userEvent.dblClick(control);
    expect(submits).toHaveLength(1);
  });

  it('renders a link styled as a button when it has an href', async () => {
    const el = await fixture<PolisButton>(html`<polis-button href="/apply" start>Start now</polis-button>`);
    const link = part<HTMLAnchorElement>(el, 'control')!;
    expect(link.localName).toBe('a');
    expect(link.getAttribute('href')).toBe('/apply');
    expect(el.shadowRoot!.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('tells screen-reader users when a link opens in a new tab', async () => {
    const el = await fixture<PolisButton>(
      html`<polis-button href="/guide" target="_blank">Read the guide</polis-button>`,
    );
    const link = part<HTMLAnchorElement>(el, 'control')!;
    expect(link.rel).toBe('noopener noreferrer');
    await expect.element(link).toHaveAccessibleName('Read the guide (opens in new tab)');
  });

  it('refuses a script href and bad variants, with one warning each', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await fixture<PolisButton>(
      html`<polis-button href="javascript:alert(1)" variant="loud">Go</polis-button>`,
    );
    expect(el.shadowRoot!.querySelector('a')).toBeNull();
    expect(part(el, 'control')?.classList.contains('button--primary')).toBe(true);
    const messages = warn.mock.calls.map((c) => String(c[0]));
    expect(messages.some((m) => m.includes('would run script'))).toBe(true);
    expect(messages.some((m) => m.includes('variant="loud"'))).toBe(true);
    warn.mockRestore();
  });
});
