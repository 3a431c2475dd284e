/// <reference types="@vitest/browser-playwright" />
import { html } from 'lit';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cdp, page } from 'vitest/browser';
import './define.js';
import type { PolisStepIndicator } from './step-indicator.js';
import { ANNOUNCE_DELAY } from '../../base/announcer.js';
import { resetWarnings } from '../../base/dev.js';
import { loadLocale } from '../../i18n/registry.js';
import { fixture, part, settle } from '../../test/fixture.js';

const text = (el: Element) => part(el, 'text')?.textContent?.replace(/\s+/g, ' ').trim();
const steps = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="step"]')];

/** Every non-empty text written into the polite region of the page's announcer. */
function watchAnnouncer(): { writes: string[]; stop(): void } {
  const region = document.querySelector('#polis-announcer [aria-live="polite"]')!;
  expect(region, 'the announcer exists, empty, before the first change').not.toBeNull();
  expect(region.textContent).toBe('');
  const writes: string[] = [];
  const observer = new MutationObserver(() => {
    const written = region.textContent?.trim();
    if (written) writes.push(written);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { writes, stop: () => observer.disconnect() };
}

/** Long enough for an announcement to be written (the announcer waits ANNOUNCE_DELAY). */
const afterAnnouncing = () => new Promise((resolve) => setTimeout(resolve, ANNOUNCE_DELAY * 3));

const journey = html`<polis-step-indicator current="2" total="4">
  <ol>
    <li>Your details</li>
    <li>Your address</li>
    <li>Your business</li>
    <li>Check your answers</li>
  </ol>
</polis-step-indicator>`;

beforeAll(async () => {
  await loadLocale('de');
  await loadLocale('ar');
});

beforeEach(async () => {
  document.getElementById('polis-announcer')?.remove();
  await page.viewport(1024, 768);
});

afterEach(async () => {
  document.getElementById('polis-announcer')?.remove();
  await page.viewport(414, 896);
});

describe('polis-step-indicator', () => {
  it('says which step people are on', async () => {
    const el = await fixture<PolisStepIndicator>(
      html`<polis-step-indicator current="2" total="5"></polis-step-indicator>`,
    );
    expect(text(el)).toBe('Step 2 of 5');
    await expect.element(part(el, 'text')!).toBeVisible();
    expect(part(el, 'steps')).toBeNull();
    expect(el.shadowRoot!.querySelector('[aria-live], [role="status"], [role="alert"]')).toBeNull();
  });

  it('draws the steps from an ordered list, marking the current one with aria-current="step"', async () => {
    const el = await fixture<PolisStepIndicator>(journey);
    const list = part(el, 'steps')!;
    expect(list.localName).toBe('ol');
    await expect.element(list).toBeVisible();
    await expect.element(list).toHaveRole('list');
    const items = steps(el);
    expect(items.map((item) => item.querySelector('.name')?.textContent)).toEqual([
      'Your details',
      'Your address',
      'Your business',
      'Check your answers',
    ]);
    expect(items.map((item) => item.getAttribute('aria-current'))).toEqual([null, 'step', null, null]);
    expect(part(el, 'current-step')).toBe(items[1]);
    // The visible number is not read: the list position says it.
    for (const item of items) expect(item.querySelector('.number')?.getAttribute('aria-hidden')).toBe('true');
    // The page's own list is read, not shown as well.
    await expect.element(el.querySelector('ol')!).not.toBeVisible();
    expect(text(el)).toBe('Step 2 of 4');
  });

  it('takes the total from the list when there is no total', async () => {
    const el = await fixture<PolisStepIndicator>(
      html`<polis-step-indicator current="3">
        <ol>
          <li>A</li>
          <li>B</li>
          <li>C</li>
        </ol>
      </polis-step-indicator>`,
    );
    expect(text(el)).toBe('Step 3 of 3');
  });

  it('formats numbers for the language', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <polis-step-indicator lang="de" current="1000" total="1200"></polis-step-indicator>
        <polis-step-indicator lang="fr" current="2" total="5"></polis-step-indicator>
      </div>`,
    );
    const [german, french] = [...wrapper.querySelectorAll('polis-step-indicator')];
    expect(text(german!)).toBe(`Schritt ${(1000).toLocaleString('de')} von ${(1200).toLocaleString('de')}`);
    expect(text(german!)).toBe('Schritt 1.000 von 1.200');
    expect(text(french!)).toBe('Étape 2 sur 5');
  });

  it('falls back when current is past the total or not a number, with one warning each', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const past = await fixture<PolisStepIndicator>(
      html`<polis-step-indicator current="7" total="5"></polis-step-indicator>`,
    );
    past.requestUpdate();
    await past.updateComplete;
    expect(text(past)).toBe('Step 1 of 5');
    const word = await fixture<PolisStepIndicator>(
      html`<polis-step-indicator current="two" total="5.5"></polis-step-indicator>`,
    );
    expect(text(word)).toBe('Step 1 of 1');
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages.filter((m) => m.includes('current="7"'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('current="two"'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('total="5.5"'))).toHaveLength(1);
    warn.mockRestore();
  });

  it('renders hostile step names as text', async () => {
    const el = await fixture<PolisStepIndicator>(
      html`<polis-step-indicator current="1">
        <ol>
          <li>&lt;img src=x onerror="window.__pwned=1"&gt;</li>
          <li>B</li>
        </ol>
      </polis-step-indicator>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(steps(el)[0]!.querySelector('.name')?.textContent).toBe('<img src=x onerror="window.__pwned=1">');
  });

  it('announces a new step once, politely, and never on the first render', async () => {
    const el = await fixture<PolisStepIndicator>(journey);
    await afterAnnouncing();
    const announcer = watchAnnouncer();

    el.current = 3;
    await settle(el);
    await afterAnnouncing();
    expect(announcer.writes).toEqual(['Step 3 of 4: Your business']);
    expect(text(el)).toBe('Step 3 of 4');
    expect(steps(el)[2]!.getAttribute('aria-current')).toBe('step');

    // The same step again, or another attribute changing, says nothing.
    el.current = 3;
    el.setAttribute('current', '3');
    el.total = 4;
    await settle(el);
    await afterAnnouncing();
    expect(announcer.writes).toHaveLength(1);

    // Several changes before the element updates: one announcement, of the last step.
    el.current = 1;
    el.setAttribute('current', '4');
    await settle(el);
    await afterAnnouncing();
    expect(announcer.writes).toEqual(['Step 3 of 4: Your business', 'Step 4 of 4: Check your answers']);
    announcer.stop();
  });

  it('announces the step without a name when there is no list', async () => {
    const el = await fixture<PolisStepIndicator>(
      html`<polis-step-indicator current="1" total="3"></polis-step-indicator>`,
    );
    await afterAnnouncing();
    const announcer = watchAnnouncer();
    el.setAttribute('current', '2');
    await settle(el);
    await afterAnnouncing();
    expect(announcer.writes).toEqual(['Step 2 of 3']);
    announcer.stop();
  });

  it('nothing is announced when the page loads with it', async () => {
    document.getElementById('polis-announcer')?.remove();
    await fixture<PolisStepIndicator>(journey);
    await afterAnnouncing();
    const region = document.querySelector('#polis-announcer [aria-live="polite"]');
    expect(region?.textContent).toBe('');
  });

  it('follows changes to the list of steps', async () => {
    const el = await fixture<PolisStepIndicator>(journey);
    el.querySelector('ol')!.append(Object.assign(document.createElement('li'), { textContent: 'Pay' }));
    el.removeAttribute('total');
    await settle(el);
    expect(steps(el)).toHaveLength(5);
    expect(text(el)).toBe('Step 2 of 5');
  });

  it('collapses to the text at 320 px, without scrolling sideways', async () => {
    await page.viewport(320, 640);
    const el = await fixture<PolisStepIndicator>(journey);
    await expect.element(part(el, 'steps')!).not.toBeVisible();
    await expect.element(part(el, 'text')!).toBeVisible();
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
  });

  it('collapses to the text at 200% text size', async () => {
    await page.viewport(640, 640);
    document.documentElement.style.fontSize = '200%';
    try {
      const el = await fixture<PolisStepIndicator>(journey);
      await expect.element(part(el, 'steps')!).not.toBeVisible();
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
    } finally {
      document.documentElement.style.removeProperty('font-size');
    }
  });

  it('runs the steps from right to left in rtl', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl" lang="ar" style="inline-size: 800px">${journey}</div>`,
    );
    const el = wrapper.querySelector('polis-step-indicator')!;
    const [first, second] = steps(el).map((step) => step.getBoundingClientRect());
    expect(first!.left).toBeGreaterThan(second!.right - 1);
    const column = wrapper.getBoundingClientRect();
    expect(column.right - first!.right).toBeLessThan(2);
    expect(text(el)).toBe('الخطوة 2 من 4');
  });

  it('inside a heading, is its caption: text only, part of the heading’s name', async () => {
    const heading = await fixture<HTMLElement>(
      html`<h1>
        <polis-step-indicator current="2" total="4"
          ><ol>
            <li>A</li>
            <li>B</li>
            <li>C</li>
            <li>D</li>
          </ol></polis-step-indicator
        >
        What is your address?
      </h1>`,
    );
    const el = heading.querySelector('polis-step-indicator')!;
    expect(part(el, 'steps')).toBeNull();
    await expect.element(heading).toHaveAccessibleName(/^Step 2 of 4\s+What is your address\?$/);
  });

  it('keeps the filled bar visible in forced colours', async () => {
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: 'active' }],
    });
    try {
      const el = await fixture<PolisStepIndicator>(journey);
      const [done, current, todo] = steps(el).map((step) => getComputedStyle(step));
      expect(done!.borderTopColor).toBe(current!.borderTopColor);
      expect(current!.borderTopColor).not.toBe(todo!.borderTopColor);
      expect(parseFloat(current!.borderTopWidth)).toBeGreaterThanOrEqual(3);
    } finally {
      await cdp().send('Emulation.setEmulatedMedia', { features: [] });
    }
  });
});
