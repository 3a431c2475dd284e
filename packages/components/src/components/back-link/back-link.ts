import { html, nothing, type PropertyDeclarations } from 'lit';
import { PolisElement } from '../../base/polis-element.js';
import { safeHref } from '../../base/url.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { backLinkStyles } from './back-link.styles.js';

/**
 * A link back to the previous page, with an arrow before its text: at the inline start, so on
 * the right and pointing right in a right-to-left language.
 *
 * Put it first inside `<main>`, before the page's heading, on pages of a journey (a form of
 * several pages). It is a real link to the previous page's address, never `history.back()`:
 * it works the same without JavaScript, when the page was opened in a new tab or from a
 * bookmark, and it is where the person expects to go.
 *
 * Write a plain link inside it, for before the element runs and without JavaScript:
 * `<polis-back-link><a href="/what-is-your-name">Back</a></polis-back-link>`. Once the element
 * runs, it shows its own link (never both), with your link's address and text; without a link
 * inside, the text is "Back" in the page's language and the address is `href`.
 *
 * @summary Helps people go back to the previous page of a journey.
 * @status stable
 * @since 0.2.0
 *
 * @slot - A plain link to the previous page (`<a href="/previous">Back</a>`): shown before the element runs and without JavaScript, then replaced by the element's own link, which takes its address and text.
 * @csspart link - The link.
 * @csspart icon - The arrow before the text (decorative, mirrored right to left).
 * @csspart text - The link's text.
 * @cssprop --polis-back-link-color - Colour of the link and its arrow (defaults to the text colour).
 */
export class PolisBackLink extends PolisElement {
  static override tagName = 'polis-back-link';

  static override shadowRootOptions: ShadowRootInit = {
    ...PolisElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [baseStyles, backLinkStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    href: {},
    pageHref: { state: true },
    pageText: { state: true },
  };

  /**
   * The address of the previous page. Without it, the `href` of the link inside the element.
   * Addresses that would run script (`javascript:`, `data:`, `vbscript:`) are refused with one
   * warning, and the next choice is used; with no address at all, nothing is shown.
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
    if (document.readyState === 'loading') {
      // Parsed from HTML: the link inside may not be there yet. Look again once it is.
      document.addEventListener('DOMContentLoaded', this.onReady, { once: true });
    }
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
    document.removeEventListener('DOMContentLoaded', this.onReady);
  }

  private readonly onReady = (): void => {
    this.readPageLink();
    this.requestUpdate();
  };

  /** Reads the page's own link: its address and text are the defaults of the element's link. */
  private readPageLink(): void {
    const link = this.querySelector('a');
    this.pageHref = link?.getAttribute('href') ?? null;
    this.pageText = (link?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  /** The address the link goes to, after the checks (see `href`), or `undefined` when there is none. */
  get previousHref(): string | undefined {
    return safeHref(this, this.href, 'href') ?? safeHref(this, this.pageHref, 'href');
  }

  protected override render() {
    const href = this.previousHref;
    if (!href) {
      if (this.isConnected && document.readyState !== 'loading') {
        this.warn(
          'no-href',
          'needs the address of the previous page: set href, or write a link inside it (<a href="/previous">Back</a>). Nothing is shown until then.',
        );
      }
      return nothing;
    }
    const text = this.pageText || this.localize.term('backLink');
    return html`<a part="link" class="link" href=${href}
      ><svg
        part="icon"
        class="icon"
        aria-hidden="true"
        focusable="false"
        viewBox="0 0 10 16"
        xmlns="http://www.w3.org/2000/svg"
      >
        <path d="M8.2 0 10 1.8 3.8 8l6.2 6.2L8.2 16 0 8z" /></svg
      ><span part="text" class="text">${text}</span></a
    >`;
  }
}
