import { isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { html } from 'lit/static-html.js';
import { headingTag } from '../../base/heading.js';
import { PolisElement } from '../../base/polis-element.js';
import { PolisFocusFieldEvent } from '../../events.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { accordionSectionStyles } from './accordion-section.styles.js';
import {
  inheritedHeadingLevel,
  sectionChanged,
  toggleForPerson,
  type HeadingLevel,
} from './accordion-protocol.js';

/** What `polis-section-toggle` carries: the section's id (or '') and whether it is now open. */
export interface SectionToggleDetail {
  id: string;
  open: boolean;
}

/**
 * Fired by `polis-accordion-section` after the person opens or closes it: with its button,
 * with "Show all sections", by finding text inside it, or by following an error summary link
 * to a field inside it. Not fired when a script sets `open`.
 */
export class PolisSectionToggleEvent extends Event {
  static readonly type = 'polis-section-toggle';
  readonly detail: SectionToggleDetail;

  constructor(detail: SectionToggleDetail) {
    super(PolisSectionToggleEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'polis-section-toggle': PolisSectionToggleEvent;
  }
}

/**
 * Whether the browser supports `hidden="until-found"`: find in page (and links to a fragment)
 * then reveal a closed section, firing `beforematch` first.
 */
export const supportsHiddenUntilFound =
  !isServer && typeof HTMLElement !== 'undefined' && 'onbeforematch' in HTMLElement.prototype;

/** A character no template contains, put in place of {action} to find the text around it. */
const MARK = '\uE000';

const chevron = html`<svg class="chevron" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
  <circle cx="10" cy="10" r="9"></circle>
  <path d="M6.5 8.5l3.5 3.5 3.5-3.5"></path>
</svg>`;

/** Whether an element given for a slot has something to say. */
function hasText(element: Element): boolean {
  return Boolean(element.textContent?.trim());
}

/**
 * One section of an accordion: a heading that is also a button, an optional summary line,
 * and content that the button shows and hides.
 *
 * The shadow root holds a real heading (`<h2>` unless `heading-level` says otherwise, or the
 * accordion's `heading-level`) with a native `<button>` inside it carrying `aria-expanded` and
 * `aria-controls`. The button reads as the heading, the summary and "Show this section" (or
 * "Hide this section"): people see "Show" or "Hide" next to a chevron, and the rest of the
 * phrase is visually hidden. Enter and Space toggle it and focus stays on it.
 *
 * The content stays in the page (light DOM, slotted), so it is there before the element
 * upgrades and without JavaScript, with everything shown. A closed section hides it with
 * `hidden="until-found"` where the browser supports it, so find in page and links to an id
 * inside still reach it: the section opens itself on `beforematch`. Elsewhere it is plain
 * `hidden`. When an error summary link is about to focus a field inside a closed section, the
 * section opens first (it listens for `polis-focus-field`).
 *
 * Without a heading (no `heading` attribute and nothing in the `heading` slot) the section
 * cannot be named, so it is not collapsible: its content is always shown, with one
 * development warning.
 *
 * @summary One section of an accordion: a heading people can press to show or hide the content under it.
 * @status stable
 * @since 0.3.0
 *
 * @slot - The section's content: paragraphs, lists, form fields, anything.
 * @slot heading - The heading's text, as phrasing content (`<span slot="heading">`), kept visible without JavaScript. Instead of `heading`.
 * @slot summary - A summary line under the heading (`<span slot="summary">`). Instead of `summary`.
 * @csspart base - The box round the section, with the line above it.
 * @csspart heading - The real heading (`<h2>` by default) that holds the button.
 * @csspart button - The native button inside the heading.
 * @csspart heading-text - The heading's text inside the button.
 * @csspart summary - The summary line inside the button.
 * @csspart toggle - The chevron and "Show" or "Hide".
 * @csspart content - The container that is hidden while the section is closed.
 * @cssprop --polis-accordion-border-color - Colour of the lines between sections.
 *
 * @fires polis-section-toggle - After the person opens or closes the section (its button, "Show all sections", find in page, an error summary link). `detail.open` is the new state, `detail.id` the section's id. Not fired when a script sets `open`.
 */
export class PolisAccordionSection extends PolisElement {
  static override tagName = 'polis-accordion-section';

  static override styles = [baseStyles, accordionSectionStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    heading: {},
    summary: {},
    headingLevel: { attribute: 'heading-level' },
    open: { type: Boolean, reflect: true },
  };

  /** The heading's text. Or give it in the `heading` slot, which also shows without JavaScript. */
  declare heading: string;
  /** A summary line shown under the heading and read as part of the button. Or use the `summary` slot. */
  declare summary: string;
  /**
   * The level of the section's heading, 1 to 6. Without it the section takes the accordion's
   * `heading-level`, else 2. Other values fall back with one warning.
   */
  declare headingLevel: string | null | undefined;
  /** Whether the section is open (its content shown). Reflected as an attribute. */
  declare open: boolean;

  private inherited: HeadingLevel | undefined;
  /** The open state and collapsibility last reported to the accordion. */
  private reported = '';
  /** Headings the page put in the heading slot, made presentational while inside the button. */
  private readonly demoted = new Set<HTMLElement>();

  constructor() {
    super();
    this.heading = '';
    this.summary = '';
    this.open = false;
    this.addEventListener(PolisFocusFieldEvent.type, this.onFocusField);
  }

  /** The heading level the accordion gives sections without their own. */
  get [inheritedHeadingLevel](): HeadingLevel | undefined {
    return this.inherited;
  }

  set [inheritedHeadingLevel](level: HeadingLevel | undefined) {
    if (level === this.inherited) return;
    this.inherited = level;
    this.requestUpdate();
  }

  /**
   * Whether the section can be opened and closed: it has a heading to name its button.
   * A section without one always shows its content.
   */
  get collapsible(): boolean {
    if (this.heading?.trim()) return true;
    return [...this.children].some((child) => child.slot === 'heading' && hasText(child));
  }

  private get hasSummary(): boolean {
    if (this.summary?.trim()) return true;
    return [...this.children].some((child) => child.slot === 'summary' && hasText(child));
  }

  private get content(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('[part~="content"]') ?? null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (document.readyState === 'loading') {
      // Parsed from HTML: the heading may not be there yet. Look again once it is.
      document.addEventListener('DOMContentLoaded', this.onReady, { once: true });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('DOMContentLoaded', this.onReady);
    this.syncSlottedHeadings();
  }

  /** The page's own headings in the heading slot (`<h2 slot="heading">`). */
  private slottedHeadings(): HTMLElement[] {
    return [...this.children].filter(
      (child): child is HTMLElement => child.slot === 'heading' && /^h[1-6]$/.test(child.localName),
    );
  }

  /**
   * A heading of the page's own in the heading slot keeps the section a real heading without
   * JavaScript. Once the section draws its own heading round the button, the page's one is
   * made presentational (`role="presentation"`), so that there is one heading, not a heading
   * inside a button inside a heading; the role is taken off again when it leaves the slot or
   * the section leaves the page.
   */
  private syncSlottedHeadings(): void {
    const wanted = new Set(
      this.isConnected && this.collapsible
        ? this.slottedHeadings().filter((h) => this.demoted.has(h) || !h.hasAttribute('role'))
        : [],
    );
    for (const heading of this.demoted) {
      if (wanted.has(heading)) continue;
      if (heading.getAttribute('role') === 'presentation') heading.removeAttribute('role');
      this.demoted.delete(heading);
    }
    for (const heading of wanted) {
      if (this.demoted.has(heading)) continue;
      heading.setAttribute('role', 'presentation');
      this.demoted.add(heading);
    }
  }

  private readonly onReady = (): void => {
    this.requestUpdate();
  };

  [toggleForPerson](open: boolean): void {
    this.setOpen(open, true);
  }

  /**
   * Opens or closes the section. Opening removes `hidden` from the content at once, so that
   * something inside can take focus in the same task (an error summary link).
   */
  private setOpen(open: boolean, byPerson: boolean): void {
    if (!this.collapsible || open === this.open) return;
    this.open = open;
    if (open) this.content?.removeAttribute('hidden');
    if (byPerson) this.dispatchEvent(new PolisSectionToggleEvent({ id: this.id, open }));
  }

  private readonly onClick = (): void => {
    this.setOpen(!this.open, true);
  };

  /** Find in page (or a link to an id inside) found something in the closed content. */
  private readonly onBeforeMatch = (): void => {
    this.setOpen(true, true);
  };

  /** An error summary is about to focus a field: open first if the field is in the content. */
  private readonly onFocusField = (event: PolisFocusFieldEvent): void => {
    const content = this.content;
    if (this.open || !content || !event.composedPath().includes(content)) return;
    this.setOpen(true, true);
  };

  private readonly onSlotChange = (): void => {
    this.requestUpdate();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.syncSlottedHeadings();
    if (!this.collapsible && document.readyState !== 'loading') {
      this.warn(
        'no-heading',
        'has no heading: give it a heading attribute or <span slot="heading">. Its content is always shown, since a button without a name cannot be used.',
      );
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const state = `${this.collapsible}:${this.open}`;
    if (state !== this.reported) {
      this.reported = state;
      sectionChanged(this);
    }
  }

  /** "Show" or "Hide", and the visually hidden words before and after it ("this section"). */
  private toggleWords(): { before: string; action: string; after: string } {
    const action = this.localize.term(this.open ? 'accordionHideSection' : 'accordionShowSection');
    const filled = this.localize.term('accordionSectionToggle', { action: MARK });
    const at = filled.indexOf(MARK);
    if (at < 0) return { before: '', action, after: filled.trim() ? ` ${filled}` : '' };
    // A right-to-left language isolates each value (U+2068 … U+2069); the mark's are dropped.
    return {
      before: filled.slice(0, at).replace(/\u2068$/, ''),
      action,
      after: filled.slice(at + MARK.length).replace(/^\u2069/, ''),
    };
  }

  // The heading tag is a lit/static-html literal from headingTag() (h1 to h6, never user
  // input), which the lit lint rules cannot see.
  /* eslint-disable lit/binding-positions, lit/no-invalid-html */
  protected override render() {
    if (!this.collapsible) {
      return html`<div part="base" class="base">
        <div hidden><slot name="heading" @slotchange=${this.onSlotChange}></slot></div>
        ${
          this.hasSummary
            ? html`<p part="summary" class="summary summary--static">
                <slot name="summary" @slotchange=${this.onSlotChange}>${this.summary}</slot>
              </p>`
            : html`<div hidden><slot name="summary" @slotchange=${this.onSlotChange}></slot></div>`
        }
        <div part="content" class="content" id="content">
          <div class="body"><slot></slot></div>
        </div>
      </div>`;
    }
    // Its own heading-level, else the level of the page's heading in the slot, else the
    // accordion's, else 2.
    const own = this.slottedHeadings()[0]?.localName.slice(1) as HeadingLevel | undefined;
    const tag = headingTag(this, this.headingLevel ?? undefined, own ?? this.inherited ?? '2');
    const { before, action, after } = this.toggleWords();
    const hidden = this.open ? nothing : supportsHiddenUntilFound ? 'until-found' : '';
    return html`<div part="base" class="base">
      <${tag} part="heading" class="heading">
        <button
          part="button"
          class="button"
          type="button"
          id="button"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="content"
          @click=${this.onClick}
        >
          <span part="heading-text" class="heading-text"
            ><slot name="heading" @slotchange=${this.onSlotChange}>${this.heading}</slot
            ><span class="visually-hidden">, </span></span
          >${
            this.hasSummary
              ? html`<span part="summary" class="summary"
                  ><slot name="summary" @slotchange=${this.onSlotChange}>${this.summary}</slot
                  ><span class="visually-hidden">, </span></span
                >`
              : html`<slot name="summary" hidden @slotchange=${this.onSlotChange}></slot>`
          }<span
            part="toggle"
            class="toggle"
            >${chevron}<span class="toggle-text"
              >${before ? html`<span class="visually-hidden">${before}</span>` : nothing}${action}${
                after ? html`<span class="visually-hidden">${after}</span>` : nothing
              }</span
            ></span
          >
        </button>
      </${tag}>
      <div part="content" class="content" id="content" hidden=${hidden} @beforematch=${this.onBeforeMatch}>
        <div class="body"><slot></slot></div>
      </div>
    </div>`;
  }
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
}
