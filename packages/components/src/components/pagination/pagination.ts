import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { oneOf } from '../../base/enum.js';
import { PolisElement } from '../../base/polis-element.js';
import { safeHref } from '../../base/url.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { paginationStyles } from './pagination.styles.js';

/** How the links are laid out: numbered pages between previous and next, or previous and next alone, with titles. */
export const PAGINATION_VARIANTS = ['numbered', 'block'] as const;
export type PaginationVariant = (typeof PAGINATION_VARIANTS)[number];

/** Where the page number goes in `href-template`. */
export const PAGINATION_PLACEHOLDER = '{page}';

/** What `polis-page-change` carries. */
export interface PageChangeDetail {
  /** The number of the page the link goes to, or null when it is not known (a block link to a page by its title). */
  page: number | null;
  /** The full address of the link. */
  href: string;
  /** `prev` or `next` for the previous and next links, null for a numbered page. */
  rel: 'prev' | 'next' | null;
}

/**
 * Fired by `polis-pagination` when a person follows one of its links, before the browser
 * does. Cancel it (`preventDefault()`) to show the page yourself, as a single-page
 * application does, then set `current`.
 */
export class PolisPageChangeEvent extends Event {
  static readonly type = 'polis-page-change';
  readonly detail: PageChangeDetail;

  constructor(detail: PageChangeDetail) {
    super(PolisPageChangeEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'polis-page-change': PolisPageChangeEvent;
  }
}

/** Reads a whole number from an attribute: anything else (text, 2.5, empty) becomes NaN. */
const wholeNumber = {
  fromAttribute(value: string | null): number | undefined {
    if (value === null) return undefined;
    return /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  },
  toAttribute(value: number | undefined): string | null {
    return value === undefined || value === null ? null : String(value);
  },
};

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;

/** A link the element shows, and where it came from. */
interface Target {
  page: number | null;
  href?: string;
  rel: 'prev' | 'next' | null;
  /** The page's own link, which a click is handed to. */
  link?: HTMLAnchorElement;
  /** The title of the page it leads to (block variant), as the page wrote it. */
  label?: string;
  lang?: string;
  dir?: string;
}

type Item = Target | 'ellipsis';

interface Model {
  current: number | null;
  items: Item[];
  previous?: Target;
  next?: Target;
}

const textOf = (element: Element): string => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

function saysCurrent(element: Element | null): boolean {
  const value = element?.getAttribute('aria-current');
  return value !== null && value !== undefined && value !== 'false';
}

/**
 * The page numbers to show, in order, with `'ellipsis'` for a gap: the first and last pages,
 * the current one and its neighbours. A gap of a single page shows that page instead (an
 * ellipsis would take as much room and hide it). `known` lists the pages there are links
 * for; without a current page, every known page is shown.
 */
function layout(current: number | null, known: readonly number[]): (number | 'ellipsis')[] {
  const pages = [...new Set(known)].sort((a, b) => a - b);
  if (!pages.length) return [];
  let shown: number[];
  if (current === null) {
    shown = pages;
  } else {
    const has = new Set(pages);
    const wanted = new Set(
      [pages[0]!, current - 1, current, current + 1, pages.at(-1)!].filter((page) => has.has(page)),
    );
    const sorted = [...wanted].sort((a, b) => a - b);
    for (let i = 0; i + 1 < sorted.length; i++) {
      const between = sorted[i]! + 1;
      if (sorted[i + 1]! - sorted[i]! === 2 && has.has(between)) wanted.add(between);
    }
    shown = [...wanted].sort((a, b) => a - b);
  }
  const result: (number | 'ellipsis')[] = [];
  shown.forEach((page, i) => {
    if (i > 0 && page - shown[i - 1]! > 1) result.push('ellipsis');
    result.push(page);
  });
  return result;
}

/**
 * Helps people move between the pages of a long list, such as search results, or through a
 * series of related pages: numbered pages between "Previous page" and "Next page", or, in the
 * block variant, previous and next alone with the title of the page each leads to.
 *
 * Give it the pages in one of two ways. **From attributes**: `current`, `total` and
 * `href-template` (`"?page={page}"`); the element builds every link, each address checked
 * (script addresses are refused). **From your own links**, written inside the element: a list
 * of numbered links, the current one marked `aria-current="page"` (or written as text), and
 * links with `rel="prev"` and `rel="next"`. Your links are what people get before the element
 * upgrades and without JavaScript; once upgraded, the element shows its own copy (yours is no
 * longer rendered, so nothing is read twice) and hands each click to your link.
 *
 * Long ranges show the first and last pages, the current page and its neighbours, with an
 * ellipsis for each gap, hidden from screen readers. Each number is a link named "Page 3"
 * (translated; the number is formatted for the page's language); the current one stays a link,
 * marked `aria-current="page"`, so people who tab through the numbers hear where they are.
 * There is no "Previous page" on the first page, nor "Next page" on the last; with a single
 * page, nothing is shown. The arrows point the other way right to left.
 *
 * A click (or Enter) on any link fires a cancelable `polis-page-change`; cancel it to change
 * page without loading one. When `current` changes, focus stays on the page a person chose,
 * and moves to the current page if the link they used is gone ("Next page" on the last page).
 *
 * @summary Helps people move to the previous, next or another numbered page of a list or series.
 * @status stable
 * @since 0.2.0
 *
 * @slot - Your own links, when `href-template` is not set: numbered page links (in a list or not), the current page marked `aria-current="page"` or written as text, and links with `rel="prev"` and `rel="next"` (in the block variant, their text is the title of the page they lead to). Read, not shown once the element has upgraded; it follows changes to them.
 * @csspart base - The navigation landmark.
 * @csspart list - The list of numbered pages.
 * @csspart item - Each item of the list: a page or an ellipsis.
 * @csspart link - Each numbered page (a link, or text when it has no address).
 * @csspart current - The current page's item.
 * @csspart ellipsis - Each ellipsis (hidden from screen readers).
 * @csspart previous - The "Previous page" link.
 * @csspart next - The "Next page" link.
 * @csspart arrow - The arrows of the previous and next links (mirrored right to left).
 * @csspart label - In the block variant, the title of the page a link leads to.
 * @cssprop --polis-pagination-current-background - Background of the current page (defaults to the link colour).
 * @cssprop --polis-pagination-current-color - Text colour of the current page (defaults to the inverse text colour).
 *
 * @fires polis-page-change - When a person follows one of its links (click, or Enter), before the browser does. Cancelable: cancel it to show the page yourself. `detail.page` is the page number (null when not known), `detail.href` the link's full address, `detail.rel` `prev`, `next` or null.
 */
export class PolisPagination extends PolisElement {
  static override tagName = 'polis-pagination';

  static override styles = [baseStyles, paginationStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    current: { converter: wholeNumber },
    total: { converter: wholeNumber },
    hrefTemplate: { attribute: 'href-template' },
    variant: {},
    label: {},
    version: { state: true },
  };

  /**
   * The page people are on, from 1. With `href-template`, a value that is not a whole number
   * from 1 to `total` falls back to 1 with one warning; without it, it chooses the current
   * page among your own links. Set it when a single-page application changes page.
   */
  declare current: number | undefined;
  /**
   * How many pages there are, with `href-template`. A value that is not a whole number of 1 or
   * more gives one warning, and the element shows your own links instead (nothing without them).
   */
  declare total: number | undefined;
  /**
   * The address of each page, with `{page}` where its number goes: `?page={page}` or
   * `/results/{page}`. Set it to build the links from `current` and `total`. Script addresses
   * are refused.
   */
  declare hrefTemplate: string;
  /**
   * `numbered` (default): previous, the numbered pages and next. `block`: previous and next
   * alone, stacked, each with the title of the page it leads to, for a series of content pages.
   * Any other value falls back to `numbered` with one warning.
   */
  declare variant: PaginationVariant;
  /** The name of the landmark, in the page's language. Defaults to "Pagination", translated. */
  declare label: string;
  /** Bumped when the page's own links change. */
  declare private version: number;

  private observer?: MutationObserver;
  private model: Model = { current: null, items: [] };
  /** The links as last rendered, by index, so a click finds its page and your own link. */
  private targets: Target[] = [];
  /** What had focus in the shadow root before an update. */
  private focused: Element | null = null;

  constructor() {
    super();
    this.hrefTemplate = '';
    this.variant = 'numbered';
    this.label = '';
    this.version = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof MutationObserver === 'undefined') return;
    this.observer ??= new MutationObserver(() => this.version++);
    this.observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['href', 'rel', 'aria-current', 'lang', 'dir'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  private raw(attribute: 'current' | 'total'): string {
    return this.getAttribute(attribute) ?? String(this[attribute]);
  }

  /** The pages from `current`, `total` and `href-template`; null when `total` cannot be used. */
  private fromAttributes(): Model | null {
    const total = this.total;
    if (!isCount(total)) {
      this.warn(
        `total:${this.raw('total')}`,
        total === undefined || total === null
          ? 'has href-template but no total; add total="…" (the number of pages). Showing its own links instead.'
          : `total="${this.raw('total')}" is not a whole number of 1 or more; showing its own links instead.`,
      );
      return null;
    }
    let current = 1;
    if (isCount(this.current) && this.current <= total) current = this.current;
    else if (this.current !== undefined && this.current !== null) {
      this.warn(
        `current:${this.raw('current')}:${total}`,
        `current="${this.raw('current')}" is not a whole number from 1 to ${total}; using 1.`,
      );
    }
    // Checked once as a whole, so a script address warns once, not once per page.
    const template = safeHref(this, this.hrefTemplate.trim(), 'href-template') ?? '';
    const usable = template.includes(PAGINATION_PLACEHOLDER);
    if (template && !usable) {
      this.warn(
        'href-template',
        `href-template="${template}" has no ${PAGINATION_PLACEHOLDER}; the pages are not links. Write it where the page number goes, such as "?page=${PAGINATION_PLACEHOLDER}".`,
      );
    }
    const target = (page: number, rel: Target['rel']): Target => ({
      page,
      rel,
      href: usable
        ? safeHref(this, template.split(PAGINATION_PLACEHOLDER).join(String(page)), 'href-template')
        : undefined,
    });
    // Only these pages can ever be shown: the ends, the current page and two either side.
    const candidates = [
      1,
      2,
      current - 2,
      current - 1,
      current,
      current + 1,
      current + 2,
      total - 1,
      total,
    ].filter((page) => page >= 1 && page <= total);
    return {
      current,
      items: layout(current, candidates).map((page) => (page === 'ellipsis' ? page : target(page, null))),
      previous: current > 1 ? target(current - 1, 'prev') : undefined,
      next: current < total ? target(current + 1, 'next') : undefined,
    };
  }

  /** Whether an element, or one of its ancestors inside the element, or a descendant, is marked current. */
  private marked(element: Element): boolean {
    for (let node: Element | null = element; node && node !== this; node = node.parentElement) {
      if (saysCurrent(node)) return true;
    }
    return [...element.querySelectorAll('[aria-current]')].some(saysCurrent);
  }

  /** The pages from the page's own links. */
  private fromLinks(): Model {
    const pages = new Map<number, Target>();
    let marked: number | null = null;
    const unlinked: number[] = [];
    let previous: Target | undefined;
    let next: Target | undefined;
    for (const element of this.querySelectorAll('a, li, [aria-current]')) {
      // A list item or mark around a link: the link is read instead.
      if (element.localName !== 'a' && element.querySelector('a')) continue;
      const link = element.localName === 'a' ? (element as HTMLAnchorElement) : null;
      const hasHref = Boolean(link?.hasAttribute('href'));
      const href = hasHref ? safeHref(this, link!.getAttribute('href'), 'href') : undefined;
      const text = textOf(element);
      const from = (rel: Target['rel'], page: number | null): Target => ({
        page,
        rel,
        href,
        link: href ? link! : undefined,
        label: text || undefined,
        lang: element.getAttribute('lang') ?? undefined,
        dir: element.getAttribute('dir') ?? undefined,
      });
      const rel = (link?.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
      if (link && (rel.includes('prev') || rel.includes('previous'))) {
        previous ??= from('prev', null);
        continue;
      }
      if (link && rel.includes('next')) {
        next ??= from('next', null);
        continue;
      }
      // A numbered page: text with one number in it ("3", or "Page 3").
      const match = /^\D*?(\d+)\D*$/.exec(text);
      const page = match ? Number(match[1]) : Number.NaN;
      if (!isCount(page)) continue;
      if (!pages.has(page)) {
        pages.set(page, { ...from(null, page), label: undefined });
        if (!hasHref) unlinked.push(page);
      }
      if (marked === null && this.marked(element)) marked = page;
    }
    let current = marked ?? (unlinked.length === 1 ? unlinked[0]! : null);
    const wanted = this.current;
    if (wanted !== undefined && wanted !== null) {
      if (isCount(wanted) && pages.has(wanted)) current = wanted;
      else {
        this.warn(
          `current:${this.raw('current')}`,
          `current="${this.raw('current')}" is not one of the pages it has links for; ${
            current === null ? 'no page is marked current' : `using ${current}, the page marked current`
          }.`,
        );
      }
    }
    // The page number of a previous or next link: the numbered page with the same address.
    const numberOf = (target: Target | undefined): Target | undefined => {
      if (!target) return target;
      const same = [...pages.values()].find((page) => page.href && page.href === target.href);
      return { ...target, page: same?.page ?? null };
    };
    previous = numberOf(previous);
    next = numberOf(next);
    // No previous or next link of its own: the neighbouring numbered page, when there is a link to it.
    if (!previous && current !== null && pages.get(current - 1)?.href) {
      previous = { ...pages.get(current - 1)!, rel: 'prev' };
    }
    if (!next && current !== null && pages.get(current + 1)?.href) {
      next = { ...pages.get(current + 1)!, rel: 'next' };
    }
    if (previous && !previous.href) previous = undefined;
    if (next && !next.href) next = undefined;
    const items = layout(current, [...pages.keys()]).map((page) =>
      page === 'ellipsis' ? page : pages.get(page)!,
    );
    return { current, items, previous, next };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.focused = this.shadowRoot?.activeElement ?? null;
    // A bad total has warned already: one warning, not a second one about having no pages.
    let warned = false;
    if (this.hrefTemplate?.trim()) {
      const built = this.fromAttributes();
      warned = !built;
      this.model = built ?? this.fromLinks();
    } else {
      if (this.total !== undefined && this.total !== null) {
        this.warn(
          'total-without-template',
          'has total but no href-template, so it cannot build links to the pages; showing its own links. Add href-template="?page={page}".',
        );
        warned = true;
      }
      this.model = this.fromLinks();
    }
    const { items, previous, next } = this.model;
    // While the page is still being parsed, the links may not be there yet.
    if (!warned && !items.length && !previous && !next && document.readyState !== 'loading') {
      this.warn(
        'empty',
        'has no pages: set current, total and href-template="?page={page}", or write your own links inside it.',
      );
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The focused link went (Next, on reaching the last page in a single-page application):
    // focus the current page rather than losing it to the top of the page.
    const focused = this.focused;
    this.focused = null;
    if (!focused || focused.isConnected) return;
    const current = this.renderRoot.querySelector<HTMLElement>('a[aria-current="page"]');
    (current ?? this.renderRoot.querySelector<HTMLElement>('a'))?.focus();
  }

  private readonly onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a[data-target]') as HTMLAnchorElement | null;
    const target = anchor ? this.targets[Number(anchor.dataset.target)] : undefined;
    if (!anchor || !target) return;
    const change = new PolisPageChangeEvent({ page: target.page, href: anchor.href, rel: target.rel });
    if (!this.dispatchEvent(change)) {
      event.preventDefault();
      return;
    }
    // Your own link takes the click: its listeners (a router's) run, then the browser follows it.
    if (target.link?.isConnected) {
      event.preventDefault();
      target.link.click();
    }
  };

  /** Remembers a link for the click handler and returns its index. */
  private index(target: Target): number {
    this.targets.push(target);
    return this.targets.length - 1;
  }

  private renderNumber(target: Target, current: boolean) {
    const page = target.page!;
    const inner = html`<span class="visually-hidden">${this.localize.term('paginationPage', { page })}</span
      ><span aria-hidden="true">${this.localize.number(page)}</span>`;
    const mark = current ? 'page' : nothing;
    return target.href
      ? html`<a
          part="link"
          class="number"
          href=${target.href}
          aria-current=${mark}
          data-target=${this.index(target)}
          >${inner}</a
        >`
      : html`<span part="link" class="number number--text" aria-current=${mark}>${inner}</span>`;
  }

  private arrow(rel: 'prev' | 'next') {
    return html`<svg part="arrow" class="arrow" viewBox="0 0 16 14" aria-hidden="true" focusable="false">
      <path d=${rel === 'prev' ? 'M7 1.5 1.75 7 7 12.5M2 7h13' : 'M9 1.5 14.25 7 9 12.5M14 7H1'}></path>
    </svg>`;
  }

  private renderDirection(target: Target, block: boolean) {
    const rel = target.rel as 'prev' | 'next';
    const word = this.localize.term(rel === 'prev' ? 'paginationPrevious' : 'paginationNext');
    const part = rel === 'prev' ? 'previous' : 'next';
    const label = block ? target.label : undefined;
    return html`<div class="direction direction--${part}">
      <a
        part=${part}
        class="direction-link ${label ? 'direction-link--labelled' : ''}"
        href=${target.href!}
        rel=${rel}
        data-target=${this.index(target)}
      >
        <span class="title">${this.arrow(rel)}<span class="title-text">${word}</span></span
        >${
          label
            ? html`<span class="visually-hidden">:</span
                ><span part="label" class="label" lang=${target.lang || nothing} dir=${target.dir || nothing}
                  >${label}</span
                >`
            : nothing
        }
      </a>
    </div>`;
  }

  protected override render() {
    void this.version;
    this.targets = [];
    const variant = oneOf(this, 'variant', this.variant, PAGINATION_VARIANTS, 'numbered');
    const { current, items } = this.model;
    // Previous and next are links or nothing: without an address there is nowhere to go.
    const previous = this.model.previous?.href ? this.model.previous : undefined;
    const next = this.model.next?.href ? this.model.next : undefined;
    const block = variant === 'block';
    const pages = items.filter((item) => item !== 'ellipsis');
    // Nothing to move to: no landmark at all (a single page of results).
    if (!previous && !next && (block || pages.length <= 1)) return nothing;
    const label = this.label?.trim() || this.localize.term('paginationLabel');
    return html`<nav
      part="base"
      class="pagination pagination--${variant}"
      aria-label=${label}
      @click=${this.onClick}
    >
      ${previous ? this.renderDirection(previous, block) : nothing}
      ${
        !block && pages.length
          ? html`<ul part="list" class="list">
              ${repeat(
                items,
                // Keyed by page, so a focused page keeps focus when the pages around it change.
                (item, index) => (item === 'ellipsis' ? `ellipsis-${index}` : item.page),
                (item) =>
                  item === 'ellipsis'
                    ? html`<li part="item ellipsis" class="item item--ellipsis" aria-hidden="true">…</li>`
                    : html`<li
                        part=${item.page === current ? 'item current' : 'item'}
                        class="item ${item.page === current ? 'item--current' : ''}"
                      >
                        ${this.renderNumber(item, item.page === current)}
                      </li>`,
              )}
            </ul>`
          : nothing
      }
      ${next ? this.renderDirection(next, block) : nothing}
    </nav>`;
  }
}
