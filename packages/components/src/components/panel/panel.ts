import { nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { html } from 'lit/static-html.js';
import { PolisElement } from '../../base/polis-element.js';
import { headingTag } from '../../base/heading.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { panelStyles } from './panel.styles.js';

const HEADING = /^h[1-6]$/;

/**
 * The coloured panel at the top of a confirmation page: it tells people that they have
 * finished a task and, when there is one, gives their reference number.
 *
 * The title is a real heading, `<h1>` by default, because the panel is the top of the page.
 * Give it with `heading`, or slot your own element into `heading`: a heading element
 * (`<h1 slot="heading">`) is used as it is, so the page shows a heading even before the
 * element upgrades; other content is wrapped in the panel's own heading.
 *
 * `reference` shows the person's reference number under the translated label "Your reference
 * number", large, in a font that tells similar characters apart, marked `translate="no"` and
 * never changed: no letter spacing or case changes that would alter what a screen reader reads
 * or what is copied. A click selects the whole number.
 *
 * The panel never takes focus and is not a live region: it is what the page opens with. Make
 * the page `<title>` say the same as the heading.
 *
 * @summary Confirms that people have completed a task, with their reference number.
 * @status stable
 * @since 0.2.0
 *
 * @slot - Further text in the panel, under the reference number: a short sentence, no links.
 * @slot heading - The title, when it needs markup of its own. A heading element (`<h1 slot="heading">`) is used as it is; anything else is wrapped in the panel's heading. Replaces `heading`.
 * @csspart base - The coloured box.
 * @csspart heading - The panel's own heading (not rendered around a slotted heading element).
 * @csspart reference-label - The translated label "Your reference number".
 * @csspart reference - The reference number.
 * @csspart body - The box around the slotted text.
 */
export class PolisPanel extends PolisElement {
  static override tagName = 'polis-panel';

  static override styles = [baseStyles, panelStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    reference: {},
    slottedHeading: { state: true },
    hasHeadingSlot: { state: true },
    hasBody: { state: true },
  };

  /** The title, such as "Application complete". Say the same in the page's `<title>`. */
  declare heading: string;
  /** The level of the panel's heading, 1 to 6 (default 1: the panel starts a confirmation page). Other values fall back to 1 with one warning. */
  declare headingLevel: string;
  /** The person's reference number, shown as text exactly as given, under "Your reference number". */
  declare reference: string;
  /** Whether the heading slot holds a heading element of the page's own. */
  declare private slottedHeading: boolean;
  /** Whether anything is slotted into the heading slot. */
  declare private hasHeadingSlot: boolean;
  /** Whether the page gave body text. */
  declare private hasBody: boolean;

  constructor() {
    super();
    this.heading = '';
    this.headingLevel = '1';
    this.reference = '';
    this.slottedHeading = false;
    this.hasHeadingSlot = false;
    this.hasBody = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Before the first render, so a slotted <h1> is never wrapped in a second heading even
    // for a frame; slotchange keeps both up to date afterwards.
    if (!this.hasUpdated) {
      const inHeadingSlot = [...this.children].filter((child) => child.slot === 'heading');
      this.slottedHeading = this.isHeadingSlotHeading(inHeadingSlot);
      this.hasHeadingSlot = inHeadingSlot.length > 0;
      this.hasBody = hasContent([...this.childNodes].filter((n) => !(n instanceof Element && n.slot)));
    }
  }

  protected override firstUpdated(): void {
    if (!this.heading && !this.querySelector(':scope > [slot="heading"]')) {
      this.warn('no-heading', 'has no heading; add heading="…" (and say the same in the page <title>).');
    }
  }

  private isHeadingSlotHeading(elements: Element[]): boolean {
    return elements.some(
      (element) => HEADING.test(element.localName) || element.getAttribute('role') === 'heading',
    );
  }

  private readonly onHeadingSlotChange = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    this.slottedHeading = this.isHeadingSlotHeading(slot.assignedElements());
    this.hasHeadingSlot = slot.assignedElements().length > 0;
  };

  private readonly onBodySlotChange = (event: Event): void => {
    this.hasBody = hasContent((event.target as HTMLSlotElement).assignedNodes());
  };

  private renderHeading() {
    const slot = html`<slot name="heading" @slotchange=${this.onHeadingSlotChange}>${this.heading}</slot>`;
    if (this.slottedHeading) return html`<div class="heading-slot">${slot}</div>`;
    // Never an empty heading: without text, the slot stays (for content added later) but no heading.
    if (!this.hasHeadingSlot && !this.heading?.trim()) return slot;
    const tag = headingTag(this, this.headingLevel, '1');
    // The tag is a lit/static-html literal from headingTag() (h1 to h6, never user input).
    /* eslint-disable lit/binding-positions, lit/no-invalid-html */
    return html`<${tag} part="heading" class="heading">${slot}</${tag}>`;
    /* eslint-enable lit/binding-positions, lit/no-invalid-html */
  }

  protected override render() {
    const reference = this.reference?.trim();
    return html`<div part="base" class="panel">
      ${this.renderHeading()}
      ${
        reference
          ? html`<p class="reference-block">
              <span part="reference-label" class="reference-label"
                >${this.localize.term('panelReferenceLabel')}</span
              >
              <strong part="reference" class="reference" translate="no">${reference}</strong>
            </p>`
          : nothing
      }
      <div part="body" class="body" ?hidden=${!this.hasBody}>
        <slot @slotchange=${this.onBodySlotChange}></slot>
      </div>
    </div>`;
  }
}

function hasContent(nodes: Node[]): boolean {
  return nodes.some(
    (node) =>
      node.nodeType === Node.ELEMENT_NODE ||
      (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== ''),
  );
}
