// The consent record is pure logic shared by the browser and the server: tested in Node.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COOKIE_NAME,
  MAX_RECORD_LENGTH,
  acceptAllChoices,
  buildDeleteCookie,
  buildSetCookie,
  createRecord,
  isValid,
  lifetimeDays,
  parseRecord,
  readCookieValues,
  readRecord,
  serializeRecord,
} from '../src/consent/record.js';
import { categoryList, consentMessages, localText } from '../src/consent/messages.js';
import consentFr, { reviewed } from '../src/consent/locales/fr.js';
import { consentEn } from '../src/consent/messages.js';
import type { ConsentConfig, ConsentRecord } from '../src/consent/types.js';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-03-01T12:00:00.000Z');

const config: ConsentConfig = {
  revision: 3,
  categories: {
    analytics: { label: 'Analytics', description: 'Google Analytics', cookies: [/^_ga/] },
    marketing: { label: { en: 'Marketing', fr: 'Publicité' }, description: 'Adverts', gpc: true },
  },
};

function record(choices: Record<string, boolean>, overrides: Partial<ConsentRecord> = {}): ConsentRecord {
  return { ...createRecord(config, choices, { method: 'banner', now: NOW }), ...overrides };
}

describe('creating a record', () => {
  it('keeps every configured category as a boolean, drops unknown ones, and grants nothing by default', () => {
    const made = createRecord(config, { analytics: true, unknown: true, marketing: 'yes' } as never, {
      method: 'settings',
      now: NOW,
    });
    expect(made.choices).toEqual({ analytics: true, marketing: false });
    expect(made.revision).toBe(3);
    expect(made.method).toBe('settings');
    expect(made.gpc).toBe(false);
    expect(made.created).toBe('2026-03-01T12:00:00.000Z');
    expect(made.updated).toBe(made.created);
    expect(made.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps the id and first date when a record is updated', () => {
    const first = record({ analytics: true });
    const second = createRecord(
      config,
      { analytics: false },
      { method: 'settings', now: NOW + DAY, previous: first },
    );
    expect(second.id).toBe(first.id);
    expect(second.created).toBe(first.created);
    expect(second.updated).toBe(new Date(NOW + DAY).toISOString());
    expect(createRecord(config, {}, { method: 'banner', now: NOW }).id).not.toBe(first.id);
  });

  it('lasts 365 days when anything is accepted and 182 when everything is refused', () => {
    expect(lifetimeDays({ analytics: true, marketing: false }, config)).toBe(365);
    expect(lifetimeDays({ analytics: false, marketing: false }, config)).toBe(182);
    expect(Date.parse(record({ analytics: true }).expires) - NOW).toBe(365 * DAY);
    expect(Date.parse(record({}).expires) - NOW).toBe(182 * DAY);
    const custom = { ...config, lifetimeDays: { accepted: 180, rejected: 90 } };
    expect(lifetimeDays({ analytics: true }, custom)).toBe(180);
    expect(lifetimeDays({}, custom)).toBe(90);
    // Nonsense falls back to the defaults rather than a record that never expires.
    expect(lifetimeDays({}, { ...config, lifetimeDays: { rejected: Number.NaN } })).toBe(182);
  });

  it('accepting everything leaves GPC categories refused while the signal is sent', () => {
    expect(acceptAllChoices(config, false)).toEqual({ analytics: true, marketing: true });
    expect(acceptAllChoices(config, true)).toEqual({ analytics: true, marketing: false });
  });
});

describe('validity', () => {
  it('is valid for the right revision until it expires', () => {
    const made = record({ analytics: true });
    expect(isValid(made, config, NOW)).toBe(true);
    expect(isValid(made, config, NOW + 364 * DAY)).toBe(true);
    expect(isValid(made, config, NOW + 365 * DAY)).toBe(false);
    expect(isValid(record({}), config, NOW + 182 * DAY)).toBe(false);
  });

  it('asks again after a revision bump', () => {
    expect(isValid(record({ analytics: true }), { ...config, revision: 4 }, NOW)).toBe(false);
  });

  it('applies a lifetime shortened in the configuration to older records', () => {
    const made = record({ analytics: true });
    const shorter = { ...config, lifetimeDays: { accepted: 30 } };
    expect(isValid(made, shorter, NOW + 29 * DAY)).toBe(true);
    expect(isValid(made, shorter, NOW + 31 * DAY)).toBe(false);
  });

  it('ignores unknown categories and counts a category added without a revision bump as refused', () => {
    const made = record(
      { analytics: true },
      { choices: { analytics: true, marketing: false, gone: 'x' as never } },
    );
    expect(isValid(made, config, NOW)).toBe(true);
    const added = {
      ...config,
      categories: { ...config.categories, videos: { label: 'Videos', description: 'YouTube' } },
    };
    expect(isValid(made, added, NOW)).toBe(true);
    expect(
      readRecord(`${DEFAULT_COOKIE_NAME}=${serializeRecord(made)}`, added, NOW)?.choices.videos,
    ).toBeUndefined();
  });

  it('refuses a record whose configured category holds something other than a boolean', () => {
    expect(isValid(record({}, { choices: { analytics: 'true' as never } }), config, NOW)).toBe(false);
  });
});

describe('the cookie', () => {
  it('round-trips through URI-encoded JSON, with only cookie-safe characters', () => {
    const made = record({ analytics: true });
    const value = serializeRecord(made);
    expect(value).toMatch(/^[A-Za-z0-9%._~!*'()-]+$/);
    expect(parseRecord(value)).toEqual(made);
    expect(readRecord(`other=1; ${DEFAULT_COOKIE_NAME}=${value}; last=2`, config, NOW)).toEqual(made);
  });

  it('builds Set-Cookie with Path, Max-Age from the lifetime, SameSite=Lax, and Secure only on https', () => {
    const accepted = record({ analytics: true });
    const header = buildSetCookie(accepted, config, { secure: true });
    expect(header.startsWith(`polis_consent=${serializeRecord(accepted)}; `)).toBe(true);
    expect(header).toContain('; Path=/');
    expect(header).toContain(`; Max-Age=${365 * 24 * 60 * 60}`);
    expect(header).toContain('; SameSite=Lax');
    expect(header).toMatch(/; Secure$/);
    expect(header).not.toContain('Domain=');
    const rejected = buildSetCookie(record({}), config, { secure: false });
    expect(rejected).toContain(`; Max-Age=${182 * 24 * 60 * 60}`);
    expect(rejected).not.toContain('Secure');
  });

  it('uses the configured name, path and domain', () => {
    const custom = { ...config, cookie: { name: 'consent', domain: '.example.gov.uk', path: '/apply' } };
    const made = createRecord(custom, {}, { method: 'banner', now: NOW });
    const header = buildSetCookie(made, custom, { secure: true, now: NOW + DAY });
    expect(header).toMatch(/^consent=/);
    expect(header).toContain('; Path=/apply');
    expect(header).toContain('; Domain=.example.gov.uk');
    expect(header).toContain(`; Max-Age=${181 * 24 * 60 * 60}`);
    expect(readRecord(`consent=${serializeRecord(made)}`, custom, NOW)).toEqual(made);
    expect(readRecord(`polis_consent=${serializeRecord(made)}`, custom, NOW)).toBeNull();
  });

  it('builds a deletion for each path and domain', () => {
    expect(buildDeleteCookie('_ga', { path: '/', domain: '.example.gov.uk' })).toBe(
      '_ga=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Domain=.example.gov.uk',
    );
  });

  it('returns null and never throws for values that are not records', () => {
    const good = record({ analytics: true });
    const bad: unknown[] = [
      '',
      'not json',
      '%E0%A4%A',
      encodeURIComponent('{"id":'),
      encodeURIComponent('null'),
      encodeURIComponent('[]'),
      encodeURIComponent('"text"'),
      encodeURIComponent('42'),
      encodeURIComponent(JSON.stringify({ ...good, choices: [] })),
      encodeURIComponent(JSON.stringify({ ...good, revision: '3' })),
      encodeURIComponent(JSON.stringify({ ...good, expires: 'tomorrow' })),
      encodeURIComponent(JSON.stringify({ ...good, method: 'guessed' })),
      encodeURIComponent(JSON.stringify({ ...good, gpc: 'no' })),
      encodeURIComponent(JSON.stringify({ ...good, id: 'x'.repeat(500) })),
      encodeURIComponent(
        JSON.stringify({ ...good, choices: { analytics: true }, pad: 'x'.repeat(MAX_RECORD_LENGTH) }),
      ),
      'x'.repeat(1_000_000),
      undefined,
      null,
    ];
    for (const value of bad) {
      expect(() => parseRecord(value as string)).not.toThrow();
      expect(readRecord(`polis_consent=${String(value)}`, config, NOW)).toBeNull();
    }
    // A "__proto__" key stays an own property of the parsed object: nothing is polluted.
    const proto = encodeURIComponent(JSON.stringify(good).replace('{', '{"__proto__":{"polluted":true},'));
    expect(parseRecord(proto)?.id).toBe(good.id);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(readRecord(';;;=;polis_consent;=x', config, NOW)).toBeNull();
    expect(readRecord(undefined, config, NOW)).toBeNull();
  });

  it('takes the newest valid record when the cookie is there twice', () => {
    const older = record({ analytics: true });
    const newer = createRecord(config, {}, { method: 'settings', now: NOW + 1000, previous: older });
    const header = `polis_consent=${serializeRecord(older)}; polis_consent=garbage; polis_consent=${serializeRecord(newer)}`;
    expect(readCookieValues(header, 'polis_consent')).toHaveLength(3);
    expect(readRecord(header, config, NOW + 2000)).toEqual(newer);
  });
});

describe('consent strings', () => {
  it('picks the text of a language: exact, primary subtag, English, then the first', () => {
    const text = { en: 'Analytics', fr: 'Mesure d’audience', 'fr-CA': 'Mesure d’auditoire', de: 'Analyse' };
    expect(localText(text, 'fr-CA')).toBe('Mesure d’auditoire');
    expect(localText(text, 'fr-BE')).toBe('Mesure d’audience');
    expect(localText(text, 'cy')).toBe('Analytics');
    expect(localText({ de: 'Analyse' }, 'cy')).toBe('Analyse');
    expect(localText('Analytics', 'fr')).toBe('Analytics');
  });

  it('has every English key in French, with narrow no-break spaces before French punctuation', async () => {
    expect(reviewed).toBe(false);
    expect(Object.keys(consentFr).sort()).toEqual(Object.keys(consentEn).sort());
    for (const value of Object.values(consentFr)) {
      // A regular or no-break space before : ; ? ! is the wrong space in French typography.
      expect(value).not.toMatch(/[ \u00a0][:;?!»]/);
      expect(value).not.toMatch(/«[ \u00a0]/);
    }
    await consentMessages.load('fr');
    expect(consentMessages.translate('consentUse', 'fr', { category: 'Publicité' })).toBe(
      'Autoriser les cookies «\u202fpublicité\u202f»\u202f?',
    );
    expect(categoryList(config, 'fr')).toBe('analytics et publicité');
    expect(categoryList(config, 'en')).toBe('analytics and marketing');
  });
});

describe('hostile configuration', () => {
  it('never drops or pollutes with a __proto__ category, and tolerates missing categories', () => {
    const hostile = JSON.parse(
      '{"revision":1,"categories":{"__proto__":{"label":"P","description":"d"},"constructor":{"label":"C","description":"d"},"analytics":{"label":"A","description":"d"}}}',
    ) as ConsentConfig;
    const accepted = acceptAllChoices(hostile);
    // `__proto__` cannot be a key of a plain object: it is not a usable category (a warning says so).
    expect(Object.keys(accepted)).toEqual(['constructor', 'analytics']);
    expect(Object.getPrototypeOf(accepted)).toBe(Object.prototype);
    const made = createRecord(hostile, accepted, { method: 'banner', now: NOW });
    expect(isValid(made, hostile, NOW)).toBe(true);
    expect(categoryList(hostile, 'en')).toBe('c and a');
    const missing = { revision: 1 } as unknown as ConsentConfig;
    expect(() => acceptAllChoices(missing)).not.toThrow();
    expect(createRecord(missing, {}, { method: 'banner', now: NOW }).choices).toEqual({});
  });
});
