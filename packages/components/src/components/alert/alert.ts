import { nothing, type PropertyDeclarations, type PropertyValues, type SVGTemplateResult } from 'lit';
import { statusIcons } from '../../styles/icons.js';
import { html } from 'lit/static-html.js';
import { PolisElement } from '../../base/polis-element.js';
import { oneOf } from '../../base/enum.js';
import { headingTag } from '../../base/heading.js';
import { announce, ensureAnnouncer } from '../../base/announcer.js';
import type { MessageKey } from '../../i18n/types.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { alertStyles } from './alert.styles.js';

/** What kind of message the alert is. */
export const ALERT_VARIANTS = ['info', 'success', 'warning', 'error'] as const;
export type AlertVariant = (typeof ALERT_VARIANTS)[number];

const PREFIX: Record<AlertVariant, MessageKey> = {
  info: 'alertInfo',
  success: 'alertSuccess',
  warning: 'alertWarning',
  error: 'alertError',
};

// Decorative: the meaning is in the visually hidden prefix; each variant has its own shape.
const ICONS: Record<AlertVariant, SVGTemplateResult> = statusIcons;

/**
 * An inline message about the page or the task: information, success, a warning or an
 * error. Its kind is said in words to screen-reader users (a visually hidden prefix such as
 * "Warning:") and shown by an icon with its own shape, never by colour alone.
 *
 * It is not a live region. With `live`, its heading and text are announced through Polis's
 * light-DOM announcer when it appears and whenever its content changes (politely; an error
 * interrupts), because live regions inside shadow roots are announced unreliably.
 *
 * @summary Shows an inline message: information, success, a warning or an error.
 * @status stable
 * @since 0.2.0
 *
 * @slot - The message: text, paragraphs and links.
 * @csspart base - The box.
 * @csspart icon - The decorative icon (hidden from assistive technology).
 * @csspart heading - The heading, when there is one.
 * @csspart content - The box around the slotted message.
 * @cssprop --polis-alert-color - Colour of the border and icon (by default one per variant).
 */
export class PolisAlert extends PolisElement {
  static override tagName = 'polis-alert';

  static override styles = [baseStyles, alertStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    variant: { reflect: true },
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    live: { type: Boolean, reflect: true },
  };

  /** `info` (default), `success`, `warning` or `error`. */
  declare variant: AlertVariant;
  /** An optional short heading, shown above the message. */
  declare heading: string;
  /** The level of the heading, 1 to 6 (default 2). Choose the level that fits the page's outline. */
  declare headingLevel: string;
  /**
   * Announces the heading and message to screen-reader users when the alert appears and when
   * its content changes, without moving focus. Politely, except for the `error` variant.
   */
  declare live: boolean;

  private announcePending = false;
  private readonly contentObserver?: MutationObserver;

  constructor() {
    super();
    this.variant = 'info';
    this.heading = '';
    this.headingLevel = '2';
    this.live = false;
    if (typeof MutationObserver !== 'undefined') {
      this.contentObserver = new MutationObserver(() => this.scheduleAnnouncement());
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.contentObserver?.observe(this, {
      childList: true,
      characterData: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['hidden'],
    });
    if (this.live) {
      // The region must exist, empty, before text is written into it.
      ensureAnnouncer();
      this.scheduleAnnouncement();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.contentObserver?.disconnect();
    this.announcePending = false;
  }

  private get safeVariant(): AlertVariant {
    return oneOf(this, 'variant', this.variant, ALERT_VARIANTS, 'info');
  }

  private scheduleAnnouncement(): void {
    if (!this.live) return;
    this.announcePending = true;
    this.requestUpdate();
  }

  /** What a screen reader hears: prefix, heading and the text of the slotted message. */
  private get announcement(): string {
    const slot = this.renderRoot?.querySelector?.('slot');
    const nodes = slot ? slot.assignedNodes({ flatten: true }) : [...this.childNodes];
    const body = nodes
      .map((node) =>
        node instanceof HTMLElement ? (node.hidden ? '' : node.innerText) : (node.textContent ?? ''),
      )
      .join(' ');
    return [this.localize.term(PREFIX[this.safeVariant]), this.heading, body]
      .join(' ')
      .replace(/[\t\n\f\r ]+/g, ' ') // HTML whitespace only: keep French no-break spaces
      .trim();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) return;
    if (changed.has('heading') || changed.has('variant')) this.scheduleAnnouncement();
    if (changed.has('live') && this.live) ensureAnnouncer();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.announcePending) return;
    this.announcePending = false;
    if (!this.live || this.hidden || !this.isConnected) return;
    void announce(this.announcement, {
      politeness: this.safeVariant === 'error' ? 'assertive' : 'polite',
    });
  }

  // The heading tag is a lit/static-html literal from headingTag() (h1 to h6, never user
  // input), which the lit lint rules cannot see.
  /* eslint-disable lit/binding-positions, lit/no-invalid-html */
  protected override render() {
    const variant = this.safeVariant;
    const prefix = html`<span class="visually-hidden">${this.localize.term(PREFIX[variant])} </span>`;
    const tag = this.heading ? headingTag(this, this.headingLevel, '2') : null;
    return html`
      <div part="base" class="alert alert--${variant}">
        <svg
          part="icon"
          class="icon"
          aria-hidden="true"
          focusable="false"
          viewBox="0 0 24 24"
          xmlns="http://www.w3.org/2000/svg"
        >
          ${ICONS[variant]}
        </svg>
        <div class="body">
          ${tag ? html`<${tag} part="heading" class="heading">${prefix}${this.heading}</${tag}>` : nothing}
          <div part="content" class="content">${tag ? nothing : prefix}<slot></slot></div>
        </div>
      </div>
    `;
  }
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
}
