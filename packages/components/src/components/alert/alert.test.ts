import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import './define.js';
import { ALERT_VARIANTS, type PolisAlert } from './alert.js';
import { ANNOUNCE_DELAY } from '../../base/announcer.js';
import { resetWarnings } from '../../base/dev.js';
import { fixture, part, settle } from '../../test/fixture.js';

const regions = () => [...document.querySelectorAll<HTMLElement>('#polis-announcer [aria-live]')];
const polite = () => regions().find((r) => r.getAttribute('aria-live') === 'polite');
const assertive = () => regions().find((r) => r.getAttribute('aria-live') === 'assertive');
/** Long enough for the announcer to write (it waits ANNOUNCE_DELAY before writing). */
const afterAnnouncement = () => new Promise((resolve) => setTimeout(resolve, ANNOUNCE_DELAY * 2));

afterEach(() => document.getElementById('polis-announcer')?.remove());

describe('polis-alert', () => {
  it('says what kind of message it is in words, with a decorative icon, for every variant', async () => {
    const expected = { info: 'Information:', success: 'Success:', warning: 'Warning:', error: 'Error:' };
    for (const variant of ALERT_VARIANTS) {
      const el = await fixture<PolisAlert>(
        html`<polis-alert variant=${variant} heading="Your payment"><p>Body</p></polis-alert>`,
      );
      const heading = part(el, 'heading')!;
      await expect.element(heading).toHaveRole('heading');
      await expect.element(heading).toHaveAccessibleName(`${expected[variant]} Your payment`);
      expect(heading.localName).toBe('h2');
      expect(heading.querySelector('.visually-hidden')?.textContent?.trim()).toBe(expected[variant]);
      expect(part(el, 'icon')?.getAttribute('aria-hidden')).toBe('true');
      // Not a live region of its own: announcements go through the light-DOM announcer.
      expect(el.shadowRoot!.querySelector('[aria-live], [role="alert"], [role="status"]')).toBeNull();
    }
  });

  it('without a heading, puts the prefix before the message', async () => {
    const el = await fixture<PolisAlert>(
      html`<polis-alert variant="warning">You can only apply once.</polis-alert>`,
    );
    expect(part(el, 'heading')).toBeNull();
    const content = part(el, 'content')!;
    expect(content.firstElementChild?.textContent?.trim()).toBe('Warning:');
    expect(content.firstElementChild?.classList.contains('visually-hidden')).toBe(true);
  });

  it('is silent without live', async () => {
    const el = await fixture<PolisAlert>(
      html`<polis-alert heading="Saved">Your draft is saved.</polis-alert>`,
    );
    el.heading = 'Saved again';
    el.textContent = 'Changed';
    await settle();
    await afterAnnouncement();
    expect(document.getElementById('polis-announcer')).toBeNull();
  });

  it('with live, announces its heading and text politely when it appears and when it changes', async () => {
    const el = await fixture<PolisAlert>(
      html`<polis-alert live variant="success" heading="Draft saved"
        ><p>We saved your answers.</p></polis-alert
      >`,
    );
    await afterAnnouncement();
    expect(polite()?.textContent).toBe('Success: Draft saved We saved your answers.');
    expect(assertive()?.textContent).toBe('');
    expect(document.getElementById('polis-announcer')?.getRootNode()).toBe(document);

    el.querySelector('p')!.textContent = 'We saved your answers again.';
    await settle();
    await afterAnnouncement();
    expect(polite()?.textContent).toBe('Success: Draft saved We saved your answers again.');

    el.hidden = true;
    await settle();
    polite()!.textContent = '';
    el.hidden = false;
    await settle();
    await afterAnnouncement();
    expect(polite()?.textContent).toBe('Success: Draft saved We saved your answers again.');
  });

  it('announces an error assertively', async () => {
    await fixture<PolisAlert>(
      html`<polis-alert live variant="error" heading="Payment failed">Your card was declined.</polis-alert>`,
    );
    await afterAnnouncement();
    expect(assertive()?.textContent).toBe('Error: Payment failed Your card was declined.');
  });

  it('falls back to defaults on bad attributes with one warning', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await fixture<PolisAlert>(
      html`<polis-alert variant="danger" heading="Heads up" heading-level="0">Text</polis-alert>`,
    );
    expect(part(el, 'base')?.classList.contains('alert--info')).toBe(true);
    expect(part(el, 'heading')?.localName).toBe('h2');
    el.requestUpdate();
    await el.updateComplete;
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages.filter((m) => m.includes('variant="danger"'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('heading-level="0"'))).toHaveLength(1);
    warn.mockRestore();
    const h3 = await fixture<PolisAlert>(
      html`<polis-alert heading="Title" heading-level="3">Text</polis-alert>`,
    );
    expect(part(h3, 'heading')?.localName).toBe('h3');
  });

  it('speaks French inside lang="fr", also through the announcer', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="fr"><polis-alert live variant="warning" heading="Délai">Texte</polis-alert></div>`,
    );
    const el = wrapper.querySelector('polis-alert')!;
    await expect.element(part(el, 'heading')!).toHaveAccessibleName(/^Attention\s: Délai$/);
    await afterAnnouncement();
    expect(polite()?.textContent).toBe('Attention\u202f: Délai Texte');
  });
});
