/**
 * The languages Polis ships strings for: code, name in the language itself (for a language
 * switcher, which names each language as its speakers do), name in English, and direction.
 */
export interface Language {
  code: string;
  /** The language's own name for itself ("Deutsch"). */
  name: string;
  /** The English name ("German"). */
  english: string;
  dir: 'ltr' | 'rtl';
}

export const LANGUAGES: readonly Language[] = [
  { code: 'en', name: 'English', english: 'English', dir: 'ltr' },
  { code: 'bg', name: 'Български', english: 'Bulgarian', dir: 'ltr' },
  { code: 'cs', name: 'Čeština', english: 'Czech', dir: 'ltr' },
  { code: 'da', name: 'Dansk', english: 'Danish', dir: 'ltr' },
  { code: 'de', name: 'Deutsch', english: 'German', dir: 'ltr' },
  { code: 'el', name: 'Ελληνικά', english: 'Greek', dir: 'ltr' },
  { code: 'es', name: 'Español', english: 'Spanish', dir: 'ltr' },
  { code: 'et', name: 'Eesti', english: 'Estonian', dir: 'ltr' },
  { code: 'fi', name: 'Suomi', english: 'Finnish', dir: 'ltr' },
  { code: 'fr', name: 'Français', english: 'French', dir: 'ltr' },
  { code: 'ga', name: 'Gaeilge', english: 'Irish', dir: 'ltr' },
  { code: 'hr', name: 'Hrvatski', english: 'Croatian', dir: 'ltr' },
  { code: 'hu', name: 'Magyar', english: 'Hungarian', dir: 'ltr' },
  { code: 'it', name: 'Italiano', english: 'Italian', dir: 'ltr' },
  { code: 'lt', name: 'Lietuvių', english: 'Lithuanian', dir: 'ltr' },
  { code: 'lv', name: 'Latviešu', english: 'Latvian', dir: 'ltr' },
  { code: 'mt', name: 'Malti', english: 'Maltese', dir: 'ltr' },
  { code: 'nl', name: 'Nederlands', english: 'Dutch', dir: 'ltr' },
  { code: 'pl', name: 'Polski', english: 'Polish', dir: 'ltr' },
  { code: 'pt', name: 'Português', english: 'Portuguese', dir: 'ltr' },
  { code: 'ro', name: 'Română', english: 'Romanian', dir: 'ltr' },
  { code: 'sk', name: 'Slovenčina', english: 'Slovak', dir: 'ltr' },
  { code: 'sl', name: 'Slovenščina', english: 'Slovenian', dir: 'ltr' },
  { code: 'sv', name: 'Svenska', english: 'Swedish', dir: 'ltr' },
  { code: 'cy', name: 'Cymraeg', english: 'Welsh', dir: 'ltr' },
  { code: 'ar', name: 'العربية', english: 'Arabic', dir: 'rtl' },
];
