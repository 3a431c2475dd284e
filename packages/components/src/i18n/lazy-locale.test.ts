import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import '../components/warning-text/define.js';
import { fixture } from '../test/fixture.js';
import { components, loadLocale } from './registry.js';

const requested = (code: string) =>
  performance
    .getEntriesByType('resource')
    .some((entry) =>
      new RegExp(`/locales/${code}\\.ts(\\?|$)`).test(
        new URL(entry.name).pathname + new URL(entry.name).search,
      ),
    );

describe('locales loaded on demand', () => {
  it('shows English at once, then the page language as soon as its strings arrive, downloading only that language', async () => {
    expect(components.isReady('de')).toBe(false);
    expect(requested('de')).toBe(false);
    const el = await fixture(html`<div lang="de-AT"><polis-warning-text>Achtung</polis-warning-text></div>`);
    const prefix = () =>
      el
        .querySelector('polis-warning-text')!
        .shadowRoot!.querySelector('.visually-hidden')!
        .textContent!.trim();
    // The first render cannot wait for the network: it reads English (or German, if the
    // module arrived first), never nothing.
    expect(prefix()).not.toBe('');
    await loadLocale('de');
    const german = components.translate('warning', 'de');
    expect(german).not.toBe('Warning');
    await expect.poll(prefix).toBe(german);
    expect(requested('de')).toBe(true);
    expect(requested('es')).toBe(false);
    expect(requested('ar')).toBe(false);
  });
});
