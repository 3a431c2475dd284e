import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { adoptDocumentStyles } from '../../base/document-styles.js';
import { PolisElement } from '../../base/polis-element.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { skipLinkDocumentStyles, skipLinkStyles } from './skip-link.styles.js';

/**
 * The custom state the element has once it runs (`:state(polis-skip-link)`): the styles of its
 * link, which is in the page's tree, are scoped by it.
 */
export const SKIP_LINK_STATE = 'polis-skip-link';

/**
 * Whether the browser lets an element choose what its slot shows (`slot.assign()`): then only
 * the link is shown, not other content written inside the element.
 */
const manualSlots = typeof HTMLSlotElement !== 'undefined' && 'assign' in HTMLSlotElement.prototype;

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
 * Write a plain link inside it: `<polis-skip-link><a href="#main-content">Skip to main
 * content</a></polis-skip-link>`. That link is the skip link, before the element runs, without
 * JavaScript and after: the element never makes a copy. Once it runs it styles your link (a
 * stylesheet it adopts into the document, scoped to `:state(polis-skip-link)`): visually hidden
 * until it has focus, then a yellow bar at the top of the page, in the flow (it covers nothing).
 * Without a link inside, the element writes one into the page, `<a>` with "Skip to main content"
 * in the page's language.
 *
 * Following it moves focus to the target, the element whose id the link names
 * (`#main-content` by default), as well as going there: the target gets `tabindex="-1"` only if
 * it cannot otherwise take focus, and loses it again on blur, and the page scrolls once, as for
 * any link to a part of the page. The element keeps your link's `href` pointing where it goes
 * (it sets it to `href` when that is given, or to `#main-content` when yours is not an in-page
 * link) and gives it `target="_self"`, so it stays in the page under any `<base target>`.
 *
 * @summary Lets keyboard users skip past the header and navigation to the main content.
 * @status stable
 * @since 0.2.0
 *
 * @slot - A plain link to the main content (`<a href="#main-content">Skip to main content</a>`), directly inside the element. It is the skip link, with and without JavaScript; the element styles it in place. Other content is not shown.
 * @cssstate polis-skip-link - Once the element runs: its link is styled through this state.
 */
export class PolisSkipLink extends PolisElement {
  static override tagName = 'polis-skip-link';

  static override shadowRootOptions: ShadowRootInit = {
    ...PolisElement.shadowRootOptions,
    ...(manualSlots ? { slotAssignment: 'manual' as const } : {}),
  };

  static override styles = [baseStyles, skipLinkStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    href: {},
  };

  /**
   * The part of the page to skip to, as an in-page link: `#` and the target's id. Without it,
   * the `href` of the link inside the element, else `#main-content`. Anything else (another
   * page, a bare `#`, a script address) is ignored, with one warning, and the next choice used.
   */
  declare href: string | undefined;

  /** The link that is the skip link: the page's own, or the one the element wrote. */
  private link: HTMLAnchorElement | null = null;
  /** The link the element wrote into the page, when the page gave none. */
  private created: HTMLAnchorElement | null = null;
  /** The `href` the page gave its own link (not one the element wrote). */
  private pageHref: string | null = null;
  /** The `href` the element last wrote on the link, to tell the page's own changes from its own. */
  private writtenHref: string | null = null;
  /** The text the element last wrote into the link, to keep it in the page's language. */
  private writtenText: string | null = null;

  private readonly internals: ElementInternals | null;
  private observer?: MutationObserver;

  constructor() {
    super();
    let internals: ElementInternals | null = null;
    try {
      internals = this.attachInternals();
    } catch {
      // A browser without ElementInternals: the link keeps the page's own styles.
    }
    this.internals = internals;
    // On the element, not the link: they reach it from whichever link is inside.
    this.addEventListener('click', this.onClick);
    this.addEventListener('focusin', this.onFocus);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptDocumentStyles(this, skipLinkDocumentStyles);
    this.setState(true);
    this.observer ??= new MutationObserver(this.sync);
    this.observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['href', 'target'],
    });
    this.sync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.setState(false);
  }

  /** Focuses the link (`delegatesFocus` does not reach a link in the page's tree). */
  override focus(options?: FocusOptions): void {
    (this.link ?? this.querySelector<HTMLAnchorElement>(':scope > a'))?.focus(options);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // `href`, the language or `messages` may have changed: the link follows.
    this.sync();
  }

  private setState(on: boolean): void {
    const states = this.internals?.states;
    if (!states) return;
    try {
      if (on) states.add(SKIP_LINK_STATE);
      else states.delete(SKIP_LINK_STATE);
    } catch {
      // An older engine without custom states: the link keeps the page's own styles.
    }
  }

  /**
   * The page's own link (the first `<a>` directly inside), or the element's, written into the
   * page when there is none. A link of the page's that appears later replaces the element's.
   */
  private findLink(): HTMLAnchorElement {
    const own = [...this.children].find(
      (child): child is HTMLAnchorElement => child.localName === 'a' && child !== this.created,
    );
    if (own) {
      this.created?.remove();
      this.created = null;
      return own;
    }
    if (this.created?.parentNode === this) return this.created;
    const nested = this.querySelector('a');
    if (nested && nested !== this.created) {
      this.warn(
        'nested-link',
        'has a link inside other markup: put the <a> directly inside <polis-skip-link>. The element shows a link of its own instead.',
      );
    }
    this.created = this.ownerDocument.createElement('a');
    this.append(this.created);
    return this.created;
  }

  /**
   * Keeps the link what it should be: its address where the skip link goes, in this page, with
   * text (the element's own in the page's language when the page wrote none), and the one thing
   * the element's slot shows. Runs on connection, after every render and whenever the page
   * changes the link.
   */
  private readonly sync = (): void => {
    if (!this.isConnected) return;
    const link = this.findLink();
    if (link !== this.link) {
      this.link = link;
      this.pageHref = link === this.created ? null : link.getAttribute('href');
      this.writtenHref = null;
      this.writtenText = null;
    } else if (link !== this.created) {
      // The page (a framework re-rendering it) changed the address: that is its new choice.
      const current = link.getAttribute('href');
      if (current !== this.writtenHref) this.pageHref = current;
    }

    const href = this.targetHref;
    if (link.getAttribute('href') !== href) {
      link.setAttribute('href', href);
      this.writtenHref = href;
    }
    // In this page whatever <base target> says (Storybook's preview has "_parent").
    if (link.getAttribute('target') !== '_self') link.setAttribute('target', '_self');

    const text = link.textContent ?? '';
    const empty = !text.trim() && link.childElementCount === 0;
    if (link === this.created || empty || (this.writtenText !== null && text === this.writtenText)) {
      const term = this.localize.term('skipLink');
      if (text !== term) link.textContent = term;
      this.writtenText = term;
    }

    const slot = this.renderRoot?.querySelector?.('slot');
    if (manualSlots && slot) {
      const shown = slot.assignedNodes();
      if (shown.length !== 1 || shown[0] !== link) slot.assign(link);
    }
    // What changed here was the element's own doing: nothing for the observer to follow.
    this.observer?.takeRecords();
  };

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

  /** Whether an event happened on the skip link (or on markup inside it). */
  private isOnLink(event: Event): boolean {
    return this.link !== null && event.composedPath().includes(this.link);
  }

  /** When the link is reached: tells developers at once if it leads nowhere. */
  private readonly onFocus = (event: FocusEvent): void => {
    if (this.isOnLink(event)) this.checkedTarget();
  };

  private readonly onClick = (event: MouseEvent): void => {
    if (!this.isOnLink(event)) return;
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
    // id and the page scrolls once. The browser only finds targets in the document itself: a
    // target inside a shadow root is scrolled to here instead.
    if (target.getRootNode() !== this.ownerDocument) {
      target.scrollIntoView({ block: 'start' });
    }
  };

  protected override render() {
    return html`<slot></slot>`;
  }
}
