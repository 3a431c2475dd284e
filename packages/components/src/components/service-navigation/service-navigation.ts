import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { adoptDocumentStyles } from '../../base/document-styles.js';
import { PolisElement } from '../../base/polis-element.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { menuButtonStyles } from './menu-button.styles.js';
import { serviceNavigationDocumentStyles, serviceNavigationStyles } from './service-navigation.styles.js';
import {
  CollapsibleMenu,
  menuChevron,
  navigationContainer,
  type EmbeddableNavigation,
} from './collapsible-menu.js';

/** Custom state while the element is upgraded: the document styles for its list apply. */
const STATE = 'polis-service-navigation';
/** Custom state while the element is narrow: its links are stacked. */
const NARROW_STATE = 'polis-service-navigation-narrow';

/**
 * A URL without its query and without a trailing slash (but `/` stays). The fragment counts
 * only when asked for (`current` names one, as in an application that routes by fragment).
 */
function pageKey(url: URL, withHash = false): string {
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
  return `${url.origin}${path || '/'}${withHash ? url.hash : ''}`;
}

function parseUrl(href: string | null | undefined): URL | null {
  if (href === null || href === undefined) return null;
  try {
    return new URL(href, document.baseURI);
  } catch {
    return null;
  }
}

/**
 * The service's own navigation: a landmark holding the page's list of links, with the current
 * page marked, that collapses behind a "Menu" button on narrow screens.
 *
 * The links stay in the page's HTML (a `<ul>` of `<a>`), so they work and read as a list before
 * the element upgrades, and are never copied. The element styles that list through a
 * stylesheet it adds to the document (or shadow root) it is in, scoped to its own custom
 * states, so nothing else on the page is touched.
 *
 * The current page is the link the page marks with `aria-current="page"`. Without one, the
 * `current` attribute names it: `current="/apply"` marks the link whose address is that page,
 * and an empty `current` uses the address of the page itself. When no link is the page, the
 * link to the section it is in (the longest address the page's address starts with) is
 * marked `aria-current="true"`.
 *
 * Inside `polis-header`, the header's Menu button collapses it: it shows no button of its own.
 *
 * @summary Helps people move between the main parts of a service and see where they are.
 * @status stable
 * @since 0.2.0
 *
 * @slot - The navigation: a `<ul>` (or `<ol>`) of links. Mark the current page with `aria-current="page"`, or use `current`.
 * @slot service-name - The service's name, usually a link to its start page, when the page has no `polis-header`.
 * @csspart base - The band that holds the service name and the navigation.
 * @csspart service-name - The box around the service name.
 * @csspart nav - The navigation landmark.
 * @csspart menu-button - The native "Menu" button, on narrow screens only.
 * @csspart list - The box the Menu button shows and hides, around the slotted list.
 * @cssprop --polis-service-navigation-background - Background of the band (defaults to the surface colour).
 * @cssprop --polis-service-navigation-border-color - Colour of the line under the band and of the current page's bar.
 * @cssprop --polis-page-max-width - Width of the content inside the band (default 64rem).
 * @cssstate polis-service-navigation - The element is upgraded and styles its list.
 * @cssstate polis-service-navigation-narrow - The element is narrower than 40rem: links are stacked.
 */
export class PolisServiceNavigation extends PolisElement implements EmbeddableNavigation {
  static override tagName = 'polis-service-navigation';

  static override styles = [baseStyles, menuButtonStyles, serviceNavigationStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    label: {},
    current: {},
    hasServiceName: { state: true },
  };

  /** The name of the navigation landmark. Defaults to "Service", translated (screen readers add "navigation"). */
  declare label: string;
  /**
   * The address of the current page, to mark its link with `aria-current="page"`: a path such
   * as `/apply` or a full URL. Present but empty, it is the address of the page itself
   * (`location.pathname`). The query is ignored; a fragment counts only when `current` has
   * one. Ignored when the page marks a link with `aria-current` itself.
   */
  declare current: string | null;
  declare private hasServiceName: boolean;

  private container: Element | null = null;
  private readonly internals: ElementInternals | null;
  private readonly menu: CollapsibleMenu;
  /** Links this element marked as current, with the value it gave them. */
  private readonly marked = new Map<HTMLAnchorElement, string>();
  private observer?: MutationObserver;

  constructor() {
    super();
    this.label = '';
    this.current = null;
    this.hasServiceName = false;
    let internals: ElementInternals | null = null;
    try {
      internals = this.attachInternals();
    } catch {
      // Attached already by a subclass, or not supported: no custom states, the page's own styles.
    }
    this.internals = internals;
    this.menu = new CollapsibleMenu(this, {
      button: () => this.renderRoot?.querySelector<HTMLElement>('.menu-button') ?? null,
      panel: () => this.renderRoot?.querySelector<HTMLElement>('.list') ?? null,
      probe: () => this.renderRoot?.querySelector<HTMLElement>('.probe') ?? null,
      enabled: () => !this.container,
    });
  }

  /** The header (or other container) that collapses this navigation, if any; set by that container. */
  get [navigationContainer](): Element | null {
    return this.container;
  }

  set [navigationContainer](container: Element | null) {
    if (container === this.container) return;
    this.container = container;
    this.menu.close();
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptDocumentStyles(this, serviceNavigationDocumentStyles);
    this.internals?.states.add(STATE);
    this.observer ??= new MutationObserver(this.onMutation);
    this.observer.observe(this, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['href', 'aria-current', 'slot'],
    });
    this.markCurrent();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.internals?.states.delete(STATE);
    this.internals?.states.delete(NARROW_STATE);
    this.unmark();
    // Wherever it goes next, it is on its own until a container takes charge of it again.
    this[navigationContainer] = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) this.hasServiceName = this.serviceNameElements().length > 0;
    if (changed.has('current')) this.markCurrent();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.menu.narrow) this.internals?.states.add(NARROW_STATE);
    else this.internals?.states.delete(NARROW_STATE);
  }

  private serviceNameElements(): Element[] {
    return [...this.children].filter((child) => child.getAttribute('slot') === 'service-name');
  }

  /** The links of the navigation: in the default slot's content, not the service name. */
  private navigationLinks(): HTMLAnchorElement[] {
    return [...this.children]
      .filter((child) => !child.hasAttribute('slot'))
      .flatMap((child) =>
        child instanceof HTMLAnchorElement
          ? [child]
          : [...child.querySelectorAll<HTMLAnchorElement>('a[href]')],
      )
      .filter((link) => link.hasAttribute('href'));
  }

  private unmark(): void {
    for (const [link, value] of this.marked) {
      if (link.getAttribute('aria-current') === value) link.removeAttribute('aria-current');
    }
    this.marked.clear();
  }

  /** Marks the current page's link (or its section's), unless the page marked one itself. */
  private markCurrent(): void {
    this.unmark();
    const links = this.navigationLinks();
    const pageMarked = links.some((link) => {
      const value = link.getAttribute('aria-current');
      return value !== null && value !== 'false';
    });
    if (!pageMarked && this.current !== null && this.current !== undefined) {
      const target = parseUrl(this.current.trim() === '' ? location.pathname : this.current.trim());
      if (target) this.markMatch(links, target);
    }
    // Our own changes are not news.
    this.observer?.takeRecords();
  }

  private markMatch(links: HTMLAnchorElement[], target: URL): void {
    const withHash = target.hash !== '';
    const key = pageKey(target, withHash);
    const exact = links.find((link) => {
      const url = parseUrl(link.getAttribute('href'));
      return url !== null && pageKey(url, withHash) === key;
    });
    if (exact) {
      this.mark(exact, 'page');
      return;
    }
    if (withHash) return;
    // The section the page is in: the longest link address that is a whole-segment prefix.
    let best: HTMLAnchorElement | null = null;
    let bestLength = 0;
    for (const link of links) {
      const url = parseUrl(link.getAttribute('href'));
      if (!url || url.origin !== target.origin) continue;
      const path = pageKey(url).slice(url.origin.length);
      if (path === '/') continue;
      if (target.pathname.startsWith(`${path}/`) && path.length > bestLength) {
        best = link;
        bestLength = path.length;
      }
    }
    if (best) this.mark(best, 'true');
  }

  private mark(link: HTMLAnchorElement, value: string): void {
    link.setAttribute('aria-current', value);
    this.marked.set(link, value);
  }

  private readonly onMutation = (records: MutationRecord[]): void => {
    // A link the page marks or unmarks, a link added, removed or pointed elsewhere.
    if (records.length) this.markCurrent();
  };

  private readonly onServiceNameChange = (event: Event): void => {
    this.hasServiceName = (event.target as HTMLSlotElement).assignedNodes().length > 0;
  };

  private readonly onMenuClick = (): void => {
    this.menu.toggle();
  };

  protected override render() {
    const collapsible = !this.container && this.menu.narrow;
    const label = this.label?.trim() || this.localize.term('serviceNavigationLabel');
    return html`<div
      part="base"
      class="base ${this.menu.narrow ? 'base--narrow' : 'base--wide'} ${this.container ? 'base--embedded' : ''}"
    >
      <span class="probe" aria-hidden="true"></span>
      <div class="container">
        <div part="service-name" class="service-name" ?hidden=${!this.hasServiceName}>
          <slot name="service-name" @slotchange=${this.onServiceNameChange}></slot>
        </div>
        <nav part="nav" class="nav" aria-label=${label}>
          ${
            collapsible
              ? html`<button
                  part="menu-button"
                  class="menu-button"
                  type="button"
                  aria-expanded=${this.menu.expanded ? 'true' : 'false'}
                  aria-controls="list"
                  @click=${this.onMenuClick}
                >
                  ${this.localize.term('serviceNavigationMenu')}${menuChevron}
                </button>`
              : nothing
          }
          <div part="list" id="list" class="list" ?hidden=${collapsible && !this.menu.expanded}>
            <slot></slot>
          </div>
        </nav>
      </div>
    </div>`;
  }
}
