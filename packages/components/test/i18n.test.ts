// The locale registry and message formatting are plain TypeScript: tested in Node.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  components,
  createCatalogue,
  format,
  loadLocale,
  localeChain,
  registerLocale,
  registeredLocales,
  translate,
} from '../src/i18n/registry.js';
import { en } from '../src/i18n/locales/en.js';
import { fr } from '../src/i18n/locales/fr.js';

describe('loading', () => {
  it('has English at once and loads another locale only when asked', async () => {
    expect(components.isReady('en')).toBe(true);
    expect(components.isReady('fr-CA')).toBe(false);
    // Until French arrives, French pages read English rather than nothing.
    expect(translate('errorSummaryTitle', 'fr')).toBe('There is a problem');
    await loadLocale('fr-CA');
    expect(components.isReady('fr')).toBe(true);
    expect(translate('errorSummaryTitle', 'fr-CA')).toBe('Il y a un problème');
  });

  it('keeps English when a locale fails to load, and says so once', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const strings = createCatalogue(
        'test',
        { hello: 'Hello' },
        { de: () => Promise.reject(new Error('offline')) },
      );
      await strings.load('de');
      await strings.load('de');
      expect(strings.translate('hello', 'de')).toBe('Hello');
      expect(warnings).toHaveLength(1);
      expect(String(warnings[0])).toContain('"de"');
    } finally {
      console.warn = original;
    }
  });

  it('lets a pattern keep its own strings, overridable like the built-in ones', async () => {
    const strings = createCatalogue(
      'pattern',
      { patternGreeting: 'Hello {name}' },
      { fr: () => Promise.resolve({ patternGreeting: 'Bonjour {name}' }) },
    );
    expect(strings.translate('patternGreeting', 'fr', { name: 'Ada' })).toBe('Hello Ada');
    await strings.load('fr');
    expect(strings.translate('patternGreeting', 'fr', { name: 'Ada' })).toBe('Bonjour Ada');
    registerLocale('fr', { patternGreeting: 'Salut {name}' });
    expect(strings.translate('patternGreeting', 'fr', { name: 'Ada' })).toBe('Salut Ada');
    expect(strings.translate('patternGreeting', 'fr', { name: 'Ada' }, { patternGreeting: 'Coucou' })).toBe(
      'Coucou',
    );
  });

  it("loadLocale loads the patterns' catalogues too, so a page that waits shows no English", async () => {
    const strings = createCatalogue(
      'review-pattern',
      { reviewGreeting: 'Hello' },
      { it: () => Promise.resolve({ reviewGreeting: 'Ciao' }) },
    );
    expect(strings.isReady('it')).toBe(false);
    await loadLocale('it');
    expect(strings.isReady('it')).toBe(true);
    expect(strings.translate('reviewGreeting', 'it')).toBe('Ciao');
  });

  it('loadLocale for a language with no built-in strings does nothing harmful', async () => {
    await expect(loadLocale('xx-YY')).resolves.toBeUndefined();
    await expect(loadLocale('@@')).resolves.toBeUndefined();
    expect(registeredLocales()).not.toContain('xx-yy');
    expect(translate('errorSummaryTitle', 'xx-YY')).toBe('There is a problem');
  });

  it('never throws on a malformed language tag', () => {
    expect(translate('tooLong', '@@', { label: 'Name', count: 2 })).toBe(
      'Name must be 2 characters or fewer',
    );
  });
});

describe('messages', () => {
  beforeAll(() => loadLocale('fr'));

  it('fills placeholders and adjusts the first letter of labels', () => {
    expect(format('Enter {label:lower}', 'en', { label: 'Full name' })).toBe('Enter full name');
    expect(format('Enter {label:lower}', 'en', { label: 'NHS number' })).toBe('Enter NHS number');
    expect(format('{label:upper} must be a number', 'en', { label: 'age' })).toBe('Age must be a number');
    expect(format('Hello {name}', 'en', {})).toBe('Hello {name}');
  });

  it('chooses plural forms with Intl.PluralRules for the locale', () => {
    expect(translate('tooLong', 'en', { label: 'Name', count: 1 })).toBe('Name must be 1 character or fewer');
    expect(translate('tooLong', 'en', { label: 'Name', count: 2 })).toBe(
      'Name must be 2 characters or fewer',
    );
    // French uses the singular for 0 and 1.
    expect(translate('tooShort', 'fr', { label: 'Nom', count: 0 })).toBe(
      'Nom doit comporter au moins 0 caractère',
    );
    expect(translate('tooShort', 'fr', { label: 'Nom', count: 2 })).toBe(
      'Nom doit comporter au moins 2 caractères',
    );
  });

  it('formats numbers for the locale', () => {
    expect(translate('tooLong', 'fr', { label: 'Texte', count: 1500 })).toBe(
      'Texte doit comporter au plus 1\u202f500 caractères',
    );
  });

  it('falls back from region to language to English', () => {
    expect(localeChain('fr-CA')).toEqual(['fr', 'en']);
    expect(translate('errorSummaryTitle', 'fr-CA')).toBe('Il y a un problème');
    expect(translate('errorSummaryTitle', 'xx')).toBe('There is a problem');
    expect(translate('errorSummaryTitle', '')).toBe('There is a problem');
  });

  it('lets a service team add a locale or override one string without forking', () => {
    registerLocale('cy', { errorSummaryTitle: 'Mae problem wedi codi' });
    expect(translate('errorSummaryTitle', 'cy')).toBe('Mae problem wedi codi');
    expect(translate('errorPrefix', 'cy')).toBe('Error:');
    registerLocale('fr', { errorSummaryTitle: 'Un problème est survenu' });
    expect(translate('errorSummaryTitle', 'fr')).toBe('Un problème est survenu');
    registerLocale('fr', { errorSummaryTitle: fr.errorSummaryTitle });
  });

  it('prefers per-instance overrides, and ignores overrides of the wrong shape', () => {
    expect(translate('errorPrefix', 'fr', {}, { errorPrefix: 'Attention :' })).toBe('Attention :');
    const bad = { errorPrefix: 42 } as unknown as Record<string, string>;
    expect(translate('errorPrefix', 'en', {}, bad)).toBe('Error:');
  });

  it('never throws on a plural message with a form that is not text (a messages attribute, a CMS)', () => {
    const hostile = { tooLong: { one: 5, other: '{label} is too long' } } as unknown as Record<
      string,
      string
    >;
    expect(translate('tooLong', 'en', { label: 'Name', count: 1 }, hostile)).toBe('Name is too long');
    expect(format({ one: null, other: 'Many' } as never, 'en', { count: 1 })).toBe('Many');
    registerLocale('en-x-review', { tooLong: { one: ['x'], other: 'Too long' } as never });
    expect(translate('tooLong', 'en-x-review', { label: 'Name', count: 1 })).toBe('Too long');
  });

  it('ignores registerLocale with a code that is not text', () => {
    expect(() => registerLocale(42 as unknown as string, { errorPrefix: 'x' })).not.toThrow();
  });

  it('has a French string for every English one', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });
});

describe('right to left', () => {
  it('isolates interpolated text in right-to-left languages only, so a file name keeps its order', () => {
    registerLocale('ar', { fileRemoved: 'تمت إزالة {name}' });
    expect(translate('fileRemoved', 'ar', { name: 'report (1).pdf' })).toBe(
      'تمت إزالة \u2068report (1).pdf\u2069',
    );
    expect(translate('fileRemoved', 'en', { name: 'report (1).pdf' })).toBe('report (1).pdf removed');
  });
});
