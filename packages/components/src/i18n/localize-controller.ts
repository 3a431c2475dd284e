import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import {
  components,
  isRightToLeft,
  onLocalesChange,
  resolveLocale,
  type Catalogue,
  type MessageArgs,
} from './registry.js';
import type { Messages } from './types.js';

export type Direction = 'ltr' | 'rtl';

type LocalizedHost = ReactiveControllerHost &
  HTMLElement & {
    /** Per-instance overrides of built-in strings. */
    messages?: object | null;
  };

const hosts = new Set<LocalizedHost>();
let observer: MutationObserver | undefined;
let unsubscribe: (() => void) | undefined;

function refreshAll(): void {
  for (const host of hosts) host.requestUpdate();
}

/** One observer for the whole page: any change of `lang` or `dir` re-renders the elements. */
function watch(): void {
  if (observer || isServer) return;
  observer = new MutationObserver(refreshAll);
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang', 'dir'],
    subtree: true,
  });
  unsubscribe = onLocalesChange(refreshAll);
}

function unwatch(): void {
  if (hosts.size > 0) return;
  observer?.disconnect();
  observer = undefined;
  unsubscribe?.();
  unsubscribe = undefined;
}

/** The nearest ancestor (crossing shadow roots) that carries `attribute`. */
function closestWith(element: Element, attribute: string): Element | null {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest(`[${attribute}]`);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/**
 * The locale for dates. Plain `en` is read as British English ("3 March 2026", day first), as
 * in most of Europe and on GOV.UK; a page that wants US dates says `lang="en-US"`.
 */
export function dateLocale(lang: string): string {
  const tag = lang.trim();
  if (/^en$/i.test(tag)) return 'en-GB';
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en-GB';
  } catch {
    return 'en-GB';
  }
}

/**
 * Gives an element its language and direction and translates its built-in strings.
 *
 * Strings come from a catalogue: the components' own by default, or a pattern's. Before each
 * update the controller asks the catalogue to load the element's language if it is not loaded
 * yet; the element shows English until then and re-renders when it arrives.
 *
 * The language is the nearest `lang` attribute, looked up through shadow roots, so a
 * component inside `<div lang="fr">` speaks French; it re-renders when any `lang` or `dir` on
 * the page changes, and when a locale is registered. Strings come from the element's own
 * `messages` first, then the locale, then English.
 */
export class LocalizeController<M extends object = Messages> implements ReactiveController {
  private readonly catalogue: Catalogue<M>;

  constructor(
    private readonly host: LocalizedHost,
    catalogue?: Catalogue<M>,
  ) {
    this.catalogue = catalogue ?? (components as unknown as Catalogue<M>);
    host.addController(this);
  }

  hostUpdate(): void {
    const lang = this.lang;
    if (!this.catalogue.isReady(lang)) void this.catalogue.load(lang);
  }

  hostConnected(): void {
    hosts.add(this.host);
    watch();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    unwatch();
  }

  /** The BCP 47 language tag in force for the element (`en` when none is set). */
  get lang(): string {
    if (isServer) return this.host.getAttribute?.('lang') || 'en';
    const element = closestWith(this.host, 'lang');
    return element?.getAttribute('lang')?.trim() || 'en';
  }

  /** The registered locale used for strings and plural rules. */
  get locale(): string {
    return resolveLocale(this.lang);
  }

  /** Text direction: the nearest `dir`, else the direction of the language. */
  get direction(): Direction {
    if (!isServer) {
      const value = closestWith(this.host, 'dir')?.getAttribute('dir')?.toLowerCase();
      if (value === 'rtl' || value === 'ltr') return value;
    }
    const primary = this.lang.toLowerCase().split(/[-_]/)[0] ?? 'en';
    return isRightToLeft(primary) ? 'rtl' : 'ltr';
  }

  /** A translated, filled message. */
  term(key: keyof M & string, args?: MessageArgs): string {
    return this.catalogue.translate(key, this.lang, args, this.host.messages as Partial<M> | null);
  }

  /** A number formatted for the element's language. */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.locale, options).format(value);
  }

  /** A date formatted for the element's language. */
  date(value: Date, options?: Intl.DateTimeFormatOptions): string {
    return new Intl.DateTimeFormat(dateLocale(this.lang || this.locale), options).format(value);
  }
}
