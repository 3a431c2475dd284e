import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import './define.js';
import { SERVICE_ALERT_SEVERITIES, serviceAlertStorageKey, type PolisServiceAlert } from './service-alert.js';
import { resetWarnings } from '../../base/dev.js';
import { forget, setStoragePolicy } from '../../base/storage.js';
import { fixture, part, settle } from '../../test/fixture.js';

const KEY = serviceAlertStorageKey('outage-2026-06');

afterEach(() => {
  setStoragePolicy(() => false);
  forget(KEY);
});

describe('polis-service-alert', () => {
  it('is a region named by its heading, with the severity in words and a decorative icon', async () => {
    const expected = { info: 'Notice:', warning: 'Warning:', emergency: 'Emergency:' };
    for (const severity of SERVICE_ALERT_SEVERITIES) {
      const el = await fixture<PolisServiceAlert>(html`
        <polis-service-alert severity=${severity} heading="Planned maintenance">
          <p>The service will be unavailable on Saturday from 8am to 10am.</p>
        </polis-service-alert>
      `);
      const base = part(el, 'base')!;
      await expect.element(base).toHaveRole('region');
      await expect.element(base).toHaveAccessibleName(`${expected[severity]} Planned maintenance`);
      const heading = part(el, 'heading')!;
      expect(heading.localName).toBe('h2');
      await expect.element(heading).toHaveRole('heading');
      expect(part(el, 'icon')?.getAttribute('aria-hidden')).toBe('true');
      expect(getComputedStyle(el).position).toBe('static');
    }
  });

  it('remembers a dismissal for the session only, without consent', async () => {
    const el = await fixture<PolisServiceAlert>(html`
      <polis-service-alert dismissible alert-id="outage-2026-06" heading="Planned maintenance">
        <p>Text</p>
      </polis-service-alert>
    `);
    const button = part<HTMLButtonElement>(el, 'dismiss-button')!;
    await expect.element(button).toHaveAccessibleName('Dismiss: Planned maintenance');
    const events: Event[] = [];
    el.addEventListener('polis-dismiss', (event) => events.push(event));
    await userEvent.click(button);
    expect(events).toHaveLength(1);
    expect(el.hidden).toBe(true);
    expect(sessionStorage.getItem(KEY)).toBe('dismissed');
    expect(localStorage.getItem(KEY)).toBeNull();

    // The next page: the same alert stays hidden.
    const again = await fixture<PolisServiceAlert>(html`
      <polis-service-alert
        dismissible
        alert-id="outage-2026-06"
        heading="Planned maintenance"
      ></polis-service-alert>
    `);
    expect(again.hidden).toBe(true);
    const other = await fixture<PolisServiceAlert>(html`
      <polis-service-alert dismissible alert-id="another" heading="Something else"></polis-service-alert>
    `);
    expect(other.hidden).toBe(false);
  });

  it('remembers a dismissal lastingly when the storage policy allows preferences', async () => {
    setStoragePolicy((purpose) => purpose === 'preferences');
    const el = await fixture<PolisServiceAlert>(html`
      <polis-service-alert
        dismissible
        alert-id="outage-2026-06"
        heading="Planned maintenance"
      ></polis-service-alert>
    `);
    el.dismiss();
    expect(localStorage.getItem(KEY)).toBe('dismissed');
    expect(sessionStorage.getItem(KEY)).toBeNull();
  });

  it('stays, and remembers nothing, when polis-dismiss is cancelled', async () => {
    const el = await fixture<PolisServiceAlert>(html`
      <polis-service-alert
        dismissible
        alert-id="outage-2026-06"
        heading="Planned maintenance"
      ></polis-service-alert>
    `);
    el.addEventListener('polis-dismiss', (event) => event.preventDefault());
    part<HTMLButtonElement>(el, 'dismiss-button')!.focus();
    await userEvent.keyboard('{Enter}');
    expect(el.hidden).toBe(false);
    expect(sessionStorage.getItem(KEY)).toBeNull();
  });

  it('moves focus to the main landmark when dismissed by keyboard', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div>
        <polis-service-alert
          dismissible
          alert-id="outage-2026-06"
          heading="Planned maintenance"
        ></polis-service-alert>
        <main><h1>Renew your passport</h1></main>
      </div>
    `);
    const el = wrapper.querySelector('polis-service-alert')!;
    part<HTMLButtonElement>(el, 'dismiss-button')!.focus();
    await userEvent.keyboard(' ');
    await settle();
    expect(el.hidden).toBe(true);
    expect(document.activeElement).toBe(wrapper.querySelector('main'));
  });

  it('without alert-id, hides but does not remember, with one warning', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await fixture<PolisServiceAlert>(
      html`<polis-service-alert dismissible heading="Planned maintenance"></polis-service-alert>`,
    );
    el.requestUpdate();
    await el.updateComplete;
    el.dismiss();
    expect(el.hidden).toBe(true);
    const keys = [...Object.keys(sessionStorage), ...Object.keys(localStorage)];
    expect(keys.filter((key) => key.startsWith('polis-service-alert:'))).toEqual([]);
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages.filter((m) => m.includes('without an alert-id'))).toHaveLength(1);
    warn.mockRestore();
  });

  it('cannot dismiss an emergency, and warns once', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await fixture<PolisServiceAlert>(html`
      <polis-service-alert
        severity="emergency"
        dismissible
        alert-id="flood"
        heading="Flood warning"
      ></polis-service-alert>
    `);
    expect(part(el, 'dismiss-button')).toBeNull();
    expect(el.dismiss()).toBe(false);
    expect(el.hidden).toBe(false);
    el.requestUpdate();
    await el.updateComplete;
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages.filter((m) => m.includes('cannot be dismissed'))).toHaveLength(1);
    warn.mockRestore();
  });

  it('falls back to defaults on bad attributes with one warning', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await fixture<PolisServiceAlert>(
      html`<polis-service-alert
        severity="critical"
        heading-level="seven"
        heading="Notice"
      ></polis-service-alert>`,
    );
    await expect.element(part(el, 'base')!).toHaveAccessibleName('Notice: Notice');
    expect(part(el, 'heading')?.localName).toBe('h2');
    el.requestUpdate();
    await el.updateComplete;
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages.filter((m) => m.includes('severity="critical"'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('heading-level="seven"'))).toHaveLength(1);
    warn.mockRestore();
  });

  it('speaks French inside lang="fr"', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div lang="fr">
        <polis-service-alert
          severity="warning"
          dismissible
          alert-id="outage-2026-06"
          heading="Maintenance prévue"
        >
          <p>Texte</p>
        </polis-service-alert>
      </div>
    `);
    const el = wrapper.querySelector('polis-service-alert')!;
    await expect.element(part(el, 'base')!).toHaveAccessibleName(/^Attention\s: Maintenance prévue$/);
    await expect.element(part(el, 'dismiss-button')!).toHaveAccessibleName(/^Masquer\s: Maintenance prévue$/);
    expect(part(el, 'dismiss-button')!.textContent?.trim()).toBe('Masquer');
  });
});
