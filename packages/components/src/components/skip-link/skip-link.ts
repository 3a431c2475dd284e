import { html, type PropertyDeclarations } from 'lit';
import { PolisElement } from '../../base/polis-element.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { skipLinkStyles } from './skip-link.styles.js';

/** Where the skip link goes when neither its `href` nor the page's own link says. */
export const SKIP_LINK_DEFAULT_HREF = '#main-content';

/**
 * The id an in-page link points to (`#main-content` → `main-content`), or `null` for anything
 * else: another page, a bare `#`, white space, a script address.
 */
export function skipLinkTargetId(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  const value = href.trim();
  if (!/^#[^\s#]+$/.test(value)) return null;
  try {
    return decodeURIComponent(value.slice(1));
  } catch {
    return value.slice(1);
  }
}

/** Whether focus is on the element, or inside it (a host that delegates focus). */
function hasFocus(element: Element): boolean {
  return element.matches(':focus');
}

/**
 * Moves focus to the target without scrolling. An element that cannot take focus (a `<main>`,
 * a heading) gets `tabindex="-1"` for as long as it has focus, and loses it on blur, so it
 * never becomes a stop in the Tab order. Returns whether focus moved.
 */
function focusTarget(target: HTMLElement): boolean {
  target.focus({ preventScroll: true });
  if (hasFocus(target)) return true;
  // It has a tabindex of its own and still cannot take focus: hidden, inert or disabled.
  if (target.hasAttribute('tabindex')) return false;
  target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  if (!hasFocus(target)) {
    target.removeAttribute('tabindex');
    return false;
  }
  target.addEventListener(
    'blur',
    () => {
      if (target.getAttribute('tabindex') === '-1') target.removeAttribute('tabindex');
    },
    { once: true },
  );
  return true;
}

/**
 * A link that lets people who use a keyboard skip the header and navigation and go straight
 * to the main content. Put it first in `<body>` (after a cookie banner), so that it is the
 * first thing Tab reaches.
 *
 * It is visually hidden until it has focus, then shown as a yellow bar at the top of the page,
 * in the flow (it covers nothing). Following it moves focus to the target, the element whose id
 * `href` names (`#main-content` by default), as well as going there: the target gets
 * `tabindex="-1"` only if it cannot otherwise take focus, and loses it again on blur, and the
 * page scrolls once, as for any link to a part of the page.
 *
 * Write a plain link inside it, for when JavaScript does not run:
 * `<polis-skip-link><a href="#main-content">Skip to main content</a></polis-skip-link>`. Once
 * the element runs it shows its own link instead (never both), with your link's text and
 * address; without a link inside, the text is "Skip to main content" in the page's language.
 *
 * @summary Lets keyboard users skip past the header and navigation to the main content.
 * @status stable
 * @since 0.2.0
 *
 * @slot - A plain link to the main content (`<a href="#main-content">Skip to main content</a>`): shown before the element runs and without JavaScript, then replaced by the element's own link, which takes its text and address.
 * @csspart link - The link: visually hidden until it has focus.
 */
export class PolisSkipLink extends PolisElement {
  static override tagName = 'polis-skip-link';

  static override shadowRootOptions: ShadowRootInit = {
    ...PolisElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [baseStyles, skipLinkStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    href: {},
    pageHref: { state: true },
    pageText: { state: true },
  };

  /**
   * The part of the page to skip to, as an in-page link: `#` and the target's id. Without it,
   * the `href` of the link inside the element, else `#main-content`. Anything else (another
   * page, a bare `#`, a script address) is ignored, with one warning, and the next choice used.
   */
  declare href: string | undefined;
  /** The `href` of the page's own link inside the element. */
  declare private pageHref: string | null;
  /** The text of the page's own link inside the element. */
  declare private pageText: string;

  private observer?: MutationObserver;

  constructor() {
    super();
    this.pageHref = null;
    this.pageText = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readPageLink();
    this.observer ??= new MutationObserver(() => this.readPageLink());
    this.observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['href'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  /** Reads the page's own link: its address and text are the defaults of the element's link. */
  private readPageLink(): void {
    const link = this.querySelector('a');
    this.pageHref = link?.getAttribute('href') ?? null;
    this.pageText = (link?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  /** The in-page address the link goes to, after the checks (see `href`). */
  get targetHref(): string {
    const fromPage = skipLinkTargetId(this.pageHref) !== null ? this.pageHref!.trim() : null;
    const fallback = fromPage ?? SKIP_LINK_DEFAULT_HREF;
    if (this.href !== undefined && this.href !== null && this.href !== '') {
      if (skipLinkTargetId(this.href) !== null) return this.href.trim();
      this.warn(
        `href:${this.href}`,
        `href="${this.href}" is not a link to a part of this page ("#" and an id); using "${fallback}".`,
      );
    }
    if (this.pageHref !== null && fromPage === null) {
      this.warn(
        `page-href:${this.pageHref}`,
        `contains a link to "${this.pageHref}", which is not a part of this page ("#" and an id); using "${SKIP_LINK_DEFAULT_HREF}".`,
      );
    }
    return fallback;
  }

  /**
   * The element the link skips to: by id in the tree the element is in (a document, or the
   * shadow root of a page template), else in the document. `null` when there is none.
   */
  get targetElement(): HTMLElement | null {
    const id = skipLinkTargetId(this.targetHref);
    if (!id) return null;
    const root = this.getRootNode() as Document | ShadowRoot;
    const found = root.getElementById?.(id) ?? this.ownerDocument.getElementById(id);
    return found instanceof HTMLElement ? found : null;
  }

  /** The target, or `null` with one development warning when the page has nothing with its id. */
  private checkedTarget(): HTMLElement | null {
    const target = this.targetElement;
    if (!target) {
      const href = this.targetHref;
      this.warn(
        `target:${href}`,
        `links to "${href}", but nothing on the page has the id "${skipLinkTargetId(href)}". Give the main content that id (<main id="${skipLinkTargetId(href)}">) or set href.`,
      );
    }
    return target;
  }

  /** When the link is reached: tells developers at once if it leads nowhere. */
  private readonly onFocus = (): void => {
    this.checkedTarget();
  };

  private readonly onClick = (event: MouseEvent): void => {
    // A new tab or window (modifier keys, middle button) opens the address as any link would.
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const target = this.checkedTarget();
    if (!target) return;
    if (!focusTarget(target)) {
      this.warn(
        `focus:${this.targetHref}`,
        `could not move focus to "${this.targetHref}": it may be hidden, inert or disabled.`,
      );
    }
    // The browser then goes to the target as for any in-page link: the address ends in its
    // id and the page scrolls once (target="_self" keeps that in this page, even under
    // <base target="_parent"> as in Storybook's preview). The browser only finds targets in
    // the document itself: a target inside a shadow root is scrolled to here instead.
    if (target.getRootNode() !== this.ownerDocument) {
      target.scrollIntoView({ block: 'start' });
    }
  };

  protected override render() {
    const text = this.pageText || this.localize.term('skipLink');
    return html`<a
      part="link"
      class="link"
      href=${this.targetHref}
      target="_self"
      @click=${this.onClick}
      @focus=${this.onFocus}
      >${text}</a
    >`;
  }
}
