// Every built-in language of the patterns' two catalogues (consent, proactive services), held
// to what `packages/components/test/locale-files.test.ts` asks of the components' locales: a
// file and a lazy loader per language, English's keys, its placeholders, every plural category
// of the language, an honest `reviewed` flag. And, because a draft is easy to leave half done,
// no string left in English and each language's own punctuation. Node: the files are data.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_LOCALES, type Catalogue, type Message } from '@polis-ds/components';
import { consentEn, consentMessages } from '../src/consent/messages.js';
import { proactiveEn, proactiveMessages } from '../src/proactive/messages.js';

interface Subject {
  folder: 'consent' | 'proactive';
  english: Readonly<Record<string, Message>>;
  catalogue: Pick<Catalogue<object>, 'load' | 'isReady' | 'locales'>;
  translate: (key: string, lang: string) => string;
}

const subjects: Subject[] = [
  {
    folder: 'consent',
    english: consentEn,
    catalogue: consentMessages,
    translate: (key, lang) => consentMessages.translate(key as keyof typeof consentEn, lang),
  },
  {
    folder: 'proactive',
    english: proactiveEn,
    catalogue: proactiveMessages,
    translate: (key, lang) => proactiveMessages.translate(key as keyof typeof proactiveEn, lang),
  },
];

/** Every language but English, whose strings live in `messages.ts` itself. */
const codes = BUILT_IN_LOCALES.filter((code) => code !== 'en');

/**
 * Strings that may read exactly as in English, per language, each with its reason. Every
 * other string of both catalogues is a sentence or a label whose words differ from English,
 * so a copy of the English is a string left untranslated. Add a key here only for a proper
 * name, a word the language spells as English does, or a term it borrows unchanged.
 */
const SAME_AS_ENGLISH: Readonly<Record<string, readonly string[]>> = {
  // "No" is the Spanish and the Italian word for no (the answers "Sí" / "Sì" do differ).
  es: ['consentNo', 'proactiveNo'],
  it: ['consentNo', 'proactiveNo'],
};

/** The placeholders `format()` fills: `{name}`, `{name:upper}`, `{name:lower}`. */
const PLACEHOLDER = /\{([A-Za-z][\w-]*)(?::(?:upper|lower))?\}/g;

const names = (text: string): string[] =>
  [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
const forms = (message: Message): string[] =>
  typeof message === 'string' ? [message] : Object.values(message).filter((form) => form !== undefined);

/**
 * Whether a plural category stands for one number only (Welsh `two` is 2, Arabic `zero` is 0),
 * so its form may say the number in words instead of `{count}`. `one` in French also covers 0,
 * and in Croatian 21, so there the form must keep `{count}`.
 */
function singleNumber(code: string, category: string): boolean {
  const rules = new Intl.PluralRules(code);
  let matches = 0;
  for (let n = 0; n <= 1000; n++) if (rules.select(n) === category) matches++;
  return matches === 1;
}

/**
 * The quotation marks each language prints (the apostrophe ’ is not one of them). Sources: the
 * national style guides, and what the components' locale files already use.
 */
const QUOTES: Readonly<Record<string, string>> = {
  ar: '«»',
  bg: '„“',
  cs: '„“',
  cy: '‘’“”',
  da: '»«',
  de: '„“',
  el: '«»',
  es: '«»',
  et: '„“',
  fi: '”',
  fr: '«»',
  ga: '“”',
  hr: '„“',
  hu: '„”',
  it: '«»',
  lt: '„“',
  lv: '„“',
  mt: '“”',
  nl: '‘’',
  pl: '„”',
  pt: '«»',
  ro: '„”',
  sk: '„“',
  sl: '„“',
  sv: '”',
};
const ANY_QUOTE = /[«»„“”‚‘‹›]/gu;

type LocaleModule = { default: Record<string, Message>; reviewed: unknown };

describe.each(subjects)('the $folder catalogue', ({ folder, english, catalogue, translate }) => {
  const dir = new URL(`../src/${folder}/`, import.meta.url);
  const load = (code: string) => import(`../src/${folder}/locales/${code}.ts`) as Promise<LocaleModule>;

  it('has a file for every built-in language and no other', () => {
    const files = readdirSync(new URL('locales/', dir))
      .filter((file) => file.endsWith('.ts'))
      .map((file) => file.slice(0, -3))
      .sort();
    expect(files).toEqual([...codes].sort());
  });

  it('registers a loader per language, each a dynamic import of its own file', () => {
    expect(catalogue.locales().sort()).toEqual([...BUILT_IN_LOCALES].sort());
    const source = readFileSync(new URL('messages.ts', dir), 'utf8');
    // A static import would put the language in every page's bundle.
    expect(source, 'no static import of a locale').not.toMatch(/^import[^;]*\/locales\//m);
    for (const code of codes) {
      expect(source, `loader of ${code}`).toContain(`  ${code}: () => import('./locales/${code}.js')`);
    }
  });

  describe.each(codes)('%s', (code) => {
    it('has every English key and no other, with its plural forms and placeholders', async () => {
      const module = await load(code);
      expect(typeof module.reviewed, 'export const reviewed = true | false').toBe('boolean');
      const messages = module.default;
      expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
      const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
      for (const [key, source] of Object.entries(english)) {
        const message = messages[key]!;
        expect(typeof message, `${code}.${key}: plural or not, like English`).toBe(typeof source);
        const wanted = names(forms(source).join(' '));
        if (typeof message === 'string') {
          expect(names(message), `${code}.${key}: placeholders`).toEqual(wanted);
        } else {
          // Exactly the language's categories: a missing one falls back to `other`, an extra
          // one is never chosen and hides a mistake.
          expect(Object.keys(message).sort(), `${code}.${key}: plural categories`).toEqual(
            [...categories].sort(),
          );
          for (const category of categories) {
            const form = message[category]!;
            const need = wanted.filter((name) => name !== 'count' || !singleNumber(code, category));
            const have = names(form);
            expect(
              have.filter((name) => !wanted.includes(name)),
              `${code}.${key}.${category}: unknown`,
            ).toEqual([]);
            for (const name of need)
              expect(have, `${code}.${key}.${category} keeps {${name}}`).toContain(name);
          }
        }
        for (const text of forms(message)) {
          expect(text.trim(), `${code}.${key} is not empty`).not.toBe('');
          // A brace that is not a placeholder ("{count", "{name:low}") would be shown as it is.
          expect(text.replace(PLACEHOLDER, ''), `${code}.${key}: stray brace`).not.toMatch(/[{}]/);
        }
      }
    });

    it('translates every string', async () => {
      const messages = (await load(code)).default;
      for (const [key, source] of Object.entries(english)) {
        if (SAME_AS_ENGLISH[code]?.includes(key)) continue;
        const englishForms = forms(source);
        for (const text of forms(messages[key]!)) {
          expect(englishForms, `${code}.${key} is still English: "${text}"`).not.toContain(text);
        }
      }
    });

    it('uses the punctuation and quotation marks of the language', async () => {
      const messages = (await load(code)).default;
      for (const [key, message] of Object.entries(messages)) {
        for (const text of forms(message)) {
          const where = `${code}.${key}: "${text}"`;
          expect(text, `${where}: straight quote or apostrophe`).not.toMatch(/["']/);
          expect(text, `${where}: spaces`).not.toMatch(/^\s|\s$|\s{2}/u);
          if (code === 'fr') {
            // A narrow no-break space before : ; ? ! » and after «, never a plain one.
            expect(text, `${where}: French spacing`).not.toMatch(
              /[ \u00a0][:;?!»]|«[ \u00a0]|[^\u202f][;?!»]|«[^\u202f]/u,
            );
          } else {
            expect(text, `${where}: space before punctuation is French only`).not.toMatch(
              /[\s\u202f][:;?!]/u,
            );
          }
          const marks = text.match(ANY_QUOTE) ?? [];
          for (const mark of marks)
            expect(QUOTES[code], `${where}: ${mark} is not a ${code} quote`).toContain(mark);
          if (code === 'ar') expect(text, `${where}: Arabic comma and question mark`).not.toMatch(/[,?;]/);
          if (code === 'el') expect(text, `${where}: the Greek question mark is ;`).not.toMatch(/\?/);
          if (code === 'es' && text.includes('?')) expect(text, `${where}: opening ¿`).toContain('¿');
        }
      }
    });

    it('is what the catalogue gives once the language is loaded', async () => {
      const messages = (await load(code)).default;
      await catalogue.load(code);
      expect(catalogue.isReady(code)).toBe(true);
      for (const [key, message] of Object.entries(messages)) {
        // Without arguments every placeholder is left as it is, so a string comes back whole.
        if (typeof message === 'string') {
          expect(translate(key, code), `${code}.${key}`).toBe(message);
        }
      }
    });
  });
});

describe('consent strings in every language', () => {
  it.each(codes)(
    '%s: the confirmations contain the link text, so it becomes a link in place',
    async (code) => {
      const messages = ((await import(`../src/consent/locales/${code}.ts`)) as { default: typeof consentEn })
        .default;
      // consent-banner.ts and server.ts find this phrase in the confirmation and make it the
      // link; if it is not there, the link is added after the sentence instead.
      for (const key of [
        'consentAcceptedConfirmation',
        'consentRejectedConfirmation',
        'consentPartialConfirmation',
      ] as const) {
        expect(messages[key], `${code}.${key}`).toContain(messages.consentChangeSettings);
      }
      // The Global Privacy Control note tells people which answer turns the cookies on.
      expect(
        messages.consentGpcSettingsNote.toLocaleLowerCase(code),
        `${code}.consentGpcSettingsNote`,
      ).toContain(messages.consentYes.toLocaleLowerCase(code));
    },
  );
});
