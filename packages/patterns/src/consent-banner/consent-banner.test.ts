import { html } from 'lit';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ANNOUNCE_DELAY } from '@polis-ds/components';
import './define.js';
import type { PolisConsentBanner } from './consent-banner.js';
import {
  configure,
  consentMessages,
  createRecord,
  get,
  getConfig,
  save,
  serializeRecord,
} from '../consent/index.js';
import type { ConsentChangeDetail, ConsentRecord } from '../consent/types.js';
import {
  cookie,
  deepActiveElement,
  fixture,
  part,
  settle,
  stubGpc,
  testConfig,
  text,
  watchWrites,
} from '../test/consent-fixture.js';

const COOKIE = 'polis_consent_banner_test';
const config = (overrides = {}) => testConfig(overrides, COOKIE);
const DAY = 24 * 60 * 60 * 1000;

/** Long enough for the announcer to write (it waits ANNOUNCE_DELAY before writing). */
const afterAnnouncement = () => new Promise((resolve) => setTimeout(resolve, ANNOUNCE_DELAY * 2));
const politeRegion = () => document.querySelector('#polis-announcer [aria-live="polite"]');

/** The record in the consent cookie, read straight from the browser. */
function storedRecord(): ConsentRecord | null {
  const value = cookie(COOKIE);
  return value ? (JSON.parse(decodeURIComponent(value)) as ConsentRecord) : null;
}

/** Counts `polis-consent-change` events on document until `stop()`. */
function countChanges() {
  const events: ConsentChangeDetail[] = [];
  const listener = (event: CustomEvent<ConsentChangeDetail>) => events.push(event.detail);
  document.addEventListener('polis-consent-change', listener);
  return { events, stop: () => document.removeEventListener('polis-consent-change', listener) };
}

const page_ = (
  banner = html`<polis-consent-banner service="Apply for a permit"></polis-consent-banner>`,
) => html`
  <div>
    ${banner}
    <main><h1>Apply for a permit</h1></main>
  </div>
`;

async function banner(template = page_()): Promise<PolisConsentBanner> {
  const container = await fixture<HTMLElement>(template);
  return container.querySelector('polis-consent-banner')!;
}

const buttons = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];

beforeAll(async () => {
  await consentMessages.load('fr');
});

afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await page.viewport(414, 896);
});

describe('polis-consent-banner before configure', () => {
  // Must run first: the page-wide manager cannot be unconfigured.
  it('renders nothing, and hides the server-rendered fallback, until configure() is called', async () => {
    expect(getConfig()).toBeNull();
    const form = document.createElement('form');
    form.method = 'post';
    const submit = document.createElement('button');
    submit.name = 'consent';
    submit.value = 'accept';
    submit.textContent = 'Accept additional cookies';
    form.append(submit);
    const el = await banner();
    el.append(form);
    await settle();
    expect(el.hidden).toBe(true);
    expect(el.shadowRoot!.querySelector('[part="base"]')).toBeNull();
    // No default slot: the no-JavaScript form is never shown once the element is defined.
    expect(form.checkVisibility()).toBe(false);

    configure(config());
    await settle();
    expect(el.hidden).toBe(false);
    expect(part(el, 'question')).not.toBeNull();
    expect(form.checkVisibility()).toBe(false);
  });
});

describe('polis-consent-banner', () => {
  it('asks the question in a region named by its heading, with two real buttons and a link to the cookies page', async () => {
    configure(config());
    const el = await banner(
      page_(
        html`<polis-consent-banner service="Apply for a permit" heading-level="3"></polis-consent-banner>`,
      ),
    );
    const base = part(el, 'base')!;
    await expect.element(base).toHaveRole('region');
    await expect.element(base).toHaveAccessibleName('Cookies on Apply for a permit');
    const heading = part(el, 'heading')!;
    expect(heading.localName).toBe('h3');
    expect(text(heading)).toBe('Cookies on Apply for a permit');
    expect(text(part(el, 'content'))).toBe(
      'We use some essential cookies to make this service work. We’d also like to use cookies for these purposes, if you agree: analytics and marketing.',
    );
    const [accept, reject] = buttons(el);
    expect(buttons(el)).toHaveLength(2);
    for (const button of [accept!, reject!]) {
      expect(button.localName).toBe('button');
      expect(button.type).toBe('button');
    }
    await expect.element(accept!).toHaveAccessibleName('Accept additional cookies');
    await expect.element(reject!).toHaveAccessibleName('Reject additional cookies');
    const link = part<HTMLAnchorElement>(el, 'link')!;
    expect(link.getAttribute('href')).toBe('/cookies');
    expect(text(link)).toBe('View cookies');
    expect(part(el, 'gpc-notice')).toBeNull();
  });

  it('falls back to "this service" and heading level 2', async () => {
    configure(config());
    const el = await banner(page_(html`<polis-consent-banner heading-level="9"></polis-consent-banner>`));
    expect(part(el, 'heading')!.localName).toBe('h2');
    expect(text(part(el, 'heading'))).toBe('Cookies on this service');
  });

  for (const [width, height] of [
    [1024, 768],
    [320, 640],
  ] as const) {
    it(`gives accepting and rejecting the same size, colour and weight (${width} px wide)`, async () => {
      await page.viewport(width, height);
      configure(config());
      const el = await banner();
      const [accept, reject] = buttons(el).map((button) => ({
        rect: button.getBoundingClientRect(),
        style: getComputedStyle(button),
      }));
      expect(Math.abs(accept!.rect.width - reject!.rect.width)).toBeLessThan(0.5);
      expect(Math.abs(accept!.rect.height - reject!.rect.height)).toBeLessThan(0.5);
      for (const property of ['backgroundColor', 'color', 'fontWeight', 'fontSize', 'borderColor'] as const) {
        expect(accept!.style[property]).toBe(reject!.style[property]);
      }
      if (width > 600) expect(accept!.rect.top).toBe(reject!.rect.top);
      else expect(reject!.rect.top).toBeGreaterThan(accept!.rect.top);
      // Neither is fixed nor sticky.
      expect(getComputedStyle(part(el, 'base')!).position).toBe('static');
    });
  }

  it('writes nothing (no cookie, no storage) before a choice', async () => {
    const writes = watchWrites();
    try {
      configure(config());
      const el = await banner();
      await settle();
      expect(el.hidden).toBe(false);
      expect(writes.cookies).toEqual([]);
      expect(writes.storage).toEqual([]);
      expect(cookie(COOKIE)).toBeNull();
      expect(get()).toBeNull();
    } finally {
      writes.restore();
    }
  });

  it('accept: records every category granted, shows a focused, announced confirmation', async () => {
    configure(config());
    const changes = countChanges();
    const el = await banner();
    await userEvent.click(buttons(el)[0]!);
    await settle();
    changes.stop();
    const record = storedRecord()!;
    expect(record.choices).toEqual({ analytics: true, marketing: true });
    expect(record.method).toBe('banner');
    expect(record.revision).toBe(1);
    expect(changes.events).toHaveLength(1);

    expect(part(el, 'question')).toBeNull();
    const confirmation = part(el, 'confirmation')!;
    expect(confirmation.getAttribute('tabindex')).toBe('-1');
    expect(deepActiveElement()).toBe(confirmation);
    expect(text(part(el, 'content'))).toBe(
      'You’ve accepted additional cookies. You can change your cookie settings at any time.',
    );
    const link = confirmation.querySelector('a')!;
    expect(text(link)).toBe('change your cookie settings');
    expect(link.getAttribute('href')).toBe('/cookies');
    await expect.element(part(el, 'hide-button')!).toHaveAccessibleName('Hide cookie message');
    // Still the same named region.
    await expect.element(part(el, 'base')!).toHaveAccessibleName('Cookies on Apply for a permit');
    await afterAnnouncement();
    expect(text(politeRegion())).toBe(
      'You’ve accepted additional cookies. You can change your cookie settings at any time.',
    );
  });

  it('reject: records every category refused and confirms it', async () => {
    configure(config());
    const el = await banner();
    await userEvent.click(buttons(el)[1]!);
    await settle();
    expect(storedRecord()!.choices).toEqual({ analytics: false, marketing: false });
    expect(text(part(el, 'content'))).toBe(
      'You’ve rejected additional cookies. You can change your cookie settings at any time.',
    );
    expect(deepActiveElement()).toBe(part(el, 'confirmation'));
  });

  it('records one choice and fires one event however many times the button is pressed', async () => {
    const records: ConsentRecord[] = [];
    configure(config({ onRecord: (record: ConsentRecord) => records.push(record) }));
    const changes = countChanges();
    const el = await banner();
    const [accept, reject] = buttons(el);
    accept!.click();
    // Both are disabled at once, before the element re-renders.
    expect(accept!.disabled).toBe(true);
    expect(reject!.disabled).toBe(true);
    accept!.click();
    reject!.click();
    await settle();
    changes.stop();
    expect(records).toHaveLength(1);
    expect(changes.events).toHaveLength(1);
    expect(storedRecord()!.choices).toEqual({ analytics: true, marketing: true });
  });

  it('a double click on accept records once and leaves the confirmation showing', async () => {
    const records: ConsentRecord[] = [];
    configure(config({ onRecord: (record: ConsentRecord) => records.push(record) }));
    const changes = countChanges();
    const el = await banner();
    await userEvent.dblClick(buttons(el)[0]!);
    await settle();
    changes.stop();
    expect(records).toHaveLength(1);
    expect(changes.events).toHaveLength(1);
    // The second click may land on "Hide cookie message": it is not a request to hide.
    expect(el.hidden).toBe(false);
    expect(part(el, 'confirmation')).not.toBeNull();
  });

  it('"Hide cookie message" hides the banner and moves focus to the main content', async () => {
    configure(config());
    const el = await banner();
    const dismissals = vi.fn();
    el.addEventListener('polis-dismiss', dismissals);
    await userEvent.click(buttons(el)[0]!);
    await settle();
    await userEvent.click(part(el, 'hide-button')!);
    await settle();
    expect(dismissals).toHaveBeenCalledTimes(1);
    expect(el.hidden).toBe(true);
    expect(el.checkVisibility()).toBe(false);
    const main = el.parentElement!.querySelector('main')!;
    expect(document.activeElement).toBe(main);
    expect(main.getAttribute('tabindex')).toBe('-1');
    main.blur();
    expect(main.hasAttribute('tabindex')).toBe(false);
  });

  it('stays when polis-dismiss is cancelled', async () => {
    configure(config());
    const el = await banner();
    el.addEventListener('polis-dismiss', (event) => event.preventDefault());
    await userEvent.click(buttons(el)[1]!);
    await settle();
    expect(el.hide()).toBe(false);
    expect(el.hidden).toBe(false);
  });

  it('works with the keyboard alone: Tab, Enter, Tab, Space', async () => {
    configure(config());
    const container = await fixture<HTMLElement>(html`
      <div>
        <button type="button" id="before">Before</button>
        <polis-consent-banner service="Apply for a permit"></polis-consent-banner>
        <main><h1>Apply for a permit</h1></main>
      </div>
    `);
    const el = container.querySelector('polis-consent-banner')!;
    container.querySelector<HTMLButtonElement>('#before')!.focus();
    await userEvent.keyboard('{Tab}');
    expect(deepActiveElement()).toBe(part(el, 'accept-button'));
    await userEvent.keyboard('{Tab}');
    expect(deepActiveElement()).toBe(part(el, 'reject-button'));
    await userEvent.keyboard('{Tab}');
    expect(deepActiveElement()).toBe(part(el, 'link'));
    await userEvent.keyboard('{Shift>}{Tab}{Tab}{/Shift}');
    expect(deepActiveElement()).toBe(part(el, 'accept-button'));
    await userEvent.keyboard('{Enter}');
    await settle();
    expect(storedRecord()!.choices).toEqual({ analytics: true, marketing: true });
    expect(deepActiveElement()).toBe(part(el, 'confirmation'));
    await userEvent.keyboard('{Tab}');
    expect(text(deepActiveElement())).toBe('change your cookie settings');
    await userEvent.keyboard('{Tab}');
    expect(deepActiveElement()).toBe(part(el, 'hide-button'));
    await userEvent.keyboard(' ');
    await settle();
    expect(el.hidden).toBe(true);
    expect(document.activeElement).toBe(container.querySelector('main'));
  });

  it('speaks the language of the page, French included', async () => {
    document.documentElement.lang = 'fr';
    configure(config());
    const el = await banner();
    expect(text(part(el, 'heading'))).toBe('Les cookies sur Apply for a permit');
    expect(text(part(el, 'content'))).toBe(
      'Nous utilisons des cookies indispensables au fonctionnement de ce service. Nous aimerions aussi utiliser des cookies pour les finalités suivantes, si vous êtes d’accord\u202f: mesure d’audience et publicité.',
    );
    expect(buttons(el).map(text)).toEqual([
      'Accepter les cookies supplémentaires',
      'Refuser les cookies supplémentaires',
    ]);
    expect(text(part(el, 'link'))).toBe('Voir les cookies');
    await userEvent.click(buttons(el)[1]!);
    await settle();
    expect(text(part(el, 'content'))).toBe(
      'Vous avez refusé les cookies supplémentaires. Vous pouvez modifier vos paramètres de cookies à tout moment.',
    );
    expect(text(part(el, 'confirmation')!.querySelector('a'))).toBe('modifier vos paramètres de cookies');
    expect(text(part(el, 'hide-button'))).toBe('Masquer le message sur les cookies');
    await afterAnnouncement();
    expect(text(politeRegion())).toMatch(/^Vous avez refusé les cookies supplémentaires/);
  });

  it('follows the nearest lang, and changes language when it changes', async () => {
    configure(config());
    const container = await fixture<HTMLElement>(
      html`<div lang="fr"><polis-consent-banner></polis-consent-banner></div>`,
    );
    const el = container.querySelector('polis-consent-banner')!;
    expect(text(part(el, 'heading'))).toBe('Les cookies sur ce service');
    container.lang = 'en';
    await settle();
    expect(text(part(el, 'heading'))).toBe('Cookies on this service');
  });

  describe('Global Privacy Control', () => {
    let restore: () => void = () => {};
    afterEach(() => restore());

    it('says the signal is honoured, and accepting leaves the GPC categories refused', async () => {
      restore = stubGpc(true);
      configure(config());
      const el = await banner();
      const notice = consentMessages.translate('consentGpcHonoured', 'en', { purposes: 'marketing' });
      expect(notice).toMatch(
        /^Your browser asked sites not to sell or share your data \(Global Privacy Control\)\./,
      );
      expect(text(part(el, 'gpc-notice'))).toBe(notice);
      await userEvent.click(buttons(el)[0]!);
      await settle();
      const record = storedRecord()!;
      expect(record.choices).toEqual({ analytics: true, marketing: false });
      expect(record.gpc).toBe(true);
      expect(text(part(el, 'content'))).toBe(
        `You’ve accepted some additional cookies. You can change your cookie settings at any time. ${notice}`,
      );
    });

    it('shows no notice when no category is marked gpc', async () => {
      restore = stubGpc(true);
      const base = config();
      configure({
        ...base,
        categories: { analytics: base.categories.analytics! },
      });
      const el = await banner();
      expect(part(el, 'gpc-notice')).toBeNull();
    });
  });

  describe('when to ask again', () => {
    it('stays hidden while a valid record exists', async () => {
      configure(config());
      save({ analytics: false, marketing: false }, 'settings');
      const el = await banner();
      expect(el.hidden).toBe(true);
      expect(el.shadowRoot!.querySelector('[part="base"]')).toBeNull();
    });

    it('asks nothing when no category is configured (there is nothing optional to accept)', async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      configure(config({ categories: {} }));
      const el = await banner();
      expect(el.hidden).toBe(true);
      expect(el.shadowRoot!.querySelector('[part="base"]')).toBeNull();
    });

    it('asks again when the revision of the cookie policy is raised', async () => {
      configure(config());
      save({ analytics: true, marketing: false }, 'settings');
      const el = await banner();
      expect(el.hidden).toBe(true);
      configure(config({ revision: 2 }));
      await settle();
      expect(el.hidden).toBe(false);
      expect(part(el, 'question')).not.toBeNull();
    });

    it('asks again once the record has expired (fake clock)', async () => {
      configure(config());
      const el = await banner();
      await userEvent.click(buttons(el)[0]!);
      await settle();
      el.parentElement!.remove();
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() + 364 * DAY);
      const before = await banner();
      expect(before.hidden).toBe(true);
      before.parentElement!.remove();
      vi.setSystemTime(Date.now() + 2 * DAY);
      const later = await banner();
      expect(later.hidden).toBe(false);
      expect(part(later, 'question')).not.toBeNull();
    });

    it('asks again when the stored record has expired, though the cookie is still there', async () => {
      const cfg = config();
      configure(cfg);
      const old = createRecord(cfg, { analytics: true }, { method: 'banner', now: Date.now() - 400 * DAY });
      document.cookie = `${COOKIE}=${serializeRecord(old)}; Path=/; Max-Age=3600`;
      const el = await banner();
      expect(el.hidden).toBe(false);
    });

    it('hides the question when a choice is made elsewhere on the page', async () => {
      configure(config());
      const el = await banner();
      expect(el.hidden).toBe(false);
      save({ analytics: true, marketing: false }, 'settings');
      await settle();
      expect(el.hidden).toBe(true);
    });
  });

  describe('development warnings', () => {
    it('warns once when the banner comes after <main>, and once when it is in a fixed container', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      configure(config());
      await fixture(
        html`<div>
          <main><p>Content</p></main>
          <polis-consent-banner></polis-consent-banner>
          <polis-consent-banner></polis-consent-banner>
        </div>`,
      );
      const placement = warn.mock.calls.filter(([message]) => String(message).includes('comes after <main>'));
      expect(placement).toHaveLength(1);
      await fixture(
        html`<div class="fixed-test">
          <polis-consent-banner></polis-consent-banner>
        </div>`,
      );
      const box = document.querySelector<HTMLElement>('.fixed-test')!;
      // CSSOM rather than a style attribute: the suite has no inline styles.
      box.style.position = 'fixed';
      const late = document.createElement('polis-consent-banner');
      box.append(late);
      await settle();
      const fixed = warn.mock.calls.filter(([message]) => String(message).includes('fixed container'));
      expect(fixed).toHaveLength(1);
    });

    it('warns when no cookies page is configured, and shows no link', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      configure(config({ cookiesPage: undefined }));
      const el = await banner();
      expect(part(el, 'link')).toBeNull();
      expect(warn.mock.calls.some(([message]) => String(message).includes('cookiesPage'))).toBe(true);
    });
  });
});
