// The facts on the Languages page come from the locale files themselves, so the page cannot
// say a translation is reviewed when its file says it is a draft.
import { LANGUAGES, en } from '@polis-ds/components';

type LocaleModule = { reviewed?: boolean; default?: Record<string, unknown> };
const modules = import.meta.glob<LocaleModule>('../../packages/components/src/i18n/locales/*.ts', {
  eager: true,
});
const byCode = new Map(
  Object.entries(modules).map(([path, module]) => [path.replace(/^.*\/|\.ts$/g, ''), module]),
);

export interface LanguageRow {
  code: string;
  name: string;
  english: string;
  dir: 'ltr' | 'rtl';
  reviewed: boolean;
  strings: number;
  total: number;
  pluralForms: string;
}

const total = Object.keys(en).length;

export const languageRows: LanguageRow[] = LANGUAGES.map((language) => {
  const module = byCode.get(language.code);
  return {
    ...language,
    reviewed: module?.reviewed === true,
    strings: Object.keys(module?.default ?? {}).length,
    total,
    pluralForms: new Intl.PluralRules(language.code).resolvedOptions().pluralCategories.join(', '),
  };
});
