import { afterEach, describe, expect, it } from 'vitest';
import { ANNOUNCE_DELAY, announce, ensureAnnouncer } from './announcer.js';

const regions = () => document.querySelectorAll('#polis-announcer [aria-live]');

afterEach(() => document.getElementById('polis-announcer')?.remove());

describe('announce()', () => {
  it('uses one light-DOM announcer whose regions exist empty before the first message', async () => {
    expect(ensureAnnouncer()).toBe(false);
    expect(ensureAnnouncer()).toBe(true);
    const [polite, assertive] = [...regions()];
    expect(polite?.getAttribute('aria-live')).toBe('polite');
    expect(assertive?.getAttribute('aria-live')).toBe('assertive');
    expect(polite?.textContent).toBe('');
    expect(document.getElementById('polis-announcer')?.getRootNode()).toBe(document);

    const done = announce('Your changes have been saved');
    expect(polite?.textContent).toBe('');
    await done;
    expect(polite?.textContent).toBe('Your changes have been saved');
    expect(document.querySelectorAll('#polis-announcer')).toHaveLength(1);
  });

  it('announces the same message again by emptying the region first', async () => {
    await announce('File removed');
    const polite = regions()[0]!;
    const texts: string[] = [];
    const observer = new MutationObserver(() => texts.push(polite.textContent ?? ''));
    observer.observe(polite, { childList: true, characterData: true, subtree: true });
    await announce('File removed');
    observer.disconnect();
    expect(texts).toEqual(['', 'File removed']);
  });

  it('uses the assertive region when asked, and ignores empty messages', async () => {
    await announce('Session about to expire', { politeness: 'assertive' });
    expect(regions()[1]?.textContent).toBe('Session about to expire');
    await announce('   ');
    expect(regions()[0]?.textContent).toBe('');
    expect(ANNOUNCE_DELAY).toBeGreaterThan(0);
  });
});
