import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './define.js';
import '../text-input/define.js';
import '../button/define.js';
import type { PolisErrorSummary } from './error-summary.js';
import type { PolisTextInput } from '../text-input/text-input.js';
import { deepActiveElement, fixture, part, settle } from '../../test/fixture.js';

describe('polis-error-summary', () => {
  it('shows server-rendered links as a list and takes focus', async () => {
    const el = await fixture<PolisErrorSummary>(html`
      <polis-error-summary>
        <a href="#name">Enter your full name</a>
        <a href="#email">Enter an email address</a>
      </polis-error-summary>
    `);
    const base = part(el, 'base')!;
    expect(base.getAttribute('role')).toBe('alert');
    expect(part(el, 'heading')?.localName).toBe('h2');
    expect(part(el, 'heading')?.textContent).toBe('There is a problem');
    const items = el.shadowRoot!.querySelectorAll('li slot');
    expect(items).toHaveLength(2);
    expect((items[0] as HTMLSlotElement).assignedElements()[0]?.textContent).toBe('Enter your full name');
    expect(document.activeElement).toBe(el);
    expect(el.shadowRoot!.activeElement).toBe(base);
    base.blur();
    expect(base.hasAttribute('tabindex')).toBe(false);
  });

  it('does not take focus with disable-auto-focus, and renders nothing without errors', async () => {
    const el = await fixture<PolisErrorSummary>(
      html`<polis-error-summary disable-auto-focus><a href="#x">Fix x</a></polis-error-summary>`,
    );
    expect(document.activeElement).not.toBe(el);
    const empty = await fixture<PolisErrorSummary>(html`<polis-error-summary></polis-error-summary>`);
    expect(part(empty, 'base')).toBeNull();
  });

  it('moves focus to the inner control of a field without changing the URL', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <polis-error-summary disable-auto-focus><a href="#name">Enter your full name</a></polis-error-summary>
        <polis-text-input id="name" label="Full name" name="name"></polis-text-input>
      </div>
    `);
    const before = location.href;
    await userEvent.click(wrapper.querySelector('a')!);
    const field = wrapper.querySelector<PolisTextInput>('polis-text-input')!;
    expect(deepActiveElement()).toBe(part(field, 'control'));
    expect(location.href).toBe(before);
  });

  it('fires a cancelable polis-focus-field so a page can reveal the field first', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <polis-error-summary disable-auto-focus><a href="#name">Enter your full name</a></polis-error-summary>
        <polis-text-input id="name" label="Full name"></polis-text-input>
      </div>
    `);
    const seen: Element[] = [];
    wrapper.addEventListener('polis-focus-field', (event) => {
      seen.push(event.field);
      event.preventDefault();
    });
    await userEvent.click(wrapper.querySelector('a')!);
    expect(seen).toEqual([wrapper.querySelector('polis-text-input')]);
    expect(deepActiveElement()).not.toBe(part(wrapper.querySelector('polis-text-input')!, 'control'));
  });

  it('fills itself from the form, focuses itself and prefixes the title when submission fails', async () => {
    document.title = 'Your details';
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <polis-error-summary for="details"></polis-error-summary>
        <form id="details">
          <polis-text-input id="full-name" label="Full name" name="name" required></polis-text-input>
          <polis-text-input label="Email address" name="email" type="email" value="nope"></polis-text-input>
          <polis-button>Continue</polis-button>
        </form>
      </div>
    `);
    const summary = wrapper.querySelector<PolisErrorSummary>('polis-error-summary')!;
    await userEvent.click(part(wrapper.querySelector('polis-button')!, 'control')!);
    await settle(wrapper);
    const links = [...summary.shadowRoot!.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).toEqual([
      'Enter full name',
      'Enter an email address in the correct format, like name@example.com',
    ]);
    expect(links[0]?.getAttribute('href')).toBe('#full-name');
    // A field without an id is given one so the link can reach it.
    expect(links[1]?.getAttribute('href')).toMatch(/^#polis-field-\d+$/);
    expect(document.activeElement).toBe(summary);
    expect(document.title).toBe('Error: Your details');

    await userEvent.click(links[1]!);
    const email = wrapper.querySelectorAll<PolisTextInput>('polis-text-input')[1]!;
    expect(deepActiveElement()).toBe(part(email, 'control'));

    // Fixing everything and submitting again clears the summary and the title.
    const name = wrapper.querySelector<PolisTextInput>('#full-name')!;
    name.value = 'Ada';
    email.value = 'ada@example.com';
    const form = wrapper.querySelector('form')!;
    form.addEventListener('submit', (event) => event.preventDefault());
    await userEvent.click(part(wrapper.querySelector('polis-button')!, 'control')!);
    await settle(wrapper);
    expect(part(summary, 'base')).toBeNull();
    expect(document.title).toBe('Your details');
  });

  it('does not prefix a title that already says "Error: " (a page the server rendered with errors)', async () => {
    document.title = 'Error: Your details';
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <polis-error-summary for="server-form"></polis-error-summary>
        <form id="server-form">
          <polis-text-input label="Full name" name="name" required></polis-text-input>
        </form>
      </div>`,
    );
    const form = wrapper.querySelector('form')!;
    form.requestSubmit();
    await settle(wrapper);
    expect(document.title).toBe('Error: Your details');
    document.title = '';
  });
  it('takes focus when links arrive after it is on the page, or errors are set from script', async () => {
    const el = await fixture<PolisErrorSummary>(html`<polis-error-summary></polis-error-summary>`);
    expect(document.activeElement).not.toBe(el);
    const link = document.createElement('a');
    link.href = '#later';
    link.textContent = 'Enter a later value';
    el.append(link);
    await settle();
    expect(document.activeElement).toBe(el);
    (document.activeElement as HTMLElement).blur();

    const scripted = await fixture<PolisErrorSummary>(html`<polis-error-summary></polis-error-summary>`);
    scripted.errors = [{ href: '#x', text: 'Enter x' }];
    await settle();
    expect(document.activeElement).toBe(scripted);
  });

  it('with disable-auto-focus, lets the first invalid field take focus after a submission', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <polis-error-summary disable-auto-focus></polis-error-summary>
        <form>
          <polis-text-input label="Full name" name="name" required></polis-text-input>
          <input name="native" required aria-label="Native field" />
        </form>
      </div>
    `);
    wrapper.querySelector('form')!.requestSubmit();
    await settle(wrapper);
    const summary = wrapper.querySelector('polis-error-summary')!;
    expect(summary.shadowRoot!.querySelectorAll('a')).toHaveLength(2);
    expect(deepActiveElement()).toBe(part(wrapper.querySelector('polis-text-input')!, 'control'));
  });

  it('blocks nothing in a form with novalidate, so the server can validate', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <polis-error-summary for="server-validated"></polis-error-summary>
        <form id="server-validated" novalidate>
          <polis-text-input label="Full name" name="name" required></polis-text-input>
        </form>
      </div>
    `);
    const form = wrapper.querySelector('form')!;
    let submitted = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted++;
    });
    form.requestSubmit();
    await settle(wrapper);
    expect(submitted).toBe(1);
    expect(part(wrapper.querySelector('polis-error-summary')!, 'base')).toBeNull();
    expect(part(wrapper.querySelector('polis-text-input')!, 'error-message')).toBeNull();
  });

  it('is translated and takes a heading level', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr">
        <polis-error-summary heading-level="3"><a href="#x">Corrigez x</a></polis-error-summary>
      </div>`,
    );
    const summary = wrapper.querySelector('polis-error-summary')!;
    expect(part(summary, 'heading')?.localName).toBe('h3');
    expect(part(summary, 'heading')?.textContent).toBe('Il y a un problème');
  });

  it('ignores errors that are not in-page links', async () => {
    const el = await fixture<PolisErrorSummary>(
      html`<polis-error-summary disable-auto-focus></polis-error-summary>`,
    );
    el.errors = [
      { href: 'javascript:alert(1)', text: 'Bad' },
      { href: '#ok', text: 'Fine' },
    ];
    await el.updateComplete;
    const links = [...el.shadowRoot!.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['#ok']);
  });
});
