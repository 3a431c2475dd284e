import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { PolisElement } from '../../base/polis-element.js';
import { safeHref } from '../../base/url.js';
import { baseStyles } from '../../styles/shared.styles.js';
import {
  CollapsibleMenu,
  isEmbeddableNavigation,
  menuChevron,
  navigationContainer,
} from '../service-navigation/collapsible-menu.js';
import { menuButtonStyles } from '../service-navigation/menu-button.styles.js';
import { headerStyles } from './header.styles.js';

/** Whether an element of the logo gives the logo link a name: alt text, a label or text. */
function namesTheLogo(element: Element): boolean {
  const label = element.getAttribute('aria-label')?.trim() || element.getAttribute('aria-labelledby')?.trim();
  if (label) return true;
  if (element instanceof HTMLImageElement) return Boolean(element.alt.trim());
  if (element.localName === 'svg') {
    return Boolean(element.querySelector(':scope > title')?.textContent?.trim());
  }
  if (element.textContent?.trim()) return true;
  return [...element.querySelectorAll('img, svg, [aria-label]')].some(namesTheLogo);
}

/**
 * The banner at the top of every page: whose site this is (the organisation's logo, linking to
 * its home page), the service's name, the service's navigation and the person's account.
 *
 * The shadow root holds one `<header>`, exposed as the page's `banner` landmark; the element
 * itself has no role. On a narrow screen (or with large text) the navigation collapses behind
 * a native "Menu" button with `aria-expanded` and `aria-controls`; Enter and Space open and
 * close it, and Escape closes it and returns focus to the button. On a wide screen there is no
 * button and the navigation shows. A `polis-service-navigation` in the `navigation` slot gives
 * up its own button: the header's collapses it.
 *
 * Everything the page gives (logo, links, account) is light DOM, so it shows before the
 * element upgrades, with every navigation link visible.
 *
 * @summary Tells people whose site they are on and which service they are using, and helps them find their way.
 * @status stable
 * @since 0.2.0
 *
 * @slot logo - The organisation's logo: an `<img>` with `alt` text, or an `<svg>` with `role="img"` and `aria-label` (use `fill="currentColor"` so it follows the theme). Its text alternative names the logo link.
 * @slot navigation - The service's navigation: a `polis-service-navigation`, or your own links (a `<ul>` of links, or links), which the header puts in a navigation landmark named "Service".
 * @slot account - The person's account: a "Sign out" link, or "Signed in as…" with a link.
 * @slot - Anything else for the top row, after the service name (for example a phase tag).
 * @csspart base - The `<header>`: the banner landmark.
 * @csspart logo-link - The link round the logo, to `organisation-href`.
 * @csspart service-name - The service's name: a link to `service-href`, or text.
 * @csspart account - The box round the account slot.
 * @csspart menu-button - The native "Menu" button, on narrow screens only.
 * @csspart navigation - The box the Menu button shows and hides, round the navigation slot.
 * @cssprop --polis-header-border-color - Colour of the band under the top row (defaults to the link blue).
 * @cssprop --polis-page-max-width - Width of the content inside the header (default 64rem).
 */
export class PolisHeader extends PolisElement {
  static override tagName = 'polis-header';

  static override styles = [baseStyles, menuButtonStyles, headerStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    organisationHref: { attribute: 'organisation-href' },
    serviceName: { attribute: 'service-name' },
    serviceHref: { attribute: 'service-href' },
    hasLogo: { state: true },
    hasAccount: { state: true },
    hasNavigation: { state: true },
    ownLandmark: { state: true },
  };

  /**
   * The address of the organisation's home page: the logo links to it. Addresses that would
   * run script (`javascript:`, `data:`, `vbscript:`) are refused, and the logo is shown
   * without a link.
   */
  declare organisationHref: string | undefined;
  /** The name of the service, shown after the logo as text. */
  declare serviceName: string;
  /** The address of the service's start page: the service name links to it. Script addresses are refused. */
  declare serviceHref: string | undefined;
  declare private hasLogo: boolean;
  declare private hasAccount: boolean;
  declare private hasNavigation: boolean;
  /** The navigation brings its own landmark (a service navigation, or a `<nav>`). */
  declare private ownLandmark: boolean;

  private readonly menu: CollapsibleMenu;
  /** Service navigations this header collapses. */
  private embedded = new Set<Element>();
  /** The page's content must be read again before the next render. */
  private needsSync = false;

  constructor() {
    super();
    this.serviceName = '';
    this.hasLogo = false;
    this.hasAccount = false;
    this.hasNavigation = false;
    this.ownLandmark = false;
    this.menu = new CollapsibleMenu(this, {
      button: () => this.renderRoot?.querySelector<HTMLElement>('.menu-button') ?? null,
      panel: () => this.renderRoot?.querySelector<HTMLElement>('.navigation') ?? null,
      probe: () => this.renderRoot?.querySelector<HTMLElement>('.probe') ?? null,
      enabled: () => this.hasNavigation,
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Read the page's content before the next render (the first, or after a move).
    this.needsSync = true;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.needsSync) return;
    this.needsSync = false;
    // Before rendering, so the button and the boxes are right from the start.
    const slotted = (name: string) =>
      [...this.children].filter((child) => child.getAttribute('slot') === name);
    this.hasLogo = slotted('logo').length > 0;
    this.hasAccount = slotted('account').length > 0;
    this.syncNavigation(slotted('navigation'));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const navigation of this.embedded) {
      if (isEmbeddableNavigation(navigation)) navigation[navigationContainer] = null;
    }
    this.embedded.clear();
  }

  /**
   * Takes charge of the service navigations in the navigation slot (they give up their own
   * Menu button) and decides whether the header must add a navigation landmark.
   */
  private syncNavigation(elements: Element[]): void {
    const found = new Set<Element>();
    const pending = new Set<string>();
    for (const element of elements) {
      for (const candidate of [element, ...element.querySelectorAll('*')]) {
        if (isEmbeddableNavigation(candidate)) {
          candidate[navigationContainer] = this;
          found.add(candidate);
        } else if (candidate.localName.includes('-') && !customElements.get(candidate.localName)) {
          pending.add(candidate.localName);
        }
      }
    }
    for (const previous of this.embedded) {
      if (!found.has(previous) && isEmbeddableNavigation(previous)) previous[navigationContainer] = null;
    }
    this.embedded = found;
    this.hasNavigation = elements.length > 0;
    this.ownLandmark =
      found.size > 0 ||
      elements.some(
        (element) =>
          element.matches('nav, [role="navigation"]') || element.querySelector('nav, [role="navigation"]'),
      );
    // A service navigation defined later: look again once it has upgraded.
    for (const name of pending) {
      void customElements.whenDefined(name).then(() => {
        if (this.isConnected) this.syncNavigation(this.navigationElements());
      });
    }
  }

  private navigationElements(): Element[] {
    const slot = this.renderRoot?.querySelector<HTMLSlotElement>('slot[name="navigation"]');
    return slot
      ? slot.assignedElements()
      : [...this.children].filter((c) => c.getAttribute('slot') === 'navigation');
  }

  private readonly onNavigationChange = (): void => {
    this.syncNavigation(this.navigationElements());
  };

  private readonly onLogoChange = (event: Event): void => {
    const elements = (event.target as HTMLSlotElement).assignedElements();
    this.hasLogo = elements.length > 0;
    if (this.hasLogo && !elements.some(namesTheLogo)) {
      this.warn(
        'logo-name',
        'has a logo with no text alternative: give the <img> an alt with the organisation’s name, or the <svg> role="img" and an aria-label.',
      );
    }
  };

  private readonly onAccountChange = (event: Event): void => {
    this.hasAccount = (event.target as HTMLSlotElement).assignedNodes().length > 0;
  };

  private readonly onMenuClick = (): void => {
    this.menu.toggle();
  };

  private renderLogo() {
    const slot = html`<slot name="logo" @slotchange=${this.onLogoChange}></slot>`;
    if (!this.hasLogo) return slot;
    const href = safeHref(this, this.organisationHref, 'organisation-href');
    return href
      ? html`<a part="logo-link" class="logo-link" href=${href}>${slot}</a>`
      : html`<span class="logo">${slot}</span>`;
  }

  private renderServiceName() {
    const name = this.serviceName?.trim();
    if (!name) return nothing;
    const href = safeHref(this, this.serviceHref, 'service-href');
    return href
      ? html`<a part="service-name" class="service-name" href=${href}>${name}</a>`
      : html`<span part="service-name" class="service-name">${name}</span>`;
  }

  protected override render() {
    const collapsible = this.hasNavigation && this.menu.narrow;
    const label = this.ownLandmark ? undefined : this.localize.term('headerNavigationLabel');
    return html`<header part="base" class="header ${this.menu.narrow ? 'header--narrow' : 'header--wide'}">
      <span class="probe" aria-hidden="true"></span>
      <div class="bar">
        <div class="container top">
          <div class="brand">${this.renderLogo()}${this.renderServiceName()}</div>
          <div class="extra"><slot></slot></div>
          <div part="account" class="account" ?hidden=${!this.hasAccount}>
            <slot name="account" @slotchange=${this.onAccountChange}></slot>
          </div>
          ${
            collapsible
              ? html`<button
                  part="menu-button"
                  class="menu-button"
                  type="button"
                  aria-expanded=${this.menu.expanded ? 'true' : 'false'}
                  aria-controls="navigation"
                  @click=${this.onMenuClick}
                >
                  ${this.localize.term('headerMenu')}${menuChevron}
                </button>`
              : nothing
          }
        </div>
      </div>
      <div
        part="navigation"
        id="navigation"
        class="navigation ${this.ownLandmark ? '' : 'navigation--plain'}"
        role=${label ? 'navigation' : nothing}
        aria-label=${label ?? nothing}
        ?hidden=${!this.hasNavigation || (collapsible && !this.menu.expanded)}
      >
        <div class="navigation-container">
          <slot name="navigation" @slotchange=${this.onNavigationChange}></slot>
        </div>
      </div>
    </header>`;
  }
}
