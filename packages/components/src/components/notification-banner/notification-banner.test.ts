import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import './define.js';
import type { PolisNotificationBanner } from './notification-banner.js';
import { resetWarnings } from '../../base/dev.js';
import { deepActiveElement, fixture, part, settle } from '../../test/fixture.js';

afterEach(() => {
  (document.activeElement as HTMLElement | null)?.blur?.();
});

describe('polis-notification-banner', () => {
  it('is a region named by its "Important" heading, and does not take focus', async () => {
    const el = await fixture<PolisNotificationBanner>(html`
      <polis-notification-banner
        ><p>You have 7 days left to send your application.</p></polis-notification-banner
      >
    `);
    const base = part(el, 'base')!;
    await expect.element(base).toHaveRole('region');
    await expect.element(base).toHaveAccessibleName('Important');
    const heading = part(el, 'heading')!;
    expect(heading.localName).toBe('h2');
    await expect.element(heading).toHaveRole('heading');
    expect(document.activeElement).not.toBe(el);
    expect(base.hasAttribute('tabindex')).toBe(false);
    expect(part(el, 'dismiss-button')).toBeNull();
  });

  it('as a success banner, is an alert named "Success" that takes focus, then gives up its tabindex', async () => {
    const el = await fixture<PolisNotificationBanner>(html`
      <polis-notification-banner type="success">
        <h3>Your parking permit has been renewed</h3>
        <p>Contact <a href="#">example@department.gov.uk</a> if you think there’s a problem.</p>
      </polis-notification-banner>
    `);
    const base = part(el, 'base')!;
    await expect.element(base).toHaveRole('alert');
    await expect.element(base).toHaveAccessibleName('Success');
    expect(document.activeElement).toBe(el);
    expect(deepActiveElement()).toBe(base);
    expect(base.getAttribute('tabindex')).toBe('-1');
    base.blur();
    expect(base.hasAttribute('tabindex')).toBe(false);
  });

  it('takes focus again when a hidden success banner is shown, but not with disable-auto-focus', async () => {
    const el = await fixture<PolisNotificationBanner>(
      html`<polis-notification-banner type="success" hidden><p>Saved</p></polis-notification-banner>`,
    );
    expect(document.activeElement).not.toBe(el);
    el.hidden = false;
    await settle();
    expect(deepActiveElement()).toBe(part(el, 'base'));
    (deepActiveElement() as HTMLElement).blur();

    el.hidden = true;
    await settle();
    el.removeAttribute('hidden');
    await settle();
    expect(deepActiveElement()).toBe(part(el, 'base'));

    const quiet = await fixture<PolisNotificationBanner>(
      html`<polis-notification-banner type="success" disable-auto-focus
        ><p>Saved</p></polis-notification-banner
      >`,
    );
    expect(document.activeElement).not.toBe(quiet);
  });

  it('takes a heading, a heading level, and falls back with one warning on bad values', async () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await fixture<PolisNotificationBanner>(html`
      <polis-notification-banner type="urgent" heading="Your application" heading-level="9">
        <p>Text</p>
      </polis-notification-banner>
    `);
    expect(part(el, 'heading')?.localName).toBe('h2');
    await expect.element(part(el, 'base')!).toHaveRole('region');
    await expect.element(part(el, 'base')!).toHaveAccessibleName('Your application');
    el.requestUpdate();
    await el.updateComplete;
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages.filter((m) => m.includes('type="urgent"'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('heading-level="9"'))).toHaveLength(1);
    warn.mockRestore();

    const h4 = await fixture<PolisNotificationBanner>(
      html`<polis-notification-banner heading-level="4"><p>Text</p></polis-notification-banner>`,
    );
    expect(part(h4, 'heading')?.localName).toBe('h4');
  });

  it('dismisses with a button named after the banner, and moves focus to the main landmark', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <main>
        <polis-notification-banner dismissible heading="Service update">
          <p>Applications reopen on Monday.</p>
        </polis-notification-banner>
        <h1>Apply for a licence</h1>
      </main>
    `);
    const el = wrapper.querySelector<PolisNotificationBanner>('polis-notification-banner')!;
    const button = part<HTMLButtonElement>(el, 'dismiss-button')!;
    await expect.element(button).toHaveRole('button');
    await expect.element(button).toHaveAccessibleName('Dismiss: Service update');
    expect(button.textContent?.trim()).toBe('Dismiss');

    const events: Event[] = [];
    el.addEventListener('polis-dismiss', (event) => events.push(event));
    button.focus();
    await userEvent.keyboard('{Enter}');
    await settle();
    expect(events).toHaveLength(1);
    expect(events[0]!.cancelable).toBe(true);
    expect(el.hidden).toBe(true);
    expect(el.hasAttribute('hidden')).toBe(true);
    expect(document.activeElement).toBe(wrapper);
    wrapper.blur();
    expect(wrapper.hasAttribute('tabindex')).toBe(false);
  });

  it('stays when polis-dismiss is cancelled, and leaves focus alone when it was elsewhere', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div>
        <button type="button">Elsewhere</button>
        <polis-notification-banner dismissible><p>Text</p></polis-notification-banner>
      </div>
    `);
    const el = wrapper.querySelector<PolisNotificationBanner>('polis-notification-banner')!;
    const cancel = (event: Event) => event.preventDefault();
    el.addEventListener('polis-dismiss', cancel);
    await userEvent.click(part(el, 'dismiss-button')!);
    await settle();
    expect(el.hidden).toBe(false);
    expect(deepActiveElement()).toBe(part(el, 'dismiss-button'));

    el.removeEventListener('polis-dismiss', cancel);
    const elsewhere = wrapper.querySelector('button')!;
    elsewhere.focus();
    expect(el.dismiss()).toBe(true);
    expect(el.hidden).toBe(true);
    expect(document.activeElement).toBe(elsewhere);
  });

  it('without a main landmark, moves focus to the banner’s parent rather than losing it', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <section aria-label="Messages">
        <polis-notification-banner dismissible type="success" heading="Saved"></polis-notification-banner>
      </section>
    `);
    const el = wrapper.querySelector<PolisNotificationBanner>('polis-notification-banner')!;
    await userEvent.click(part(el, 'dismiss-button')!);
    expect(el.hidden).toBe(true);
    expect(document.activeElement).toBe(wrapper);
  });

  it('speaks French inside lang="fr"', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div lang="fr">
        <polis-notification-banner dismissible><p>Texte</p></polis-notification-banner>
        <polis-notification-banner type="success" disable-auto-focus><p>Texte</p></polis-notification-banner>
      </div>
    `);
    const [important, success] = [...wrapper.querySelectorAll('polis-notification-banner')];
    await expect.element(part(important!, 'base')!).toHaveAccessibleName('Important');
    await expect.element(part(important!, 'dismiss-button')!).toHaveAccessibleName(/^Masquer\s: Important$/);
    expect(part(important!, 'dismiss-button')!.getAttribute('aria-label')).toBe('Masquer\u202f: Important');
    expect(part(important!, 'dismiss-button')!.textContent?.trim()).toBe('Masquer');
    await expect.element(part(success!, 'base')!).toHaveAccessibleName('Opération réussie');
  });
});
