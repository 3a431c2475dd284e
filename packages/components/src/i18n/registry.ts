import { en } from './locales/en.js';
import { fr } from './locales/fr.js';
import type { Message, MessageKey, Messages, PartialMessages, PluralMessage } from './types.js';

/**
 * The locale registry: plain TypeScript with no DOM, so it works on a server too.
 * English is always present and is the fallback for every missing string.
 */
const locales = new Map<string, PartialMessages>([
  ['en', en],
  ['fr', fr],
]);
const listeners = new Set<() => void>();

function normalise(code: string): string {
  return code.trim().toLowerCase().replace(/_/g, '-');
}

/**
 * Adds a locale, or overrides single strings of one that exists, at run time. Every element
 * on the page re-renders with the new strings.
 *
 * @example registerLocale('cy', { errorSummaryTitle: 'Mae problem wedi codi' })
 */
export function registerLocale(code: string, messages: PartialMessages): void {
  const key = normalise(code);
  if (!key) return;
  locales.set(key, { ...locales.get(key), ...messages });
  for (const listener of listeners) listener();
}

/** The locales registered now, English first. */
export function registeredLocales(): string[] {
  return [...locales.keys()];
}

/** Called whenever a locale is registered or changed; returns an unsubscribe function. */
export function onLocalesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The chain of locales to search for `lang`: `fr-CA` → `fr-ca`, `fr`, then `en`.
 */
export function localeChain(lang: string): string[] {
  const chain: string[] = [];
  const parts = normalise(lang || 'en').split('-');
  for (let i = parts.length; i > 0; i--) {
    const code = parts.slice(0, i).join('-');
    if (locales.has(code)) chain.push(code);
  }
  if (!chain.includes('en')) chain.push('en');
  return chain;
}

/** The best registered locale for `lang` (used for `Intl` plural rules). */
export function resolveLocale(lang: string): string {
  return localeChain(lang)[0] ?? 'en';
}

/** Looks up a message: instance overrides first, then the locale chain, then English. */
export function lookup(key: MessageKey, lang: string, overrides?: PartialMessages | null): Message {
  const own = overrides?.[key];
  if (isMessage(own)) return own;
  for (const code of localeChain(lang)) {
    const value = locales.get(code)?.[key];
    if (isMessage(value)) return value;
  }
  return (en as Messages)[key];
}

function isMessage(value: unknown): value is Message {
  if (typeof value === 'string') return true;
  return typeof value === 'object' && value !== null && typeof (value as PluralMessage).other === 'string';
}

export type MessageArgs = Record<string, string | number>;

/**
 * Fills a message. `{name}` is replaced by `args.name`; `{name:upper}` upper-cases its first
 * letter (to start a sentence) and `{name:lower}` lower-cases it (mid-sentence: "Enter full
 * name"), unless the value starts like an acronym ("NHS number" stays). A plural message
 * picks its form with `Intl.PluralRules` for `args.count`; numbers are formatted for the
 * locale. Unknown placeholders are left as they are, so a mistake is visible, not silent.
 */
export function format(message: Message, lang: string, args: MessageArgs = {}): string {
  const locale = resolveLocale(lang);
  let template: string;
  if (typeof message === 'string') {
    template = message;
  } else {
    const count = Number(args.count ?? 0);
    const rule = new Intl.PluralRules(locale).select(count);
    template = message[rule] ?? message.other;
  }
  return template.replace(
    /\{([A-Za-z][\w-]*)(?::(upper|lower))?\}/g,
    (whole, name: string, modifier?: 'upper' | 'lower') => {
      const value = args[name];
      if (value === undefined) return whole;
      const text = display(value, locale);
      if (modifier === 'upper') return upperFirst(text);
      if (modifier === 'lower') return lowerFirst(text);
      return text;
    },
  );
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

/** Message lookup and formatting in one call. */
export function translate(
  key: MessageKey,
  lang: string,
  args?: MessageArgs,
  overrides?: PartialMessages | null,
): string {
  return format(lookup(key, lang, overrides), lang, args);
}
