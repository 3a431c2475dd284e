// Every built-in locale file, checked against English: the same keys (the type-check does this
// too), every plural category the language has, the same placeholders, and an honest
// `reviewed` flag. Node: the files are plain data.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/locales/en.js';
import { LANGUAGES } from '../src/i18n/languages.js';
import { BUILT_IN_LOCALES } from '../src/i18n/registry.js';
import type { Message } from '../src/i18n/types.js';

const dir = new URL('../src/i18n/locales/', import.meta.url);
const codes = readdirSync(dir)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3))
  .sort();

const placeholders = (message: Message): string[] => {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  const names = texts.flatMap((text) =>
    [...(text ?? '').matchAll(/\{([A-Za-z][\w-]*)(?::\w+)?\}/g)].map((m) => m[1]!),
  );
  return [...new Set(names)].sort();
};

describe('locale files', () => {
  it('ships exactly the 26 languages it lists, each loadable', () => {
    expect(codes).toEqual(LANGUAGES.map((language) => language.code).sort());
    expect([...BUILT_IN_LOCALES].sort()).toEqual(codes);
  });

  describe.each(codes)('%s', (code) => {
    it('has every English key and no other, with its plural forms and placeholders', async () => {
      const module = (await import(`../src/i18n/locales/${code}.ts`)) as {
        default: Record<string, Message>;
        reviewed: unknown;
      };
      const messages = module.default;
      expect(typeof module.reviewed, 'export const reviewed = true | false').toBe('boolean');
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
      for (const [key, english] of Object.entries(en) as Array<[string, Message]>) {
        const message = messages[key]!;
        expect(typeof message, `${code}.${key}: plural or not, like English`).toBe(typeof english);
        if (typeof message === 'object') {
          for (const category of categories) {
            expect(message[category], `${code}.${key} needs the "${category}" form`).toBeTypeOf('string');
          }
        }
        // Every placeholder must be one English uses, and what English says in every form
        // (the `other` form) must be said: plural forms may drop {count} ("un caractère"),
        // and a language whose "one" also covers 21 names the count instead of the file.
        const allowed = placeholders(english);
        const required = placeholders(typeof english === 'string' ? english : english.other).filter(
          (name) => name !== 'count' || typeof english === 'string',
        );
        const actual = placeholders(message);
        expect(
          actual.filter((name) => !allowed.includes(name)),
          `${code}.${key}: unknown placeholders`,
        ).toEqual([]);
        for (const name of required) expect(actual, `${code}.${key} keeps {${name}}`).toContain(name);
        const texts = typeof message === 'string' ? [message] : Object.values(message);
        for (const text of texts) expect((text ?? '').trim(), `${code}.${key} is not empty`).not.toBe('');
      }
    });
  });
});
