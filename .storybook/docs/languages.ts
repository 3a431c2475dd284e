// The facts on the Languages page come from the locale files themselves, so the page cannot
// say a translation is reviewed when its file says it is a draft.
import { LANGUAGES, en } from '@polis-ds/components';
import { consentEn } from '@polis-ds/patterns/consent';
import { proactiveEn } from '@polis-ds/patterns/proactive';

type LocaleModule = { reviewed?: boolean; default?: Record<string, unknown> };
type Modules = Record<string, LocaleModule>;
const byCode = (modules: Modules) =>
  new Map(Object.entries(modules).map(([path, module]) => [path.replace(/^.*\/|\.ts$/g, ''), module]));
// Three catalogues: the components' strings, and the two patterns that have their own.
const components = byCode(
  import.meta.glob<LocaleModule>('../../packages/components/src/i18n/locales/*.ts', { eager: true }),
);
const consent = byCode(
  import.meta.glob<LocaleModule>('../../packages/patterns/src/consent/locales/*.ts', { eager: true }),
);
const proactive = byCode(
  import.meta.glob<LocaleModule>('../../packages/patterns/src/proactive/locales/*.ts', { eager: true }),
);

export interface LanguageRow {
  code: string;
  name: string;
  english: string;
  dir: 'ltr' | 'rtl';
  /** Reviewed by a native speaker in every catalogue (English is the source, so it is). */
  reviewed: boolean;
  strings: number;
  total: number;
  pluralForms: string;
}

/** English is the source of every catalogue: reviewed, and complete by definition. */
function count(catalogue: Map<string, LocaleModule>, code: string, english: object) {
  if (code === 'en') return { reviewed: true, strings: Object.keys(english).length };
  const module = catalogue.get(code);
  return { reviewed: module?.reviewed === true, strings: Object.keys(module?.default ?? {}).length };
}

const total = Object.keys(en).length + Object.keys(consentEn).length + Object.keys(proactiveEn).length;

export const languageRows: LanguageRow[] = LANGUAGES.map((language) => {
  const parts = [
    count(components, language.code, en),
    count(consent, language.code, consentEn),
    count(proactive, language.code, proactiveEn),
  ];
  return {
    ...language,
    reviewed: parts.every((part) => part.reviewed),
    strings: parts.reduce((sum, part) => sum + part.strings, 0),
    total,
    pluralForms: new Intl.PluralRules(language.code).resolvedOptions().pluralCategories.join(', '),
  };
});
