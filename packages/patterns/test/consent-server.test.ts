// Consent on the server: no DOM, plain strings in and out. Tested in Node.
import { describe, expect, it, vi } from 'vitest';
import {
  consentState,
  escapeHtml,
  gpcFromHeaders,
  handleConsentForm,
  readConsent,
  renderBannerHtml,
  safeReturnTo,
} from '../src/consent/server.js';
import { createRecord, serializeRecord } from '../src/consent/record.js';
import type { ConsentConfig, ConsentRecord } from '../src/consent/types.js';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-03-01T12:00:00.000Z');

function makeConfig(overrides: Partial<ConsentConfig> = {}): ConsentConfig {
  return {
    revision: 1,
    categories: {
      analytics: { label: 'Analytics', description: 'Google Analytics', cookies: ['_gid', /^_ga(_|$)/] },
      marketing: { label: { en: 'Marketing', fr: 'Publicité' }, description: 'Adverts', gpc: true },
    },
    cookiesPage: '/cookies',
    ...overrides,
  };
}

function cookieOf(record: ConsentRecord): string {
  return `polis_consent=${serializeRecord(record)}`;
}

describe('reading consent from a request', () => {
  it('reads the valid record from the Cookie header, or null', () => {
    const config = makeConfig();
    const record = createRecord(config, { analytics: true }, { method: 'banner', now: NOW });
    expect(readConsent(`a=1; ${cookieOf(record)}`, config, NOW)).toEqual(record);
    expect(readConsent(cookieOf(record), config, NOW + 366 * DAY)).toBeNull();
    expect(readConsent(cookieOf(record), makeConfig({ revision: 2 }), NOW)).toBeNull();
    expect(readConsent('polis_consent=%7B%22id%22%3A', config, NOW)).toBeNull();
    expect(readConsent(undefined, config, NOW)).toBeNull();
  });

  it('reads Sec-GPC: 1 from plain objects (any case, arrays) and Headers', () => {
    expect(gpcFromHeaders({ 'sec-gpc': '1' })).toBe(true);
    expect(gpcFromHeaders({ 'Sec-GPC': ' 1 ' })).toBe(true);
    expect(gpcFromHeaders({ 'SEC-GPC': ['1'] })).toBe(true);
    expect(gpcFromHeaders(new Headers({ 'Sec-GPC': '1' }))).toBe(true);
    expect(gpcFromHeaders({ 'sec-gpc': '0' })).toBe(false);
    expect(gpcFromHeaders({ 'sec-gpc': 'true' })).toBe(false);
    expect(gpcFromHeaders({})).toBe(false);
    expect(gpcFromHeaders(new Headers())).toBe(false);
    expect(gpcFromHeaders(null)).toBe(false);
  });

  it('sums up the state of a request', () => {
    const config = makeConfig();
    expect(consentState({ headers: { 'sec-gpc': '1' } }, config)).toEqual({
      record: null,
      needsChoice: true,
      gpc: true,
    });
    const record = createRecord(config, {}, { method: 'server', now: NOW });
    const state = consentState({ headers: new Headers({ Cookie: cookieOf(record) }) }, config, NOW);
    expect(state).toEqual({ record, needsChoice: false, gpc: false });
  });
});

describe('the consent form', () => {
  it('accepts everything from the banner, with a Secure cookie and onRecord', () => {
    const onRecord = vi.fn();
    const config = makeConfig({ onRecord });
    const result = handleConsentForm(new URLSearchParams('consent=accept&returnTo=/apply/start'), {
      config,
      now: NOW,
    });
    expect(result.errors).toBeNull();
    expect(result.record?.choices).toEqual({ analytics: true, marketing: true });
    expect(result.record?.method).toBe('server');
    expect(result.record?.gpc).toBe(false);
    expect(result.setCookie).toMatch(/^polis_consent=.+; Path=\/; Max-Age=31536000; SameSite=Lax; Secure$/);
    expect(result.returnTo).toBe('/apply/start');
    expect(result.changed).toEqual(['analytics', 'marketing']);
    expect(onRecord).toHaveBeenCalledExactlyOnceWith(result.record);
  });

  it('rejects everything, for half a year, and deletes refused cookies the request carried', () => {
    const result = handleConsentForm(
      { consent: 'reject' },
      {
        config: makeConfig(),
        secure: false,
        now: NOW,
        headers: { cookie: '_ga=GA1; _ga_ABC=GS1; _gid=1; session=abc', host: 'www.example.gov.uk:443' },
      },
    );
    expect(result.record?.choices).toEqual({ analytics: false, marketing: false });
    expect(result.setCookie).toContain(`Max-Age=${182 * 24 * 60 * 60}`);
    expect(result.setCookie).not.toContain('Secure');
    const cleared = result.clearCookies.map((header) => header.split('=')[0]);
    expect(new Set(cleared)).toEqual(new Set(['_ga', '_ga_ABC', '_gid']));
    expect(result.clearCookies).toContain(
      '_ga=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Domain=.example.gov.uk',
    );
    expect(result.clearCookies).toContain('_ga=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  });

  it('honours Global Privacy Control on accept, and lets an explicit yes grant', () => {
    const config = makeConfig();
    const headers = { 'Sec-GPC': '1' };
    const accepted = handleConsentForm({ consent: 'accept' }, { config, headers, now: NOW });
    expect(accepted.record?.choices).toEqual({ analytics: true, marketing: false });
    expect(accepted.record?.gpc).toBe(true);
    const saved = handleConsentForm(
      { consent: 'save', analytics: 'no', marketing: 'yes' },
      { config, headers: { ...headers, cookie: cookieOf(accepted.record!) }, now: NOW + 1000 },
    );
    expect(saved.record?.choices).toEqual({ analytics: false, marketing: true });
    expect(saved.record?.gpc).toBe(true);
    expect(saved.record?.id).toBe(accepted.record?.id);
    expect(saved.changed).toEqual(['analytics', 'marketing']);
    const rejected = handleConsentForm({ consent: 'reject' }, { config, headers, now: NOW });
    expect(rejected.record?.gpc).toBe(true);
  });

  it('lists the categories not answered on the settings form, and writes nothing', async () => {
    const onRecord = vi.fn();
    const config = makeConfig({ onRecord });
    const result = handleConsentForm(new URLSearchParams('consent=save&analytics=maybe'), {
      config,
      now: NOW,
    });
    expect(result.record).toBeNull();
    expect(result.setCookie).toBeNull();
    expect(result.errors).toEqual([
      { field: 'analytics', category: 'analytics', message: 'Select yes or no for analytics' },
      { field: 'marketing', category: 'marketing', message: 'Select yes or no for marketing' },
    ]);
    expect(onRecord).not.toHaveBeenCalled();
    const { consentMessages } = await import('../src/consent/messages.js');
    await consentMessages.load('fr');
    const french = handleConsentForm({ consent: 'save', analytics: 'yes' }, { config, now: NOW, lang: 'fr' });
    expect(french.errors).toEqual([
      {
        field: 'marketing',
        category: 'marketing',
        message: 'Choisissez oui ou non pour les cookies «\u202fpublicité\u202f»',
      },
    ]);
  });

  it('refuses an unknown answer without throwing', () => {
    const result = handleConsentForm({ consent: 'sure' }, { config: makeConfig(), now: NOW });
    expect(result.record).toBeNull();
    expect(result.errors?.[0]?.field).toBe('consent');
    expect(handleConsentForm({}, { config: makeConfig() }).errors).toHaveLength(1);
  });

  it('writes nothing when the answer changes nothing (a second click)', () => {
    const onRecord = vi.fn();
    const config = makeConfig({ onRecord });
    const first = handleConsentForm({ consent: 'accept' }, { config, now: NOW });
    const second = handleConsentForm(
      { consent: 'accept' },
      { config, now: NOW + 1000, headers: { cookie: cookieOf(first.record!) } },
    );
    expect(second.setCookie).toBeNull();
    expect(second.record).toEqual(first.record);
    expect(onRecord).toHaveBeenCalledTimes(1);
  });

  it('survives an onRecord that throws, and reports it', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const config = makeConfig({
      onRecord: () => {
        throw new Error('log down');
      },
    });
    const result = handleConsentForm({ consent: 'reject' }, { config, now: NOW });
    expect(result.setCookie).not.toBeNull();
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });

  it('only returns to paths on this site', () => {
    expect(safeReturnTo('/apply?step=2#top')).toBe('/apply?step=2#top');
    for (const bad of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      'javascript:alert(1)',
    ]) {
      expect(safeReturnTo(bad)).toBe('/');
    }
    expect(
      handleConsentForm({ consent: 'accept', returnTo: '//evil.example' }, { config: makeConfig() }).returnTo,
    ).toBe('/');
  });
});

describe('the no-JavaScript banner', () => {
  it('is a plain form with two equal submit buttons, a link to the cookies page and returnTo', async () => {
    const html = await renderBannerHtml({
      config: makeConfig(),
      action: '/cookies',
      returnTo: '/apply',
      service: 'Apply for a licence',
      hiddenFields: { _csrf: 'token"1' },
    });
    expect(html).toContain('<form method="post" action="/cookies"');
    expect(html).toContain('role="region" aria-label="Cookies on Apply for a licence"');
    expect(html).toContain('<h2 class="polis-cookie-banner__heading">Cookies on Apply for a licence</h2>');
    expect(html).toContain('We use some essential cookies to make this service work.');
    expect(html).toContain(
      'We’d also like to use cookies for these purposes, if you agree: analytics and marketing.',
    );
    const buttons = html.match(/<button [^>]*>/g) ?? [];
    expect(buttons).toEqual([
      '<button type="submit" name="consent" value="accept" class="polis-cookie-banner__button">',
      '<button type="submit" name="consent" value="reject" class="polis-cookie-banner__button">',
    ]);
    expect(html).toContain('<a class="polis-cookie-banner__link" href="/cookies">View cookies</a>');
    expect(html).toContain('<input type="hidden" name="returnTo" value="/apply">');
    expect(html).toContain('<input type="hidden" name="_csrf" value="token&quot;1">');
    expect(html).not.toContain('style=');
    expect(html).not.toContain('Global Privacy Control');
  });

  it('says GPC is honoured when the browser sends it', async () => {
    const html = await renderBannerHtml({ config: makeConfig(), gpc: true });
    expect(html).toContain('We have honoured it: we will not use cookies for marketing');
    expect(html).toContain('Cookies on this service');
    expect(html).not.toContain(' action=');
  });

  it('escapes every value from the configuration and the request', async () => {
    const html = await renderBannerHtml({
      config: makeConfig({
        cookiesPage: '/cookies?a=1&b="2"',
        categories: { x: { label: '<script>alert(1)</script>', description: 'x', gpc: true } },
      }),
      service: '<img src=x onerror=alert(1)>',
      returnTo: '/page?"><script>',
      gpc: true,
      lang: 'en" onload="x',
    });
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Cookies on &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('href="/cookies?a=1&amp;b=&quot;2&quot;"');
    expect(html).toContain('value="/page?&quot;&gt;&lt;script&gt;"');
    expect(html).toContain('lang="en&quot; onload=&quot;x"');
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('refuses a javascript: cookies page or action', async () => {
    const html = await renderBannerHtml({
      config: makeConfig({ cookiesPage: ' javascript:alert(1)' }),
      action: 'java\tscript:alert(1)',
    });
    expect(html).not.toMatch(/javascript|java\tscript/i);
  });

  it('renders in French after loading it', async () => {
    const html = await renderBannerHtml({
      config: makeConfig(),
      lang: 'fr',
      service: 'Demander une licence',
    });
    expect(html).toContain('Les cookies sur Demander une licence');
    expect(html).toContain('si vous êtes d’accord\u202f: analytics et publicité.');
    expect(html).toContain('>Refuser les cookies supplémentaires</button>');
    expect(html).toContain('lang="fr"');
  });

  it('shows a confirmation with a link to change settings and a way to hide it', async () => {
    const config = makeConfig();
    const record = createRecord(config, { analytics: true }, { method: 'server', now: NOW });
    const html = await renderBannerHtml({ config, confirmation: record, returnTo: '/apply' });
    expect(html).toContain('role="alert"');
    expect(html).toContain(
      'You’ve accepted some additional cookies. You can <a class="polis-cookie-banner__link" href="/cookies">change your cookie settings</a> at any time.',
    );
    expect(html).toContain('<a class="polis-cookie-banner__button" href="/apply">Hide cookie message</a>');
    expect(html).not.toContain('<form');
  });
});

describe('the browser manager on a server', () => {
  it('imports without a DOM, reads nothing and writes nothing, but still logs', async () => {
    const consent = await import('../src/consent/index.js');
    const onRecord = vi.fn();
    const manager = consent.createConsentManager(makeConfig({ onRecord, preferencesCategory: 'analytics' }));
    expect(manager.get()).toBeNull();
    expect(manager.isGranted('analytics')).toBe(false);
    expect(manager.needsChoice()).toBe(true);
    expect(manager.gpc()).toBe(false);
    const record = manager.acceptAll();
    expect(onRecord).toHaveBeenCalledExactlyOnceWith(record);
    expect(consent.startGating(manager)).toBeTypeOf('function');
    expect(consent.get()).toBeNull();
    expect(() => consent.needsChoice()).toThrow('call configure(config) first');
  });
});

describe('hostile input on the server', () => {
  it('returns only ASCII paths, so a raw Location header never throws', () => {
    expect(safeReturnTo('/caf\u00e9?q=\u2028')).toBe('/caf%C3%A9?q=%E2%80%A8');
    expect(safeReturnTo('/ok?a=1#b')).toBe('/ok?a=1#b');
    expect(safeReturnTo('/\ud800')).toBe('/');
  });

  it('survives a configuration without categories, a __proto__ category and null hidden fields', async () => {
    const broken = { revision: 1 } as unknown as ConsentConfig;
    expect(handleConsentForm({ consent: 'accept' }, { config: broken, now: NOW }).errors).toBeNull();
    const hostile = JSON.parse(
      '{"revision":1,"categories":{"__proto__":{"label":"P","description":"d"},"analytics":{"label":"A","description":"d"}}}',
    ) as ConsentConfig;
    const saved = handleConsentForm({ consent: 'save', analytics: 'yes' }, { config: hostile, now: NOW });
    expect(saved.errors).toBeNull();
    expect(saved.record?.choices).toEqual({ analytics: true });
    const html = await renderBannerHtml({
      config: makeConfig(),
      hiddenFields: null as unknown as Record<string, string>,
    });
    expect(html).toContain('consent');
  });

  it('renders no banner when there is nothing optional to ask about', async () => {
    expect(await renderBannerHtml({ config: makeConfig({ categories: {} }) })).toBe('');
  });
});
