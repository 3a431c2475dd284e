import { html, render, type TemplateResult } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import './define.js';
import { MIN_TOAST_DURATION, TOAST_VARIANTS, type PolisToast } from './toast.js';
import { deepActiveElement, fixture, part, settle } from '../../test/fixture.js';
import { resetWarnings } from '../../base/dev.js';
import { ANNOUNCE_DELAY } from '../../base/announcer.js';

const containers: HTMLElement[] = [];

/** Renders without waiting on timers, so it works under fake timers. */
async function mount<T extends Element = PolisToast>(template: TemplateResult): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  render(template, container);
  await Promise.all([...container.querySelectorAll('polis-toast')].map((toast) => toast.updateComplete));
  return container.firstElementChild as T;
}

function regions() {
  const [polite, assertive] = document.querySelectorAll<HTMLElement>('#polis-announcer [aria-live]');
  return { polite: polite!, assertive: assertive! };
}

/**
 * Hovering pauses a timed toast, so a pointer left over the page by an earlier test would
 * pause a new toast that happens to render under it. Park the pointer in a corner first.
 */
beforeEach(async () => {
  const corner = document.createElement('div');
  Object.assign(corner.style, {
    position: 'fixed',
    insetInlineEnd: '0',
    insetBlockEnd: '0',
    width: '4px',
    height: '4px',
  });
  document.body.append(corner);
  await userEvent.hover(corner);
  corner.remove();
});

afterEach(() => {
  vi.useRealTimers();
  for (const container of containers.splice(0)) container.remove();
  document.getElementById('polis-announcer')?.remove();
});

describe('polis-toast', () => {
  it('shows its message with the kind of message in text, and a named close button', async () => {
    for (const variant of TOAST_VARIANTS) {
      const el = await fixture<PolisToast>(
        html`<polis-toast variant=${variant}>Your changes have been saved</polis-toast>`,
      );
      const prefix = el.shadowRoot!.querySelector('.visually-hidden')!.textContent!.trim();
      expect(prefix).toBe(
        { info: 'Information:', success: 'Success:', warning: 'Warning:', error: 'Error:' }[variant],
      );
      expect(part(el, 'icon')!.getAttribute('aria-hidden')).toBe('true');
      const close = part<HTMLButtonElement>(el, 'close-button')!;
      await expect.element(close).toHaveAccessibleName('Close notification');
      await expect.element(close).toHaveRole('button');
      const box = close.getBoundingClientRect();
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
      // Announced through the page's announcer, never through a live region of its own.
      expect(el.shadowRoot!.querySelector('[aria-live], [role="status"], [role="alert"]')).toBeNull();
    }
  });

  it('is announced once through the announcer: politely, or assertively for an error', async () => {
    const info = await fixture<PolisToast>(
      html`<polis-toast heading="Application saved">You can come back to it within 28 days.</polis-toast>`,
    );
    await vi.waitFor(() =>
      expect(regions().polite.textContent).toBe(
        'Information: Application saved You can come back to it within 28 days.',
      ),
    );
    expect(document.activeElement).not.toBe(info);
    await fixture(html`<polis-toast variant="error">The file could not be uploaded.</polis-toast>`);
    await vi.waitFor(() =>
      expect(regions().assertive.textContent).toBe('Error: The file could not be uploaded.'),
    );
    // A re-render does not announce it again.
    regions().polite.textContent = '';
    info.heading = 'Saved';
    await settle(info.parentElement!);
    await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_DELAY * 2));
    expect(regions().polite.textContent).toBe('');
  });

  it('closes from its button after a cancelable polis-dismiss, and gives focus back', async () => {
    const wrapper = await fixture(
      html`<div>
        <button type="button">Upload</button>
        <polis-toast>File uploaded</polis-toast>
      </div>`,
    );
    const toast = wrapper.querySelector('polis-toast')!;
    const upload = wrapper.querySelector('button')!;
    let cancel = true;
    const events: Event[] = [];
    toast.addEventListener('polis-dismiss', (event) => {
      events.push(event);
      if (cancel) event.preventDefault();
    });
    upload.focus();
    await userEvent.tab();
    expect(deepActiveElement()).toBe(part(toast, 'close-button'));
    await userEvent.keyboard('{Enter}');
    expect(events).toHaveLength(1);
    expect(events[0]!.cancelable).toBe(true);
    expect(toast.isConnected).toBe(true);
    cancel = false;
    await userEvent.keyboard('{Enter}');
    expect(events).toHaveLength(2);
    expect(toast.isConnected).toBe(false);
    expect(document.activeElement).toBe(upload);
  });

  it('closes with Escape while focus is inside it', async () => {
    const toast = await fixture<PolisToast>(
      html`<polis-toast>Draft saved. <a href="#drafts">View drafts</a></polis-toast>`,
    );
    const dismissed = vi.fn();
    toast.addEventListener('polis-dismiss', dismissed);
    toast.querySelector('a')!.focus();
    await userEvent.keyboard('{Escape}');
    expect(dismissed).toHaveBeenCalledOnce();
    expect(toast.isConnected).toBe(false);
  });

  it('stays until it is closed when it has no duration', async () => {
    vi.useFakeTimers();
    const toast = await mount(html`<polis-toast>Saved</polis-toast>`);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(toast.isConnected).toBe(true);
  });

  it('closes by itself after its duration, with a polis-dismiss', async () => {
    vi.useFakeTimers();
    const toast = await mount(html`<polis-toast duration="8000">Saved</polis-toast>`);
    const dismissed = vi.fn();
    toast.addEventListener('polis-dismiss', dismissed);
    await vi.advanceTimersByTimeAsync(7990);
    expect(toast.isConnected).toBe(true);
    await vi.advanceTimersByTimeAsync(20);
    expect(toast.isConnected).toBe(false);
    expect(dismissed).toHaveBeenCalledOnce();
  });

  it('raises a duration under 5 seconds to 5 seconds, with one warning', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.useFakeTimers();
    const wrapper = await mount<HTMLElement>(
      html`<div>
        <polis-toast duration="1000">One</polis-toast><polis-toast duration="2000">Two</polis-toast>
      </div>`,
    );
    const toasts = wrapper.querySelectorAll('polis-toast');
    await vi.advanceTimersByTimeAsync(MIN_TOAST_DURATION - 10);
    expect([...toasts].map((t) => t.isConnected)).toEqual([true, true]);
    await vi.advanceTimersByTimeAsync(20);
    expect([...toasts].map((t) => t.isConnected)).toEqual([false, false]);
    expect(warn.mock.calls.filter((c) => String(c[0]).includes('too short'))).toHaveLength(1);
    warn.mockRestore();
  });

  it('falls back to info and to no time limit on bad values, with one warning each', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.useFakeTimers();
    const wrapper = await mount<HTMLElement>(
      html`<div>
        <polis-toast variant="loud" duration="soon">One</polis-toast>
        <polis-toast variant="loud" duration="-4">Two</polis-toast>
      </div>`,
    );
    const [first] = wrapper.querySelectorAll('polis-toast');
    expect(part(first!, 'base')!.classList.contains('toast--info')).toBe(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(first!.isConnected).toBe(true);
    const messages = warn.mock.calls.map((c) => String(c[0]));
    expect(messages.filter((m) => m.includes('variant="loud"'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('must be a number'))).toHaveLength(1);
    warn.mockRestore();
  });

  it('pauses its timer while the pointer is over it, and resumes with the time left', async () => {
    vi.useFakeTimers();
    const wrapper = await mount<HTMLElement>(
      html`<div>
        <p>Elsewhere</p>
        <polis-toast duration="6000">Saved</polis-toast>
      </div>`,
    );
    const toast = wrapper.querySelector('polis-toast')!;
    await vi.advanceTimersByTimeAsync(2000);
    await userEvent.hover(toast);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(toast.isConnected).toBe(true);
    await userEvent.hover(wrapper.querySelector('p')!);
    await vi.advanceTimersByTimeAsync(3990);
    expect(toast.isConnected).toBe(true);
    await vi.advanceTimersByTimeAsync(20);
    expect(toast.isConnected).toBe(false);
  });

  it('pauses its timer while focus is inside it, and resumes with the time left', async () => {
    vi.useFakeTimers();
    const wrapper = await mount<HTMLElement>(
      html`<div>
        <input aria-label="Name" />
        <polis-toast duration="5000">Saved. <a href="#list">See the list</a></polis-toast>
      </div>`,
    );
    const toast = wrapper.querySelector('polis-toast')!;
    const input = wrapper.querySelector('input')!;
    // Keep the pointer off the toast, so only focus pauses it.
    await userEvent.hover(input);
    await vi.advanceTimersByTimeAsync(1000);
    input.focus();
    await userEvent.tab();
    expect(document.activeElement).toBe(toast.querySelector('a'));
    await userEvent.tab();
    expect(deepActiveElement()).toBe(part(toast, 'close-button'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(toast.isConnected).toBe(true);
    input.focus();
    await vi.advanceTimersByTimeAsync(3990);
    expect(toast.isConnected).toBe(true);
    await vi.advanceTimersByTimeAsync(20);
    expect(toast.isConnected).toBe(false);
  });

  it('speaks French inside lang="fr"', async () => {
    const wrapper = await fixture(
      html`<div lang="fr"><polis-toast variant="success">Demande envoyée</polis-toast></div>`,
    );
    const toast = wrapper.querySelector('polis-toast')!;
    await expect.element(part(toast, 'close-button')!).toHaveAccessibleName('Fermer la notification');
    expect(toast.shadowRoot!.querySelector('.visually-hidden')!.textContent!.trim()).toBe('Succès\u202f:');
    await vi.waitFor(() => expect(regions().polite.textContent).toBe('Succès\u202f: Demande envoyée'));
  });
});
