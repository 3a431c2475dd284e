import { nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { html } from 'lit/static-html.js';
import { adoptDocumentStyles } from '../../base/document-styles.js';
import { PolisElement } from '../../base/polis-element.js';
import { headingTag } from '../../base/heading.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { footerDocumentStyles, footerStyles } from './footer.styles.js';

/** Custom state while the element is upgraded: the document styles for its columns apply. */
const STATE = 'polis-footer';

type Region = 'navigation' | 'meta' | 'licence' | 'copyright' | '';

/**
 * The bottom of every page: links to the service's support pages (help, cookies,
 * accessibility statement, privacy), the licence of the content and the copyright, with
 * optional columns of navigation above them.
 *
 * The shadow root holds one `<footer>`, exposed as the page's `contentinfo` landmark; the
 * element itself has no role. The support links are the page's own list, introduced by a
 * visually hidden heading, "Support links" (translated), so people who move by headings find
 * them. Everything is light DOM, shown before the element upgrades.
 *
 * @summary Gives people the support links, licence and copyright of a service, on every page.
 * @status stable
 * @since 0.2.0
 *
 * @slot meta - The support links: a `<ul>` of links (shown as an inline list), or links.
 * @slot licence - The licence of the content, such as a paragraph with a link to the licence.
 * @slot copyright - The copyright statement, such as "© City of Example".
 * @slot navigation - Columns of navigation: each element is a column (a `<nav aria-label>` or a `<div>` with a heading and a list).
 * @slot - Anything else, shown after the licence.
 * @csspart base - The `<footer>`: the contentinfo landmark.
 * @csspart navigation - The grid of navigation columns.
 * @csspart meta - The box round the support links and their hidden heading.
 * @csspart licence - The box round the licence.
 * @csspart copyright - The box round the copyright.
 * @cssprop --polis-footer-background - Background of the footer (defaults to the surface colour).
 * @cssprop --polis-footer-border-color - Colour of the line above the footer (defaults to the link blue).
 * @cssprop --polis-page-max-width - Width of the content inside the footer (default 64rem).
 * @cssstate polis-footer - The element is upgraded: its columns and lists are spaced (styles it adds to the document).
 */
export class PolisFooter extends PolisElement {
  static override tagName = 'polis-footer';

  static override styles = [baseStyles, footerStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    headingLevel: { attribute: 'heading-level' },
    filled: { state: true },
  };

  /** The level of the visually hidden "Support links" heading, 1 to 6 (default 2). */
  declare headingLevel: string;
  /** Which slots have content. */
  declare private filled: Set<Region>;

  private readonly internals: ElementInternals | null;

  constructor() {
    super();
    this.headingLevel = '2';
    this.filled = new Set();
    let internals: ElementInternals | null = null;
    try {
      internals = this.attachInternals();
    } catch {
      // Attached already by a subclass, or not supported: the columns keep the page's own styles.
    }
    this.internals = internals;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptDocumentStyles(this, footerDocumentStyles);
    this.internals?.states.add(STATE);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Before the first render, so empty boxes (and the hidden heading) never show; after
    // that, slotchange keeps it up to date.
    if (this.hasUpdated) return;
    this.filled = new Set(
      [...this.childNodes]
        .filter((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim())
        .map((node) => ((node as Element).getAttribute?.('slot') ?? '') as Region),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.internals?.states.delete(STATE);
  }

  private readonly onSlotChange = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    const has = slot
      .assignedNodes()
      .some((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim());
    const name = slot.name as Region;
    if (has === this.filled.has(name)) return;
    const next = new Set(this.filled);
    if (has) next.add(name);
    else next.delete(name);
    this.filled = next;
  };

  // The heading tag is a lit/static-html literal from headingTag() (h1 to h6, never user
  // input), which the lit lint rules cannot see.
  /* eslint-disable lit/binding-positions, lit/no-invalid-html */
  protected override render() {
    const tag = headingTag(this, this.headingLevel, '2');
    const has = (name: Region) => this.filled.has(name);
    return html`<footer part="base" class="footer">
      <div class="container">
        <div part="navigation" class="navigation" ?hidden=${!has('navigation')}>
          <slot name="navigation" @slotchange=${this.onSlotChange}></slot>
        </div>
        <div class="meta">
          <div class="meta-main">
            <div part="meta" class="meta-links" ?hidden=${!has('meta')}>
              ${has('meta') ? html`<${tag} class="visually-hidden">${this.localize.term('footerSupportLinks')}</${tag}>` : nothing}
              <slot name="meta" @slotchange=${this.onSlotChange}></slot>
            </div>
            <div part="licence" class="licence" ?hidden=${!has('licence')}>
              <slot name="licence" @slotchange=${this.onSlotChange}></slot>
            </div>
            <div class="other" ?hidden=${!has('')}><slot @slotchange=${this.onSlotChange}></slot></div>
          </div>
          <div part="copyright" class="copyright" ?hidden=${!has('copyright')}>
            <slot name="copyright" @slotchange=${this.onSlotChange}></slot>
          </div>
        </div>
      </div>
    </footer>`;
  }
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
}
