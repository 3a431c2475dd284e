import { html, nothing, type PropertyDeclarations } from 'lit';
import { PolisElement } from '../../base/polis-element.js';
import { safeHref } from '../../base/url.js';
import { LANGUAGES } from '../../i18n/languages.js';
import { isRightToLeft } from '../../i18n/registry.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { languageSwitcherStyles } from './language-switcher.styles.js';

/** Where the language code goes in `href-template`. */
export const LANGUAGE_SWITCHER_PLACEHOLDER = '{lang}';

/** One language the switcher offers. */
export interface LanguageSwitcherOption {
  /** The language tag (`cy`, `pt-BR`). */
  code: string;
  /** Its name, in that language. */
  name: string;
  /** Where the page is in that language; none for the current language. */
  href?: string;
  dir: 'ltr' | 'rtl';
  current: boolean;
}

/** The canonical form of a language tag, or null when it is not one. */
function canonical(code: string): string | null {
  try {
    return Intl.getCanonicalLocales(code)[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The name of a language in that language: from Polis's list of languages, else from the
 * browser's (`Intl.DisplayNames`), with a capital letter as it stands alone. Null when
 * neither knows it.
 */
export function languageSwitcherEndonym(code: string): string | null {
  const known = LANGUAGES.find((language) => language.code === code.toLowerCase());
  if (known) return known.name;
  try {
    const name = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
    if (!name) return null;
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return null;
  }
}

function directionOf(code: string): 'ltr' | 'rtl' {
  const known = LANGUAGES.find((language) => language.code === code.toLowerCase());
  if (known) return known.dir;
  return isRightToLeft(code) ? 'rtl' : 'ltr';
}

/** Whether `code` is the language `wanted` asks for: the same tag, or the same language when only one has a region. */
function sameLanguage(code: string, wanted: string): boolean {
  const a = code.toLowerCase();
  const b = wanted.toLowerCase();
  return a === b || a.split('-')[0] === b || b.split('-')[0] === a;
}

/**
 * Lets people read the page in another language: a navigation landmark with one item per
 * language, each named in its own language (and marked with `lang`, `hreflang` and `dir`),
 * the current language shown as text with `aria-current="true"` rather than as a link to
 * itself.
 *
 * Give the languages either as codes (`languages="en cy"` with `href-template="/{lang}/apply"`;
 * names come from Polis's list of endonyms, else from the browser) or as your own links
 * (`<a href="/cy/apply" hreflang="cy" lang="cy">Cymraeg</a>`), which also show before the
 * element upgrades. The landmark's name, "Language", is in the page's language: the language
 * of the page a person is on, which screen readers read it in.
 *
 * @summary Lets people switch the page to another language, each named in its own language.
 * @status stable
 * @since 0.2.0
 *
 * @slot - Your own links, one per language, each with `hreflang` (or `lang`) and its name in that language, in a list or not. The current language may be a link or text. Used when `languages` is not set; they are not shown once the element has upgraded (it shows its own list built from them).
 * @csspart base - The navigation landmark.
 * @csspart icon - The globe drawn before the list (decorative, never mirrored).
 * @csspart list - The list of languages.
 * @csspart item - Each list item.
 * @csspart link - Each link to another language.
 * @csspart current - The current language (text, not a link).
 * @cssprop --polis-language-switcher-separator-color - Colour of the line between languages.
 */
export class PolisLanguageSwitcher extends PolisElement {
  static override tagName = 'polis-language-switcher';

  static override styles = [baseStyles, languageSwitcherStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    languages: {},
    current: {},
    hrefTemplate: { attribute: 'href-template' },
    label: {},
    version: { state: true },
  };

  /**
   * The languages, as codes separated by spaces or commas (`"en cy"`), in the order to show
   * them. Codes that are not language tags are left out, with one warning in development.
   */
  declare languages: string;
  /**
   * The code of the language the page is in, shown as text rather than a link. Defaults to
   * the page's language (the nearest `lang`).
   */
  declare current: string;
  /**
   * The address of the page in each language, with `{lang}` where the code goes:
   * `/{lang}/apply`. Used with `languages`. Script addresses are refused.
   */
  declare hrefTemplate: string;
  /** The name of the landmark, in the page's language. Defaults to "Language", translated. */
  declare label: string;
  /** Bumped when the page's own links change. */
  declare private version: number;

  private observer?: MutationObserver;

  constructor() {
    super();
    this.languages = '';
    this.current = '';
    this.hrefTemplate = '';
    this.label = '';
    this.version = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer ??= new MutationObserver(() => this.version++);
    this.observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['href', 'hreflang', 'lang', 'aria-current'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  /** The language the page is in: `current`, else the nearest `lang`. */
  private currentCode(options: { code: string }[]): string | null {
    const wanted = this.current?.trim();
    if (wanted) {
      const code = canonical(wanted);
      const match = code
        ? (options.find((option) => option.code.toLowerCase() === code.toLowerCase()) ??
          options.find((option) => sameLanguage(option.code, code)))
        : undefined;
      if (match) return match.code;
      this.warn(
        `current:${wanted}`,
        `current="${wanted}" is not one of its languages; using the page's language instead.`,
      );
    }
    const lang = canonical(this.localize.lang);
    if (!lang) return null;
    const match =
      options.find((option) => option.code.toLowerCase() === lang.toLowerCase()) ??
      options.find((option) => sameLanguage(option.code, lang));
    return match?.code ?? null;
  }

  /** The options from `languages` and `href-template`. */
  private fromCodes(): LanguageSwitcherOption[] {
    const codes: string[] = [];
    for (const raw of this.languages.split(/[\s,]+/).filter(Boolean)) {
      const code = canonical(raw);
      if (!code) {
        this.warn(
          `languages:${raw}`,
          `languages has "${raw}", which is not a language tag such as "cy"; left out.`,
        );
        continue;
      }
      if (!codes.some((known) => known.toLowerCase() === code.toLowerCase())) codes.push(code);
    }
    // Checked once as a whole, so a script address warns once, not once per language.
    const template = safeHref(this, this.hrefTemplate?.trim(), 'href-template') ?? '';
    if (codes.length > 1 && !template.includes(LANGUAGE_SWITCHER_PLACEHOLDER)) {
      this.warn(
        'href-template',
        `needs href-template="…${LANGUAGE_SWITCHER_PLACEHOLDER}…" to link to the other languages, such as "/${LANGUAGE_SWITCHER_PLACEHOLDER}/apply".`,
      );
    }
    const options = codes.map((code) => {
      let name = languageSwitcherEndonym(code);
      if (!name) {
        this.warn(
          `name:${code}`,
          `does not know the name of "${code}"; showing the code. Give your own links to name it.`,
        );
        name = code;
      }
      return { code, name, dir: directionOf(code), current: false } as LanguageSwitcherOption;
    });
    const current = this.currentCode(options);
    for (const option of options) {
      option.current = option.code === current;
      if (option.current || !template.includes(LANGUAGE_SWITCHER_PLACEHOLDER)) continue;
      const href = template.split(LANGUAGE_SWITCHER_PLACEHOLDER).join(encodeURIComponent(option.code));
      option.href = safeHref(this, href, 'href-template');
    }
    return options;
  }

  /** The options from the page's own links (and the current language, which may be text). */
  private fromLinks(): LanguageSwitcherOption[] {
    const elements = [...this.querySelectorAll<HTMLElement>('a, [hreflang], [lang]')].filter(
      (element) =>
        (element.textContent ?? '').trim() !== '' &&
        // The innermost: a <span lang> inside a link is the link's text, not another language.
        !element.parentElement?.closest('a') &&
        !(element.localName !== 'a' && element.querySelector('a')),
    );
    const options = elements.map((element) => {
      const declared = element.getAttribute('hreflang') || element.getAttribute('lang') || '';
      const code = canonical(declared.trim()) ?? '';
      if (!code) {
        this.warn(
          'link-lang',
          'has a link with no hreflang (or lang) naming its language; give each link hreflang="…" and lang="…".',
        );
      }
      const href =
        element instanceof HTMLAnchorElement
          ? safeHref(this, element.getAttribute('href'), 'href')
          : undefined;
      const pageSays = element.getAttribute('aria-current');
      return {
        code,
        name: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
        href,
        dir: code ? directionOf(code) : 'ltr',
        current: (pageSays !== null && pageSays !== 'false') || (element.localName !== 'a' && Boolean(code)),
      } as LanguageSwitcherOption;
    });
    if (!options.some((option) => option.current)) {
      const current = this.currentCode(options.filter((option) => option.code));
      for (const option of options) option.current = Boolean(current) && option.code === current;
    }
    for (const option of options) if (option.current) delete option.href;
    return options;
  }

  /** The languages shown, in order, with the current one marked. */
  private get options(): LanguageSwitcherOption[] {
    return this.languages?.trim() ? this.fromCodes() : this.fromLinks();
  }

  private renderOption(option: LanguageSwitcherOption) {
    const lang = option.code || nothing;
    if (option.current) {
      return html`<span part="current" class="current" aria-current="true" lang=${lang} dir=${option.dir}
        >${option.name}</span
      >`;
    }
    if (option.href) {
      return html`<a
        part="link"
        class="link"
        href=${option.href}
        lang=${lang}
        hreflang=${lang}
        dir=${option.dir}
        >${option.name}</a
      >`;
    }
    return html`<span class="unlinked" lang=${lang} dir=${option.dir}>${option.name}</span>`;
  }

  protected override render() {
    void this.version;
    const label = this.label?.trim() || this.localize.term('languageSwitcherLabel');
    const options = this.options;
    return html`<nav part="base" class="switcher" aria-label=${label}>
      <svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="10"></circle>
        <path
          d="M2 12h20M12 2c2.8 2.7 4.2 6 4.2 10s-1.4 7.3-4.2 10c-2.8-2.7-4.2-6-4.2-10S9.2 4.7 12 2z"
        ></path>
      </svg>
      <ul part="list" class="list">
        ${options.map((option) => html`<li part="item" class="item">${this.renderOption(option)}</li>`)}
      </ul>
    </nav>`;
  }
}
