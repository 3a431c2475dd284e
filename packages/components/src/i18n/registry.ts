import { en } from './locales/en.js';
import type { Message, MessageKey, Messages, PartialMessages, PluralMessage } from './types.js';

/**
 * The locale registry: plain TypeScript with no DOM, so it works on a server too.
 *
 * Strings live in catalogues: the components' own (`components`), and one per pattern that
 * has strings of its own (consent, proactive services). Each catalogue holds English, always
 * loaded, and a loader per other locale, so a page downloads only the languages it uses.
 * `registerLocale` adds a locale, or overrides single strings, for every catalogue at once.
 */

type AnyMessages = Readonly<Record<string, Message>>;
export type MessageArgs = Record<string, string | number>;
/** Loads one locale of a catalogue (usually a dynamic `import()`). */
export type LocaleLoader<M extends object> = () => Promise<Partial<M>>;

/** The strings of one package or pattern, English always present, other locales on demand. */
export interface Catalogue<M extends object> {
  readonly name: string;
  /** Synchronous: uses the locales loaded so far; English is always there. */
  translate(key: keyof M & string, lang: string, args?: MessageArgs, overrides?: Partial<M> | null): string;
  /** Loads the locale(s) `lang` needs, if a loader exists. Never rejects: a failure leaves English. */
  load(lang: string): Promise<void>;
  /** Whether every locale `lang` needs is loaded (or has no loader). */
  isReady(lang: string): boolean;
  /** The locales this catalogue can give (loaded or loadable), English first. */
  locales(): string[];
}

/** Locales and single strings registered by the service team; they win over every catalogue. */
const registered = new Map<string, Record<string, Message>>();
const listeners = new Set<() => void>();
/** Every catalogue created, so `loadLocale` can load a language for all of them. */
const catalogues = new Set<LocaleCatalogue<object>>();

/** A string a locale lacks, reported when English is shown in its place. */
export interface MissingString {
  catalogue: string;
  key: string;
  /** The language asked for. */
  lang: string;
  /** The locale that was searched and lacks the key. */
  locale: string;
}
const missingListeners = new Set<(missing: MissingString) => void>();

/**
 * Called when an element shows English because its language's locale lacks a string (a
 * locale registered with only some strings, or a translation not yet complete). Tests use
 * it to prove every locale is complete; a service can log it. Returns an unsubscribe function.
 */
export function onMissingString(listener: (missing: MissingString) => void): () => void {
  missingListeners.add(listener);
  return () => missingListeners.delete(listener);
}

function notify(): void {
  for (const listener of listeners) listener();
}

function normalise(code: string): string {
  return code.trim().toLowerCase().replace(/_/g, '-');
}

/** `fr-CA` → `['fr-ca', 'fr']`: the codes to try for a language tag, most specific first. */
function candidates(lang: string): string[] {
  const parts = normalise(lang || 'en').split('-');
  const codes: string[] = [];
  for (let i = parts.length; i > 0; i--) codes.push(parts.slice(0, i).join('-'));
  return codes;
}

class LocaleCatalogue<M extends object> implements Catalogue<M> {
  private readonly loaded = new Map<string, AnyMessages>();
  private readonly pending = new Map<string, Promise<void>>();
  private readonly loaders: Map<string, LocaleLoader<M>>;

  constructor(
    readonly name: string,
    private readonly english: M,
    loaders: Record<string, LocaleLoader<M>>,
  ) {
    this.loaded.set('en', english as AnyMessages);
    this.loaders = new Map(Object.entries(loaders).map(([code, load]) => [normalise(code), load]));
  }

  knows(code: string): boolean {
    return this.loaded.has(code) || registered.has(code);
  }

  locales(): string[] {
    return [...new Set(['en', ...this.loaded.keys(), ...this.loaders.keys()])];
  }

  isReady(lang: string): boolean {
    return candidates(lang).every((code) => !this.loaders.has(code) || this.loaded.has(code));
  }

  load(lang: string): Promise<void> {
    const jobs = candidates(lang)
      .filter((code) => this.loaders.has(code) && !this.loaded.has(code))
      .map((code) => {
        let job = this.pending.get(code);
        if (!job) {
          const loader = this.loaders.get(code)!;
          job = Promise.resolve()
            .then(loader)
            .then(
              (messages) => {
                this.loaded.set(code, messages as AnyMessages);
                notify();
              },
              (error: unknown) => {
                console.warn(
                  `[polis] Could not load the "${code}" strings of ${this.name}; using English.`,
                  error,
                );
              },
            );
          this.pending.set(code, job);
        }
        return job;
      });
    return Promise.all(jobs).then(() => undefined);
  }

  /** The registered or loaded locales to search for `lang`, then English. */
  chain(lang: string): string[] {
    const chain = candidates(lang).filter((code) => this.knows(code));
    if (!chain.includes('en')) chain.push('en');
    return chain;
  }

  lookup(key: string, lang: string, overrides?: object | null): { message: Message; locale: string } {
    const own = (overrides as AnyMessages | null | undefined)?.[key];
    const chain = this.chain(lang);
    if (isMessage(own)) return { message: own, locale: chain[0] ?? 'en' };
    for (const code of chain) {
      const value = registered.get(code)?.[key] ?? this.loaded.get(code)?.[key];
      if (isMessage(value)) {
        if (code === 'en' && chain[0] !== 'en' && missingListeners.size > 0) {
          const missing = { catalogue: this.name, key, lang, locale: chain[0]! };
          for (const listener of missingListeners) listener(missing);
        }
        return { message: value, locale: code };
      }
    }
    const english = (this.english as AnyMessages)[key];
    // A key nobody defines shows as itself, so the mistake is visible rather than blank.
    return { message: isMessage(english) ? english : key, locale: 'en' };
  }

  translate(key: keyof M & string, lang: string, args?: MessageArgs, overrides?: Partial<M> | null): string {
    const { message, locale } = this.lookup(key, lang, overrides);
    return format(message, locale, args);
  }
}

/**
 * Creates the catalogue of a package or pattern: its English strings and a loader per other
 * locale. Keys should be unique across catalogues (prefix them: `consentAccept`), because
 * `registerLocale` overrides by key.
 *
 * @example
 * const strings = createCatalogue('consent', consentEn, { fr: () => import('./fr.js').then((m) => m.default) });
 * strings.translate('consentAccept', 'fr');
 */
export function createCatalogue<M extends object>(
  name: string,
  english: M,
  loaders: Record<string, LocaleLoader<M>> = {},
): Catalogue<M> {
  const catalogue = new LocaleCatalogue(name, english, loaders);
  catalogues.add(catalogue as unknown as LocaleCatalogue<object>);
  return catalogue;
}

/**
 * The built-in locales of the components. Each is its own module, so a bundler splits it
 * into its own chunk and a page downloads only the languages it uses.
 */
const builtIn: Record<string, LocaleLoader<Messages>> = {
  bg: () => import('./locales/bg.js').then((module) => module.default),
  cs: () => import('./locales/cs.js').then((module) => module.default),
  da: () => import('./locales/da.js').then((module) => module.default),
  de: () => import('./locales/de.js').then((module) => module.default),
  el: () => import('./locales/el.js').then((module) => module.default),
  es: () => import('./locales/es.js').then((module) => module.default),
  et: () => import('./locales/et.js').then((module) => module.default),
  fi: () => import('./locales/fi.js').then((module) => module.default),
  fr: () => import('./locales/fr.js').then((module) => module.default),
  ga: () => import('./locales/ga.js').then((module) => module.default),
  hr: () => import('./locales/hr.js').then((module) => module.default),
  hu: () => import('./locales/hu.js').then((module) => module.default),
  it: () => import('./locales/it.js').then((module) => module.default),
  lt: () => import('./locales/lt.js').then((module) => module.default),
  lv: () => import('./locales/lv.js').then((module) => module.default),
  mt: () => import('./locales/mt.js').then((module) => module.default),
  nl: () => import('./locales/nl.js').then((module) => module.default),
  pl: () => import('./locales/pl.js').then((module) => module.default),
  pt: () => import('./locales/pt.js').then((module) => module.default),
  ro: () => import('./locales/ro.js').then((module) => module.default),
  sk: () => import('./locales/sk.js').then((module) => module.default),
  sl: () => import('./locales/sl.js').then((module) => module.default),
  sv: () => import('./locales/sv.js').then((module) => module.default),
  cy: () => import('./locales/cy.js').then((module) => module.default),
  ar: () => import('./locales/ar.js').then((module) => module.default),
};

/** The components' strings. */
export const components = createCatalogue<Messages>('components', en, builtIn) as LocaleCatalogue<Messages>;

/** The language codes of the built-in locales, English first. */
export const BUILT_IN_LOCALES: readonly string[] = ['en', ...Object.keys(builtIn)];

/**
 * Adds a locale, or overrides single strings of one that exists, at run time, for every
 * catalogue (components and patterns). Every element on the page re-renders with the new
 * strings. Keys that no catalogue knows are kept but unused.
 *
 * @example registerLocale('cy', { errorSummaryTitle: 'Mae problem wedi codi' })
 */
export function registerLocale(
  code: string,
  messages: PartialMessages | Readonly<Record<string, Message>>,
): void {
  if (typeof code !== 'string') return;
  const key = normalise(code);
  if (!key || typeof messages !== 'object' || messages === null) return;
  const valid = Object.fromEntries(Object.entries(messages).filter(([, value]) => isMessage(value)));
  registered.set(key, { ...registered.get(key), ...valid });
  notify();
}

/**
 * Loads the built-in strings `lang` needs, of the components and of every pattern loaded on
 * the page (consent, proactive services). Elements load their language by themselves and
 * re-render when it arrives; await this before showing a page to avoid a moment of English.
 * A language with no built-in strings loads nothing.
 */
export function loadLocale(lang: string): Promise<void> {
  return Promise.all([...catalogues].map((catalogue) => catalogue.load(lang))).then(() => undefined);
}

/** The locales registered by the service or loaded so far, English first. */
export function registeredLocales(): string[] {
  return [
    ...new Set([
      'en',
      ...components.locales().filter((code) => components.knows(code)),
      ...registered.keys(),
    ]),
  ];
}

/** Called whenever a locale is registered, loaded or changed; returns an unsubscribe function. */
export function onLocalesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The chain of locales searched for `lang`: `fr-CA` → `fr` (when known), then `en`. */
export function localeChain(lang: string): string[] {
  return components.chain(lang);
}

/** The best known locale for `lang` (used for `Intl` plural rules). */
export function resolveLocale(lang: string): string {
  return localeChain(lang)[0] ?? 'en';
}

/** Looks up a message: instance overrides first, then the locale chain, then English. */
export function lookup(key: MessageKey, lang: string, overrides?: PartialMessages | null): Message {
  return components.lookup(key, lang, overrides).message;
}

function isMessage(value: unknown): value is Message {
  if (typeof value === 'string') return true;
  return typeof value === 'object' && value !== null && typeof (value as PluralMessage).other === 'string';
}

/**
 * Fills a message. `{name}` is replaced by `args.name`; `{name:upper}` upper-cases its first
 * letter (to start a sentence) and `{name:lower}` lower-cases it (mid-sentence: "Enter full
 * name"), unless the value starts like an acronym ("NHS number" stays). A plural message
 * picks its form with `Intl.PluralRules` for `args.count`; numbers are formatted for the
 * locale. Unknown placeholders are left as they are, so a mistake is visible, not silent.
 */
export function format(message: Message, lang: string, args: MessageArgs = {}): string {
  const locale = safeLocale(lang);
  let template: string;
  if (typeof message === 'string') {
    template = message;
  } else {
    const count = Number(args.count ?? 0);
    const rule = new Intl.PluralRules(locale).select(count);
    // A form given as something other than text (a messages attribute, a CMS) is ignored.
    const form: unknown = message[rule];
    template = typeof form === 'string' ? form : message.other;
  }
  return template.replace(
    /\{([A-Za-z][\w-]*)(?::(upper|lower))?\}/g,
    (whole, name: string, modifier?: 'upper' | 'lower') => {
      const value = args[name];
      if (value === undefined) return whole;
      let text = display(value, locale);
      if (modifier === 'upper') text = upperFirst(text);
      if (modifier === 'lower') text = lowerFirst(text);
      // In a right-to-left sentence a left-to-right value ("report (1).pdf") would have its
      // punctuation reordered; first-strong isolates keep it whole. Screen readers skip them.
      return typeof value === 'string' && isRightToLeft(locale) ? `\u2068${text}\u2069` : text;
    },
  );
}

/** A locale `Intl` accepts: a malformed `lang` attribute must not throw a RangeError. */
function safeLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang || 'en')[0] ?? 'en';
  } catch {
    return 'en';
  }
}

const RTL = new Set(['ar', 'arc', 'dv', 'fa', 'ha', 'he', 'khw', 'ks', 'ku', 'ps', 'sd', 'ur', 'yi']);

/** Whether a language is written right to left (the primary subtag decides). */
export function isRightToLeft(lang: string): boolean {
  return RTL.has(normalise(lang).split('-')[0] ?? '');
}

function display(value: string | number, locale: string): string {
  return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
}

function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  const [first = '', second = ''] = text;
  // Keep acronyms and proper nouns that start with two capitals: "NHS number", "UK address".
  if (second && second === second.toLocaleUpperCase() && second !== second.toLocaleLowerCase()) {
    return text;
  }
  return first.toLocaleLowerCase() + text.slice(1);
}

/** Message lookup and formatting in one call, from the components' strings. */
export function translate(
  key: MessageKey,
  lang: string,
  args?: MessageArgs,
  overrides?: PartialMessages | null,
): string {
  return components.translate(key, lang, args, overrides);
}
