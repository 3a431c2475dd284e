import { nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
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

// Decorative: the meaning is in the visually hidden prefix. Each variant has its own shape,
// so it is not told by colour alone.
const ICONS: Record<AlertVariant, ReturnType<typeof svg>> = {
  info: svg`<circle cx="12" cy="12" r="11"/><path class="icon-mark" d="M10.5 10h3v8h-3zM10.5 5.5h3v3h-3z"/>`,
  success: svg`<circle cx="12" cy="12" r="11"/><path class="icon-mark" d="m6 12.5 2.1-2.1 2.6 2.6 5.2-5.3L18 9.8l-7.3 7.3z"/>`,
  warning: svg`<path d="M12 1.5 23.5 22H.5z"/><path class="icon-mark" d="M10.7 8.5h2.6l-.4 7h-1.8zM10.6 17.2h2.8V20h-2.8z"/>`,
  error: svg`<path d="M7.4 1h9.2L23 7.4v9.2L16.6 23H7.4L1 16.6V7.4z"/><path class="icon-mark" d="M10.6 5.5h2.8l-.4 8h-2zM10.6 15.5h2.8v2.8h-2.8z"/>`,
};

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
