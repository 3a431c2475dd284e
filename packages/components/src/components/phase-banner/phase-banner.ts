import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { PolisElement } from '../../base/polis-element.js';
import { oneOf } from '../../base/enum.js';
import { safeHref } from '../../base/url.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { phaseBannerStyles } from './phase-banner.styles.js';

/** The phases a service can be in. */
export const PHASES = ['alpha', 'beta'] as const;
export type Phase = (typeof PHASES)[number];

/** Where the link goes in the translated sentence. */
const LINK_PLACEHOLDER = '{link}';

/**
 * Tells people that a service is new and still being worked on, with an "Alpha" or "Beta"
 * tag and a link to give feedback. It renders a `polis-tag` (registered by this element's
 * `define.js`). Put it at the top of the page, under the header; it is not sticky.
 *
 * @summary Shows that a service is in alpha or beta and asks people for feedback.
 * @status stable
 * @since 0.2.0
 *
 * @slot - Your own text, replacing the default sentence and its feedback link.
 * @csspart base - The band holding the tag and the text.
 * @csspart tag - The `polis-tag` that shows the phase.
 * @csspart text - The sentence after the tag.
 * @csspart link - The feedback link in the default sentence.
 * @cssprop --polis-phase-banner-border-color - Colour of the line under the banner.
 */
export class PolisPhaseBanner extends PolisElement {
  static override tagName = 'polis-phase-banner';

  static override styles = [baseStyles, phaseBannerStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    phase: { reflect: true },
    feedbackHref: { attribute: 'feedback-href' },
    hasSlotted: { state: true },
  };

  /** `beta` (default) or `alpha`. */
  declare phase: Phase;
  /**
   * The address of your feedback page or form. With it, the banner shows the default
   * sentence with a "give your feedback" link, translated. Addresses that would run script
   * (`javascript:`, `data:`, `vbscript:`) are refused.
   */
  declare feedbackHref: string | undefined;
  /** Whether the page gave its own text (anything but white space). */
  declare private hasSlotted: boolean;

  constructor() {
    super();
    this.phase = 'beta';
    this.hasSlotted = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Before the first render, so a banner with its own text never flashes the default one;
    // after that, slotchange keeps it up to date.
    if (!this.hasUpdated) this.hasSlotted = this.hasOwnContent([...this.childNodes]);
  }

  private hasOwnContent(nodes: Node[]): boolean {
    return nodes.some(
      (node) =>
        node.nodeType === Node.ELEMENT_NODE ||
        (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== ''),
    );
  }

  private readonly onSlotChange = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    this.hasSlotted = this.hasOwnContent(slot.assignedNodes());
  };

  protected override firstUpdated(): void {
    if (!this.hasSlotted && !this.feedbackHref) {
      this.warn(
        'no-text',
        'has no feedback-href and no text of its own; add feedback-href="…" so people can tell you what they think.',
      );
    }
  }

  /** The translated sentence, split around `{link}` so each language decides where the link goes. */
  private renderDefaultText(href: string) {
    const sentence = this.localize.term('phaseBannerText');
    const at = sentence.indexOf(LINK_PLACEHOLDER);
    const before = at >= 0 ? sentence.slice(0, at) : `${sentence} `;
    const after = at >= 0 ? sentence.slice(at + LINK_PLACEHOLDER.length) : '';
    const link = html`<a part="link" class="link" href=${href}>${this.localize.term('phaseBannerLink')}</a>`;
    return html`${before}${link}${after}`;
  }

  protected override render() {
    const phase = oneOf(this, 'phase', this.phase, PHASES, 'beta');
    const href = this.hasSlotted ? undefined : safeHref(this, this.feedbackHref, 'feedback-href');
    return html`<div part="base" class="banner">
      <p class="content">
        <polis-tag part="tag" class="tag" color="blue"
          >${this.localize.term(phase === 'alpha' ? 'phaseAlpha' : 'phaseBeta')}</polis-tag
        >
        <span part="text" class="text"
          ><slot @slotchange=${this.onSlotChange}></slot>${
            !this.hasSlotted && href ? this.renderDefaultText(href) : nothing
          }</span
        >
      </p>
    </div>`;
  }
}
