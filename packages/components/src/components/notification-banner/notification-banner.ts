import { nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { html } from 'lit/static-html.js';
import { PolisElement } from '../../base/polis-element.js';
import { oneOf } from '../../base/enum.js';
import { headingTag } from '../../base/heading.js';
import { PolisDismissEvent } from '../../events.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { notificationBannerStyles } from './notification-banner.styles.js';
import { focusAfterDismiss, hasFocusWithin } from '../../base/focus-after-dismiss.js';

/** What the banner tells people: something important, or that something worked. */
export const NOTIFICATION_BANNER_TYPES = ['important', 'success'] as const;
export type NotificationBannerType = (typeof NOTIFICATION_BANNER_TYPES)[number];

/**
 * Tells people about something important that is not about the task on the page, or that
 * what they just did worked.
 *
 * An `important` banner is a region named by its title. A `success` banner is an alert and
 * takes focus when it appears (on first render and whenever it is shown again after being
 * hidden), so screen-reader users hear it first; `disable-auto-focus` stops that.
 *
 * A `dismissible` banner has a "Dismiss" button. Activating it fires a cancelable
 * `polis-dismiss`; unless it is cancelled the banner sets `hidden`, and if focus was inside
 * the banner it moves to the main landmark (or, without one, to the banner's parent).
 *
 * @summary Tells people about something important, or that an action worked.
 * @status stable
 * @since 0.2.0
 *
 * @slot - The content: paragraphs and links, or a heading (`<h3>`) with a short sentence. Direct children are spaced and styled.
 * @csspart base - The coloured box; it is the region or alert, and takes focus when a success banner appears.
 * @csspart header - The band that holds the title and the dismiss button.
 * @csspart heading - The title, a real heading.
 * @csspart content - The box around the slotted content.
 * @csspart dismiss-button - The native "Dismiss" button.
 * @cssprop --polis-notification-banner-color - Colour of the border and title band (defaults to the link blue; green for success).
 *
 * @fires polis-dismiss - When a person activates the dismiss button, before the banner hides. Cancelable.
 */
export class PolisNotificationBanner extends PolisElement {
  static override tagName = 'polis-notification-banner';

  static override styles = [baseStyles, notificationBannerStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    type: { reflect: true },
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    disableAutoFocus: { type: Boolean, attribute: 'disable-auto-focus' },
    dismissible: { type: Boolean, reflect: true },
  };

  /** `important` (default), a region; or `success`, an alert that takes focus when it appears. */
  declare type: NotificationBannerType;
  /** The title. Defaults to "Important" or "Success", translated. */
  declare heading: string;
  /** The level of the title's heading, 1 to 6 (default 2). */
  declare headingLevel: string;
  /** Stops a success banner taking focus when it appears. Only use it if your page moves focus somewhere better. */
  declare disableAutoFocus: boolean;
  /** Shows a "Dismiss" button that hides the banner. */
  declare dismissible: boolean;

  private focusPending = false;
  private readonly hiddenObserver?: MutationObserver;

  constructor() {
    super();
    this.type = 'important';
    this.heading = '';
    this.headingLevel = '2';
    this.disableAutoFocus = false;
    this.dismissible = false;
    if (typeof MutationObserver !== 'undefined') {
      this.hiddenObserver = new MutationObserver(this.onHiddenChange);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Appearing on the page counts as appearing, as it does for the error summary.
    if (!this.hidden) this.focusPending = true;
    // `hidden` stays the native attribute; the banner only watches it, so that a success
    // banner takes focus again whenever it is shown.
    this.hiddenObserver?.observe(this, {
      attributes: true,
      attributeFilter: ['hidden'],
      attributeOldValue: true,
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.hiddenObserver?.disconnect();
  }

  private readonly onHiddenChange = (records: MutationRecord[]): void => {
    if (records.some((record) => record.oldValue !== null) && !this.hidden) {
      this.focusPending = true;
      this.requestUpdate();
    }
  };

  private get safeType(): NotificationBannerType {
    return oneOf(this, 'type', this.type, NOTIFICATION_BANNER_TYPES, 'important');
  }

  private get titleText(): string {
    return (
      this.heading ||
      this.localize.term(this.safeType === 'success' ? 'notificationSuccess' : 'notificationImportant')
    );
  }

  /** Moves focus to the banner, made focusable for that moment only. */
  override focus(options?: FocusOptions): void {
    const box = this.renderRoot?.querySelector<HTMLElement>('.banner');
    if (!box) return;
    box.tabIndex = -1;
    box.addEventListener('blur', () => box.removeAttribute('tabindex'), { once: true });
    box.focus(options);
  }

  /**
   * Dismisses the banner as the dismiss button does: fires `polis-dismiss` and, unless it is
   * cancelled, hides the banner and moves focus out of it if it was inside. Returns whether
   * the banner was hidden.
   */
  dismiss(): boolean {
    const event = new PolisDismissEvent();
    if (!this.dispatchEvent(event)) return false;
    const hadFocus = hasFocusWithin(this);
    if (hadFocus) focusAfterDismiss(this);
    this.hidden = true;
    return true;
  }

  private readonly onDismissClick = (): void => {
    this.dismiss();
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.focusPending || this.hidden) return;
    this.focusPending = false;
    if (this.safeType === 'success' && !this.disableAutoFocus) this.focus();
  }

  // The heading tag is a lit/static-html literal from headingTag() (h1 to h6, never user
  // input), which the lit lint rules cannot see.
  /* eslint-disable lit/binding-positions, lit/no-invalid-html */
  protected override render() {
    const type = this.safeType;
    const tag = headingTag(this, this.headingLevel, '2');
    const title = this.titleText;
    return html`
      <div
        part="base"
        class="banner banner--${type}"
        role=${type === 'success' ? 'alert' : 'region'}
        aria-labelledby="heading"
      >
        <div part="header" class="header">
          <${tag} part="heading" class="heading" id="heading">${title}</${tag}>
          ${
            this.dismissible
              ? html`<button
                  part="dismiss-button"
                  class="dismiss"
                  type="button"
                  aria-label=${this.localize.term('dismissLabel', { title })}
                  @click=${this.onDismissClick}
                >
                  ${this.localize.term('dismiss')}
                </button>`
              : nothing
          }
        </div>
        <div part="content" class="content"><slot></slot></div>
      </div>
    `;
  }
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
}
