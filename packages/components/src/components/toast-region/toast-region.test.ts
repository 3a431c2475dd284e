import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import './define.js';
import { showToast, type PolisToastRegion } from './toast-region.js';
import { deepActiveElement, fixture, part, settle } from '../../test/fixture.js';

/** Waits two frames: the region re-checks its corner at most once a frame. */
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

const regionBox = (region: PolisToastRegion) => part(region, 'base')!.getBoundingClientRect();

afterEach(() => {
  document.querySelectorAll('body > polis-toast-region').forEach((region) => region.remove());
  document.getElementById('polis-announcer')?.remove();
});

describe('polis-toast-region', () => {
  it('is a landmark named "Notifications" only while it holds toasts', async () => {
    const region = await fixture<PolisToastRegion>(html`<polis-toast-region></polis-toast-region>`);
    const base = part(region, 'base')!;
    expect(base.hidden).toBe(true);
    region.show('Your changes have been saved');
    await settle(region);
    expect(base.hidden).toBe(false);
    await expect.element(base).toHaveRole('region');
    await expect.element(base).toHaveAccessibleName('Notifications');
    region.querySelector('polis-toast')!.close();
    await settle(region);
    expect(base.hidden).toBe(true);
  });

  it('sits in the block-end, inline-end corner of the window, on either side in RTL', async () => {
    const region = await fixture<PolisToastRegion>(
      html`<polis-toast-region><polis-toast>Saved</polis-toast></polis-toast-region>`,
    );
    let box = regionBox(region);
    expect(window.innerHeight - box.bottom).toBeLessThan(40);
    expect(window.innerWidth - box.right).toBeLessThan(40);
    document.documentElement.dir = 'rtl';
    await settle(region);
    box = regionBox(region);
    expect(box.left).toBeLessThan(40);
  });

  it('showToast() creates one region at the end of <body> and adds text, never HTML', async () => {
    const first = showToast('<img src="x" alt="injected">Saved', { variant: 'success', heading: 'Done' });
    const second = showToast('Second', { variant: 'error', duration: 6000 });
    const regions = document.querySelectorAll('polis-toast-region');
    expect(regions).toHaveLength(1);
    expect(
      document.body.lastElementChild === regions[0] ||
        regions[0]!.nextElementSibling?.id === 'polis-announcer',
    ).toBe(true);
    expect([...regions[0]!.children]).toEqual([first, second]);
    expect(first.querySelector('img')).toBeNull();
    expect(first.textContent).toBe('<img src="x" alt="injected">Saved');
    expect(first.variant).toBe('success');
    expect(first.heading).toBe('Done');
    expect(second.duration).toBe(6000);
  });

  it('uses a region already in the page', async () => {
    const region = await fixture<PolisToastRegion>(html`<polis-toast-region></polis-toast-region>`);
    const toast = showToast('Saved');
    expect(toast.parentElement).toBe(region);
    expect(document.querySelectorAll('polis-toast-region')).toHaveLength(1);
  });

  it('never takes focus: typing carries on while toasts appear', async () => {
    const input = await fixture<HTMLInputElement>(html`<input aria-label="Reference number" />`);
    input.focus();
    await userEvent.keyboard('AB');
    showToast('Draft saved');
    showToast('Could not reach the server', { variant: 'error' });
    await settle();
    await userEvent.keyboard('12');
    expect(deepActiveElement()).toBe(input);
    expect(input.value).toBe('AB12');
  });

  it('moves out of the way of a focused field that would be under it (WCAG 2.4.11)', async () => {
    const wrapper = await fixture(
      html`<div>
        <input aria-label="Search" class="corner" />
        <button type="button">Top</button>
      </div>`,
    );
    const input = wrapper.querySelector('input')!;
    // A field in the block-end, inline-end corner, where the region sits.
    Object.assign(input.style, { position: 'fixed', insetBlockEnd: '30px', insetInlineEnd: '30px' });
    const toast = showToast('Your changes have been saved');
    await settle();
    const region = document.querySelector('polis-toast-region')!;
    await frames();
    expect(overlaps(regionBox(region), input.getBoundingClientRect())).toBe(true);

    input.focus();
    await frames();
    expect(overlaps(regionBox(region), input.getBoundingClientRect())).toBe(false);
    expect(regionBox(region).top).toBeLessThan(100);
    expect(toast.isConnected).toBe(true);

    // Focus elsewhere: the region goes back to its corner.
    wrapper.querySelector('button')!.focus();
    await frames();
    expect(overlaps(regionBox(region), input.getBoundingClientRect())).toBe(true);
  });

  it('checks again when a toast appears or the page scrolls under a focused field', async () => {
    const wrapper = await fixture(
      html`<div>
        <div class="spacer"></div>
        <input aria-label="Postcode" />
        <div class="spacer"></div>
      </div>`,
    );
    wrapper.querySelectorAll<HTMLElement>('.spacer').forEach((spacer) => (spacer.style.blockSize = '200vh'));
    const input = wrapper.querySelector('input')!;
    input.style.marginInlineStart = 'calc(100vw - 12rem)';
    input.focus();
    // The field is in the middle of the window; scroll it down to the bottom.
    input.scrollIntoView({ block: 'end' });
    showToast('Saved');
    await settle();
    await frames();
    const region = document.querySelector('polis-toast-region')!;
    expect(overlaps(regionBox(region), input.getBoundingClientRect())).toBe(false);
    input.scrollIntoView({ block: 'start' });
    await frames();
    expect(overlaps(regionBox(region), input.getBoundingClientRect())).toBe(false);
    window.scrollTo(0, 0);
  });

  it('steps out of sight when every corner would cover the focused element', async () => {
    const area = await fixture<HTMLTextAreaElement>(html`<textarea aria-label="Description"></textarea>`);
    Object.assign(area.style, { position: 'fixed', inset: '0', inlineSize: '100vw', blockSize: '100vh' });
    showToast('Saved');
    await settle();
    const region = document.querySelector('polis-toast-region')!;
    area.focus();
    await frames();
    expect(getComputedStyle(part(region, 'base')!).visibility).toBe('hidden');
    area.blur();
    await frames();
    expect(getComputedStyle(part(region, 'base')!).visibility).toBe('visible');
  });

  it('stops the clocks of timed toasts while it is out of sight', async () => {
    const area = await fixture<HTMLTextAreaElement>(html`<textarea aria-label="Description"></textarea>`);
    Object.assign(area.style, { position: 'fixed', inset: '0', inlineSize: '100vw', blockSize: '100vh' });
    const toast = showToast('Saved', { duration: 5000 });
    await settle();
    area.focus();
    await frames();
    const region = document.querySelector('polis-toast-region')!;
    expect(getComputedStyle(part(region, 'base')!).visibility).toBe('hidden');
    vi.useFakeTimers();
    try {
      await vi.advanceTimersByTimeAsync(60_000);
      expect(toast.isConnected).toBe(true);
      area.blur();
      await vi.advanceTimersByTimeAsync(100);
      expect(getComputedStyle(part(region, 'base')!).visibility).toBe('visible');
      await vi.advanceTimersByTimeAsync(6000);
      expect(toast.isConnected).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not move while focus is inside it, and its toasts speak French inside lang="fr"', async () => {
    const wrapper = await fixture(
      html`<div lang="fr">
        <polis-toast-region><polis-toast>Demande envoyée</polis-toast></polis-toast-region>
      </div>`,
    );
    const region = wrapper.querySelector('polis-toast-region')!;
    const toast = region.querySelector('polis-toast')!;
    await expect.element(part(region, 'base')!).toHaveAccessibleName('Notifications');
    const close = part(toast, 'close-button')!;
    await expect.element(close).toHaveAccessibleName('Fermer la notification');
    const before = regionBox(region);
    toast.focus();
    await frames();
    expect(deepActiveElement()).toBe(close);
    expect(regionBox(region)).toEqual(before);
  });
});
