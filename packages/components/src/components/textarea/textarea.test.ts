import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import './define.js';
import { countCharacters, countWords, type PolisTextarea } from './textarea.js';
import { fixture, part, settle } from '../../test/fixture.js';
import { runFormControlConformance } from '../../test/form-control-conformance.js';
import { resetWarnings } from '../../base/dev.js';

async function type(control: HTMLElement, text: string): Promise<void> {
  control.focus();
  await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
  if (text) await userEvent.keyboard(text);
  await (control as PolisTextarea).updateComplete;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function countText(el: PolisTextarea): string {
  return part(el, 'count')?.textContent?.trim() ?? '';
}

function description(control: HTMLElement): string {
  const root = control.getRootNode() as ShadowRoot;
  return (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => root.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim())
    .join(' ');
}

/** Every non-empty text written into the polite region of the page's announcer. */
function watchAnnouncer(): { writes: string[]; stop(): void } {
  const region = document.querySelector('#polis-announcer [aria-live="polite"]')!;
  expect(region, 'the announcer exists before the first message').not.toBeNull();
  const writes: string[] = [];
  const observer = new MutationObserver(() => {
    const text = region.textContent?.trim();
    if (text) writes.push(text);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { writes, stop: () => observer.disconnect() };
}

runFormControlConformance({
  tag: 'polis-textarea',
  sample: 'Ada Lovelace',
  fill: type,
  implicitSubmit: false,
});

describe('polis-textarea', () => {
  beforeEach(() => document.getElementById('polis-announcer')?.remove());
  afterEach(() => document.getElementById('polis-announcer')?.remove());

  it('is a multi-line field with 5 rows by default, and forwards autocomplete and spellcheck', async () => {
    const el = await fixture<PolisTextarea>(
      html`<polis-textarea
        label="Address"
        autocomplete="street-address"
        spellcheck="false"
      ></polis-textarea>`,
    );
    const textarea = part<HTMLTextAreaElement>(el, 'control')!;
    expect(textarea.localName).toBe('textarea');
    expect(textarea.rows).toBe(5);
    expect(textarea.autocomplete).toBe('street-address');
    expect(textarea.getAttribute('spellcheck')).toBe('false');
    expect(textarea.hasAttribute('maxlength')).toBe(false);
    el.rows = 8;
    await el.updateComplete;
    expect(textarea.rows).toBe(8);
    expect(getComputedStyle(textarea).resize).toBe('vertical');
  });

  it('Enter adds a new line and does not submit the form', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <polis-textarea label="Details" name="details"></polis-textarea>
        <button>Continue</button>
      </form>`,
    );
    let submitted = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted++;
    });
    const el = form.querySelector('polis-textarea')!;
    await type(el, 'One{Enter}Two');
    expect(submitted).toBe(0);
    expect(el.value).toBe('One\nTwo');
    expect(new FormData(form).get('details')).toBe('One\nTwo');
  });

  it('is described by its hint, then the limit, then the error', async () => {
    const el = await fixture<PolisTextarea>(
      html`<polis-textarea
        label="Details"
        hint="Do not include personal information"
        max-chars="200"
        error-message="Enter details"
      ></polis-textarea>`,
    );
    const textarea = part<HTMLTextAreaElement>(el, 'control')!;
    expect(textarea.labels?.[0]?.textContent).toBe('Details');
    expect(description(textarea)).toBe(
      'Do not include personal information You can enter up to 200 characters Error: Enter details',
    );
    expect(textarea.getAttribute('aria-invalid')).toBe('true');
    // The visible count is not read as part of the field: screen readers hear it after a pause.
    expect(part(el, 'count')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('updates the visible count on every keystroke', async () => {
    const el = await fixture<PolisTextarea>(
      html`<polis-textarea label="Details" max-chars="10"></polis-textarea>`,
    );
    expect(countText(el)).toBe('You have 10 characters remaining');
    el.focus();
    const seen: string[] = [];
    for (const key of 'abc') {
      await userEvent.keyboard(key);
      await el.updateComplete;
      seen.push(countText(el));
    }
    expect(seen).toEqual([
      'You have 9 characters remaining',
      'You have 8 characters remaining',
      'You have 7 characters remaining',
    ]);
  });

  it('announces the count once, politely, after typing pauses, not on every key', async () => {
    const el = await fixture<PolisTextarea>(
      html`<polis-textarea label="Details" max-chars="10"></polis-textarea>`,
    );
    const announcer = watchAnnouncer();
    const inner = part<HTMLTextAreaElement>(el, 'control')!;
    // The clock is the test's, so a slow machine cannot turn a quick typist into a pause.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      // Keys 200 ms apart: typing never pauses for 500 ms, so nothing is announced.
      for (const key of 'abcde') {
        inner.value += key;
        inner.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: key }));
        await el.updateComplete;
        await vi.advanceTimersByTimeAsync(200);
      }
      expect(countText(el)).toBe('You have 5 characters remaining');
      expect(announcer.writes).toEqual([]);
      await vi.advanceTimersByTimeAsync(800);
      expect(announcer.writes).toEqual(['You have 5 characters remaining']);
    } finally {
      vi.useRealTimers();
    }
    expect(document.querySelector('#polis-announcer [aria-live="polite"]')?.getAttribute('role')).toBe(
      'status',
    );
    expect(el.shadowRoot!.querySelector('[aria-live], [role="status"], [role="alert"]')).toBeNull();
    announcer.stop();
  });

  it('lets people type past the limit, keeps all the text and makes the field invalid', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><polis-textarea label="Details" name="details" max-chars="5"></polis-textarea></form>`,
    );
    form.addEventListener('submit', (event) => event.preventDefault());
    const el = form.querySelector('polis-textarea')!;
    await type(el, 'abcdefg');
    expect(el.value).toBe('abcdefg');
    expect(part<HTMLTextAreaElement>(el, 'control')!.value).toBe('abcdefg');
    expect(new FormData(form).get('details')).toBe('abcdefg');
    expect(countText(el)).toBe('You have 2 characters too many');
    expect(part(el, 'count')?.classList.contains('count--over')).toBe(true);
    expect(el.checkValidity()).toBe(false);
    expect(el.validity.tooLong).toBe(true);
    expect(el.validationMessage).toBe('Details must be 5 characters or fewer');
    // Not shown while typing; shown when the form is submitted.
    expect(part(el, 'error-message')).toBeNull();
    form.requestSubmit();
    await settle(form);
    expect(part(el, 'error-message')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Error: Details must be 5 characters or fewer',
    );
    await type(el, 'abcde');
    expect(el.checkValidity()).toBe(true);
    expect(countText(el)).toBe('You have 0 characters remaining');
  });

  it('counts words as runs of characters that are not spaces', async () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  one   two\nthree\tfour  ')).toBe(4);
    expect(countWords('l’État — d’accord')).toBe(3);
    const el = await fixture<PolisTextarea>(
      html`<polis-textarea label="Summary" max-words="3"></polis-textarea>`,
    );
    await type(el, 'one two');
    expect(countText(el)).toBe('You have 1 word remaining');
    await type(el, 'one  two{Enter}three four');
    expect(countText(el)).toBe('You have 1 word too many');
    expect(el.validity.tooLong).toBe(true);
    expect(el.validationMessage).toBe('Summary must be 3 words or fewer');
    expect(description(part(el, 'control')!)).toBe('You can enter up to 3 words');
  });

  it('counts characters as code points, so an emoji counts once', async () => {
    expect(countCharacters('😀')).toBe(1);
    expect(countCharacters('a\nb')).toBe(3);
    const el = await fixture<PolisTextarea>(
      html`<polis-textarea label="Details" max-chars="2"></polis-textarea>`,
    );
    el.value = '😀😀';
    await el.updateComplete;
    expect(countText(el)).toBe('You have 0 characters remaining');
    expect(el.checkValidity()).toBe(true);
  });

  it('uses singular and plural in English', async () => {
    const el = await fixture<PolisTextarea>(
      html`<polis-textarea label="Details" max-chars="3"></polis-textarea>`,
    );
    const say = async (value: string) => {
      el.value = value;
      await el.updateComplete;
      return countText(el);
    };
    expect(await say('ab')).toBe('You have 1 character remaining');
    expect(await say('a')).toBe('You have 2 characters remaining');
    expect(await say('abc')).toBe('You have 0 characters remaining');
    expect(await say('abcd')).toBe('You have 1 character too many');
    expect(await say('abcde')).toBe('You have 2 characters too many');
  });

  it('speaks French, with 0 and 1 singular', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr"><polis-textarea label="Détails" max-chars="3"></polis-textarea></div>`,
    );
    const el = wrapper.querySelector('polis-textarea')!;
    const say = async (value: string) => {
      el.value = value;
      await el.updateComplete;
      return countText(el);
    };
    expect(await say('abc')).toBe('Il vous reste 0 caractère');
    expect(await say('ab')).toBe('Il vous reste 1 caractère');
    expect(await say('a')).toBe('Il vous reste 2 caractères');
    expect(await say('abcd')).toBe('Vous avez 1 caractère de trop');
    expect(await say('abcdef')).toBe('Vous avez 3 caractères de trop');
    expect(el.validationMessage).toBe('Détails doit comporter au plus 3 caractères');
    expect(description(part(el, 'control')!)).toBe('Vous pouvez saisir jusqu’à 3 caractères');
    el.maxWords = 1;
    await say('un deux');
    expect(countText(el)).toBe('Vous avez 1 mot de trop');
    expect(el.validationMessage).toBe('Détails doit comporter au plus 1 mot');
  });

  it('hides the count, and does not announce it, below the threshold', async () => {
    const el = await fixture<PolisTextarea>(
      html`<polis-textarea label="Details" max-chars="10" threshold="50"></polis-textarea>`,
    );
    const count = part(el, 'count')!;
    const announcer = watchAnnouncer();
    await type(el, 'abcd');
    expect(count.checkVisibility({ visibilityProperty: true })).toBe(false);
    await sleep(800);
    expect(announcer.writes).toEqual([]);
    // The limit is still part of the description.
    expect(description(part(el, 'control')!)).toBe('You can enter up to 10 characters');
    await userEvent.keyboard('e');
    await el.updateComplete;
    expect(count.checkVisibility({ visibilityProperty: true })).toBe(true);
    await sleep(800);
    expect(announcer.writes).toEqual(['You have 5 characters remaining']);
    announcer.stop();
  });

  it('reads the text again when the page is shown from the back/forward cache', async () => {
    const el = await fixture<PolisTextarea>(
      html`<polis-textarea label="Details" max-chars="10"></polis-textarea>`,
    );
    part<HTMLTextAreaElement>(el, 'control')!.value = 'abc';
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await el.updateComplete;
    expect(el.value).toBe('abc');
    expect(countText(el)).toBe('You have 7 characters remaining');
  });

  it('falls back on bad attributes with one warning each, and never throws', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await fixture<PolisTextarea>(
      html`<polis-textarea label="Details" max-chars="lots" rows="many" threshold="200"></polis-textarea>`,
    );
    const textarea = part<HTMLTextAreaElement>(el, 'control')!;
    expect(textarea.rows).toBe(5);
    expect(part(el, 'count')).toBeNull();
    el.value = 'abc';
    el.requestUpdate();
    await el.updateComplete;
    expect(el.checkValidity()).toBe(true);
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages.filter((m) => m.includes('max-chars="lots"'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('rows="many"'))).toHaveLength(1);
    el.maxChars = 10;
    await el.updateComplete;
    const after = warn.mock.calls.map((call) => String(call[0]));
    expect(after.filter((m) => m.includes('threshold="200"'))).toHaveLength(1);
    expect(after.filter((m) => m.includes('max-chars="lots"'))).toHaveLength(1);
    expect(countText(el)).toBe('You have 7 characters remaining');
    warn.mockRestore();
  });
});
