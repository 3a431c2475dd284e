import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { PolisElement } from '../../base/polis-element.js';
import { safeHref } from '../../base/url.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { breadcrumbsStyles } from './breadcrumbs.styles.js';

/**
 * Below this width, in rem (the root font size), a long trail collapses: the first item, a
 * button that shows the rest, and the last items. In rem, so that 200% text collapses sooner:
 * 30rem is 480 px at the default size and 960 px at 200%.
 */
export const BREADCRUMBS_COLLAPSE_REM = 30;

/** One item of the trail, as read from the page's own HTML. */
interface BreadcrumbsItem {
  /** The item's text, white space collapsed. */
  text: string;
  /** Where its link goes; none for the current page, text, or a refused address. */
  href?: string;
  /** The `lang` of the page's item, kept so a name in another language is read in its voice. */
  lang?: string;
  /** The `dir` of the page's item. */
  dir?: string;
  /** The current page: shown as text with `aria-current="page"`, never as a link. */
  current: boolean;
  /** The page's own link, which a click is handed to. */
  link?: HTMLAnchorElement;
}

/** The text of an element, white space collapsed. */
const textOf = (element: Element): string => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What identifies a trail: its addresses and texts, in order. */
const trailOf = (items: BreadcrumbsItem[]): string =>
  items.map((item) => `${item.href ?? ''} ${item.text}`).join('\n');

/** Whether an element says it is current (`aria-current` with any value but "false"). */
function saysCurrent(element: Element | null): boolean {
  const value = element?.getAttribute('aria-current');
  return value !== null && value !== undefined && value !== 'false';
}

/**
 * Shows where the current page sits in the structure of a website: a trail of links to the
 * pages above it, from the home page down.
 *
 * Write the trail as a plain ordered list of links inside the element. That list is what
 * people get before the element upgrades and without JavaScript. Once upgraded, the element
 * shows its own copy of it (yours is no longer rendered, so nothing is read twice): a
 * navigation landmark named "Breadcrumb" (translated, or `label`) around an ordered list, with
 * a decorative chevron between items that points the other way right to left. The current
 * page, if you include it (an item without a link, or a link with `aria-current="page"`), is
 * shown as text marked `aria-current="page"`, not as a link to itself. Every address goes
 * through the same check as other Polis links: script addresses are refused.
 *
 * A click on one of its links is handed to your own link, so a single-page application's
 * router (which listens to its own links) still handles it; modified clicks (new tab) open
 * the address directly.
 *
 * Narrower than 30rem (a phone, or 200% text), a trail of more than three links collapses to
 * the first item, a button naming how many links it hides ("Show 3 more links") and the last
 * one or two items. The button shows the whole trail for good and moves focus to the first
 * link it revealed. Nothing is ever out of reach by keyboard.
 *
 * @summary Helps people see where they are in a website and move up to the pages above.
 * @status stable
 * @since 0.2.0
 *
 * @slot - An ordered list (`<ol>`) with one `<li>` per page, each with a link (`<a href>`) except the current page, which is text (or a link with `aria-current="page"`). Read, not shown once the element has upgraded: it shows its own copy, and follows changes to yours.
 * @csspart base - The navigation landmark.
 * @csspart list - The ordered list.
 * @csspart item - Each list item.
 * @csspart link - Each link.
 * @csspart current - The current page (text, not a link).
 * @csspart separator - The chevron before every item but the first (decorative, mirrored right to left).
 * @csspart expand-button - The button that shows the hidden middle of a collapsed trail.
 * @cssprop --polis-breadcrumbs-color - Colour of the links, the current page and the chevrons (defaults to the text colour, or the inverse text colour with `inverse`).
 */
export class PolisBreadcrumbs extends PolisElement {
  static override tagName = 'polis-breadcrumbs';

  static override styles = [baseStyles, breadcrumbsStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    label: {},
    inverse: { type: Boolean, reflect: true },
    narrow: { state: true },
    expanded: { state: true },
    version: { state: true },
  };

  /** The name of the landmark, in the page's language. Defaults to "Breadcrumb", translated. */
  declare label: string;
  /**
   * Light text and chevrons, for a dark background such as a coloured header band. The
   * background is yours: choose one on which white text has a contrast of at least 4.5:1.
   */
  declare inverse: boolean;
  /** Narrower than `BREADCRUMBS_COLLAPSE_REM`. */
  declare private narrow: boolean;
  /** The person asked to see the whole trail. */
  declare private expanded: boolean;
  /** Bumped when the page's own trail changes. */
  declare private version: number;

  private observer?: MutationObserver;
  private resizeObserver?: ResizeObserver;
  private observedProbe: Element | null = null;
  private frame = 0;
  /** The items as last rendered, so a click finds the page's own link. */
  private rendered: BreadcrumbsItem[] = [];
  /** The addresses of the trail the person expanded: another trail collapses again. */
  private expandedTrail = '';

  constructor() {
    super();
    this.label = '';
    this.inverse = false;
    this.narrow = false;
    this.expanded = false;
    this.version = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof MutationObserver !== 'undefined') {
      this.observer ??= new MutationObserver(() => this.version++);
      this.observer.observe(this, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['href', 'aria-current', 'lang', 'dir'],
      });
    }
    this.narrow = this.isNarrow();
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver ??= new ResizeObserver(this.onResize);
      this.resizeObserver.observe(this);
      if (this.observedProbe) this.resizeObserver.observe(this.observedProbe);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.frame);
  }

  protected override updated(): void {
    // The probe (1rem wide) is observed too: when the root font size changes, so does the breakpoint.
    const probe = this.renderRoot.querySelector('.probe');
    if (probe && probe !== this.observedProbe && this.resizeObserver) {
      if (this.observedProbe) this.resizeObserver.unobserve(this.observedProbe);
      this.resizeObserver.observe(probe);
      this.observedProbe = probe;
    }
  }

  private rem(): number {
    const width = this.observedProbe?.getBoundingClientRect().width;
    if (width) return width;
    return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  }

  private isNarrow(): boolean {
    const width = this.getBoundingClientRect().width;
    return width > 0 && width < BREADCRUMBS_COLLAPSE_REM * this.rem();
  }

  private readonly onResize = (): void => {
    // In the next frame: changing the layout inside a resize callback would loop.
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      const narrow = this.isNarrow();
      if (narrow === this.narrow) return;
      // A link that has focus is never hidden: the trail stays whole.
      if (narrow && this.matches(':focus-within')) this.expanded = true;
      this.narrow = narrow;
    });
  };

  /** The trail, read from the page's own list (or its links and text, without a list). */
  private readItems(): BreadcrumbsItem[] {
    const list = this.querySelector('ol, ul');
    const entries = list
      ? [...list.children].filter((child) => child.localName === 'li')
      : [...this.children].filter((child) => !['script', 'template', 'style'].includes(child.localName));
    const read: { item: BreadcrumbsItem; plain: boolean }[] = [];
    for (const entry of entries) {
      const link = entry.localName === 'a' ? (entry as HTMLAnchorElement) : entry.querySelector('a');
      const source = link ?? entry;
      const text = textOf(source);
      if (!text) continue;
      const plain = !link?.hasAttribute('href');
      const item: BreadcrumbsItem = {
        text,
        current: saysCurrent(entry) || saysCurrent(link),
        lang: source.getAttribute('lang') ?? entry.getAttribute('lang') ?? undefined,
        dir: source.getAttribute('dir') ?? entry.getAttribute('dir') ?? undefined,
      };
      if (!plain) {
        item.href = safeHref(this, link!.getAttribute('href'), 'href');
        if (item.href) item.link = link!;
      }
      read.push({ item, plain });
    }
    const items = read.map(({ item }) => item);
    // One current page: the first marked, else the last item when it is text rather than a link.
    const marked = items.filter((item) => item.current);
    if (marked.length > 1) {
      this.warn(
        'two-current',
        'has more than one item marked aria-current; only the first is the current page.',
      );
      for (const item of marked.slice(1)) item.current = false;
    }
    const last = read.at(-1);
    if (!marked.length && last?.plain) last.item.current = true;
    // The current page is text, never a link to itself.
    for (const item of items) {
      if (!item.current) continue;
      delete item.href;
      delete item.link;
    }
    const index = items.findIndex((item) => item.current);
    if (index >= 0 && index < items.length - 1) {
      this.warn(
        'current-not-last',
        'has items after the current page; the current page should be the last item of the trail.',
      );
    }
    return items;
  }

  /** The indexes hidden behind the button: none unless narrow, collapsed and long enough. */
  private hiddenRange(items: BreadcrumbsItem[]): [number, number] | null {
    if (!this.narrow || this.expanded) return null;
    // Keep the first item, the parent and the current page (when it is there).
    const tail = items.at(-1)?.current ? 2 : 1;
    const start = 1;
    const end = items.length - tail;
    // Hiding one link behind a button would save nothing.
    return end - start >= 2 ? [start, end] : null;
  }

  private readonly onExpand = async (): Promise<void> => {
    const items = this.rendered;
    const range = this.hiddenRange(items);
    this.expanded = true;
    this.expandedTrail = trailOf(items);
    await this.updateComplete;
    // Focus the first link that was hidden (or the next one), so focus is never lost.
    const links = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-index]')];
    const from = range?.[0] ?? 1;
    const target = links.find((link) => Number(link.dataset.index) >= from && link.localName === 'a');
    (target ?? links.find((link) => link.localName === 'a'))?.focus();
  };

  private readonly onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a[data-index]') as HTMLElement | null;
    if (!anchor) return;
    const link = this.rendered[Number(anchor.dataset.index)]?.link;
    if (!link?.isConnected) return;
    // Your own link takes the click: its listeners (a router's) run, then the browser follows it.
    event.preventDefault();
    link.click();
  };

  private renderItem(item: BreadcrumbsItem, index: number) {
    const lang = item.lang || nothing;
    const dir = item.dir || nothing;
    if (item.current) {
      return html`<span part="current" class="current" lang=${lang} dir=${dir}>${item.text}</span>`;
    }
    if (item.href) {
      return html`<a part="link" class="link" href=${item.href} data-index=${index} lang=${lang} dir=${dir}
        >${item.text}</a
      >`;
    }
    return html`<span class="text" lang=${lang} dir=${dir}>${item.text}</span>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const items = this.readItems();
    this.rendered = items;
    // A different trail (a single-page application moved on) collapses again.
    if (this.expanded && trailOf(items) !== this.expandedTrail && !this.matches(':focus-within')) {
      this.expanded = false;
    }
  }

  protected override render() {
    const items = this.rendered;
    if (!items.length) {
      // While the page is still being parsed, the list may not be there yet.
      if (document.readyState !== 'loading') {
        this.warn('empty', 'has no items: write an ordered list (<ol>) of links inside it.');
      }
      return html`<span class="probe" aria-hidden="true"></span>`;
    }
    const label = this.label?.trim() || this.localize.term('breadcrumbsLabel');
    const hidden = this.hiddenRange(items);
    const separator = html`<svg
      part="separator"
      class="separator"
      viewBox="0 0 8 12"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M2 1.5 6.5 6 2 10.5"></path>
    </svg>`;
    return html`<span class="probe" aria-hidden="true"></span>
      <nav part="base" class="breadcrumbs" aria-label=${label} @click=${this.onClick}>
        <ol part="list" class="list">
          ${items.map((item, index) => {
            if (hidden && index >= hidden[0] && index < hidden[1]) {
              if (index !== hidden[0]) return nothing;
              const count = hidden[1] - hidden[0];
              return html`<li part="item" class="item">
                ${separator}<button
                  part="expand-button"
                  class="expand"
                  type="button"
                  data-index=${index}
                  @click=${this.onExpand}
                >
                  <span aria-hidden="true">…</span
                  ><span class="visually-hidden"
                    >${this.localize.term('breadcrumbsShowMore', { count })}</span
                  >
                </button>
              </li>`;
            }
            return html`<li part="item" class="item" aria-current=${item.current ? 'page' : nothing}>
              ${index > 0 ? separator : nothing}${this.renderItem(item, index)}
            </li>`;
          })}
        </ol>
      </nav>`;
  }
}
