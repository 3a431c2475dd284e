import { html, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import { PolisElement } from '../../base/polis-element.js';
import { oneOf } from '../../base/enum.js';
import { announce, ensureAnnouncer } from '../../base/announcer.js';
import { PolisDismissEvent } from '../../events.js';
import type { MessageKey } from '../../i18n/types.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { toastStyles } from './toast.styles.js';

/** What kind of message the toast is. */
export const TOAST_VARIANTS = ['info', 'success', 'warning', 'error'] as const;
export type ToastVariant = (typeof TOAST_VARIANTS)[number];

/**
 * The shortest time, in milliseconds, a timed toast stays on screen while nobody is using
 * it. Shorter durations are raised to it: people need time to notice, read and act
 * (WCAG 2.2.1 Timing Adjustable).
 */
export const MIN_TOAST_DURATION = 5000;

/** The visually hidden prefix that says what kind of message it is (never colour alone). */
const PREFIX: Record<ToastVariant, MessageKey> = {
  info: 'alertInfo',
  success: 'alertSuccess',
  warning: 'alertWarning',
  error: 'alertError',
};

/** Why a timed toast is paused. */
type PauseReason = 'hover' | 'focus' | 'page-hidden' | 'out-of-sight';

/**
 * Pauses or resumes a toast's clock while its region has stepped out of sight. A symbol, not
 * a public method: only `polis-toast-region` calls it.
 */
export const setOutOfSight = Symbol('polis-toast-out-of-sight');

const icons: Record<ToastVariant, ReturnType<typeof svg>> = {
  info: svg`<path
    d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1.25 15h-2.5v-6.5h2.5zm-1.25-8.25a1.5 1.5 0 1 1 0-3 1.5 1.5 0 0 1 0 3z"
  />`,
  success: svg`<path
    d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-1.4 14.6-4.3-4.3 1.8-1.8 2.5 2.5 5.3-5.3 1.8 1.8z"
  />`,
  warning: svg`<path d="M12 1.5 0.8 21.5h22.4zm1.25 17h-2.5V16h2.5zm0-4h-2.5v-6h2.5z" />`,
  error: svg`<path
    d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm4.6 12.8-1.8 1.8-2.8-2.8-2.8 2.8-1.8-1.8 2.8-2.8-2.8-2.8 1.8-1.8 2.8 2.8 2.8-2.8 1.8 1.8-2.8 2.8z"
  />`,
};

/**
 * A short, non-modal message about something that has just happened, such as "Your
 * changes have been saved". It does not take focus. It is read to screen-reader users
 * through the page's announcer when it appears (politely; errors interrupt), and stays
 * until it is closed unless it has a `duration`.
 *
 * A timed toast never lasts less than 5 seconds, and its timer pauses while the pointer is
 * over it or focus is inside it, and while the page is hidden.
 *
 * Put toasts in a `polis-toast-region`, or call `showToast()`, which does it for you.
 *
 * @summary Tells people briefly about something that has just happened, without interrupting them.
 * @status stable
 * @since 0.2.0
 *
 * @slot - The message: plain text, or inline content such as a link.
 * @csspart base - The box.
 * @csspart icon - The icon that shows the kind of message (hidden from assistive technology).
 * @csspart heading - The heading text, when there is one.
 * @csspart message - The wrapper of the message.
 * @csspart close-button - The close button.
 * @cssprop --polis-toast-accent - The colour of the edge and icon; by default it follows the variant.
 * @cssprop --polis-toast-background - Background colour.
 *
 * @fires polis-dismiss - Before the toast closes, whether a person closed it, pressed Escape, or its time ran out. Cancelable: cancel it to keep the toast.
 */
export class PolisToast extends PolisElement {
  static override tagName = 'polis-toast';

  static override styles = [baseStyles, toastStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    variant: { reflect: true },
    duration: { type: Number },
    heading: {},
  };

  /** `info` (default), `success`, `warning` or `error`. An error is announced assertively. */
  declare variant: ToastVariant;
  /**
   * How long the toast stays, in milliseconds, while nobody is using it. Absent or 0: until
   * it is closed (the default). Any shorter time than 5000 is raised to 5000.
   */
  declare duration: number | undefined;
  /** Short bold text before the message, such as "Application saved". */
  declare heading: string;

  private readonly pauses = new Set<PauseReason>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Time left on the clock, in milliseconds; `Infinity` when the toast is not timed. */
  private remaining = Infinity;
  private startedAt = 0;
  private announced = false;
  /** Where focus was before it came into the toast, to take it back there on close. */
  private returnFocusTo: HTMLElement | null = null;

  constructor() {
    super();
    this.variant = 'info';
    this.duration = undefined;
    this.heading = '';
    this.addEventListener('pointerenter', () => this.pause('hover'));
    this.addEventListener('pointerleave', () => this.resume('hover'));
    this.addEventListener('focusin', this.onFocusIn);
    this.addEventListener('focusout', this.onFocusOut);
    this.addEventListener('keydown', this.onKeyDown);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    ensureAnnouncer();
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    this.onVisibilityChange();
    // On a later connection, the clock starts again; the first starts after the first update.
    if (this.hasUpdated) this.resetTimer();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.stopTimer();
  }

  /** The duration in force: 0 for none, otherwise at least `MIN_TOAST_DURATION`. */
  private get timeLimit(): number {
    const value = this.duration;
    if (value === undefined || value === null || value === 0) return 0;
    if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
      this.warn(
        'duration',
        `duration="${String(value)}" must be a number of milliseconds; the toast stays until it is closed.`,
      );
      return 0;
    }
    if (value < MIN_TOAST_DURATION) {
      this.warn(
        'duration-short',
        `duration="${value}" is too short to read; using ${MIN_TOAST_DURATION} milliseconds (WCAG 2.2.1).`,
      );
      return MIN_TOAST_DURATION;
    }
    return value;
  }

  private get safeVariant(): ToastVariant {
    return oneOf(this, 'variant', this.variant, TOAST_VARIANTS, 'info');
  }

  /**
   * Closes the toast, as its close button does: fires a cancelable `polis-dismiss`, then,
   * unless it was cancelled, removes the toast from the page. If focus was inside the
   * toast, it goes back to where it was before. Returns whether the toast closed.
   */
  close(): boolean {
    const dismiss = new PolisDismissEvent();
    if (!this.dispatchEvent(dismiss)) return false;
    this.stopTimer();
    const hadFocus = this.matches(':focus-within');
    const target = hadFocus ? this.focusTargetAfterClose() : null;
    this.remove();
    target?.focus();
    return true;
  }

  private focusTargetAfterClose(): HTMLElement | null {
    const back = this.returnFocusTo;
    if (back?.isConnected && !back.closest('[inert]')) return back;
    // Otherwise the next (or previous) toast, so keyboard users stay among the messages.
    const sibling = (this.nextElementSibling ?? this.previousElementSibling) as HTMLElement | null;
    return sibling instanceof PolisToast ? sibling : null;
  }

  /** Moves focus to the toast's close button. */
  override focus(options?: FocusOptions): void {
    this.renderRoot?.querySelector<HTMLElement>('.close')?.focus(options);
  }

  protected override firstUpdated(): void {
    // Wait a task so that text added just after the element (by a parser or a script) is read.
    setTimeout(() => this.announceOnce());
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('duration')) this.resetTimer();
  }

  private announceOnce(): void {
    if (this.announced || !this.isConnected || this.hidden) return;
    this.announced = true;
    const variant = this.safeVariant;
    const text = [this.localize.term(PREFIX[variant]), this.heading, this.textContent]
      .map((part) => (part ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim())
      .filter(Boolean)
      .join(' ');
    void announce(text, { politeness: variant === 'error' ? 'assertive' : 'polite' });
  }

  // --- Timer --------------------------------------------------------------------------

  private resetTimer(): void {
    this.stopTimer();
    const duration = this.timeLimit;
    this.remaining = duration > 0 ? duration : Infinity;
    this.startTimer();
  }

  private startTimer(): void {
    if (this.timer !== undefined || !this.isConnected) return;
    if (!Number.isFinite(this.remaining) || this.pauses.size > 0) return;
    this.startedAt = Date.now();
    this.timer = setTimeout(this.onTimeout, Math.max(this.remaining, 0));
  }

  private stopTimer(): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.remaining -= Date.now() - this.startedAt;
  }

  private pause(reason: PauseReason): void {
    this.pauses.add(reason);
    this.stopTimer();
  }

  private resume(reason: PauseReason): void {
    this.pauses.delete(reason);
    this.startTimer();
  }

  [setOutOfSight](outOfSight: boolean): void {
    if (outOfSight) this.pause('out-of-sight');
    else this.resume('out-of-sight');
  }

  private readonly onTimeout = (): void => {
    this.timer = undefined;
    this.remaining = 0;
    // If the dismissal is cancelled, the toast stays until it is closed.
    if (!this.close()) this.remaining = Infinity;
  };

  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') this.pause('page-hidden');
    else this.resume('page-hidden');
  };

  // --- Focus and keyboard ---------------------------------------------------------------

  private readonly onFocusIn = (event: FocusEvent): void => {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !this.contains(from) && !this.isSameNode(from)) {
      this.returnFocusTo = from;
    }
    this.pause('focus');
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget;
    if (to instanceof Node && (this.contains(to) || this.renderRoot.contains(to))) return;
    this.resume('focus');
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    this.close();
  };

  protected override render() {
    const variant = this.safeVariant;
    const label = this.localize.term('closeNotification');
    return html`<div part="base" class="toast toast--${variant}">
      <svg
        part="icon"
        class="icon"
        aria-hidden="true"
        focusable="false"
        viewBox="0 0 24 24"
        xmlns="http://www.w3.org/2000/svg"
      >
        ${icons[variant]}
      </svg>
      <div class="content">
        <span class="visually-hidden">${this.localize.term(PREFIX[variant])} </span>
        ${this.heading ? html`<p part="heading" class="heading">${this.heading}</p>` : nothing}
        <div part="message" class="message"><slot></slot></div>
      </div>
      <button
        part="close-button"
        class="close"
        type="button"
        aria-label=${label}
        @click=${() => this.close()}
      >
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg">
          <path
            d="M5.6 4.2 12 10.6l6.4-6.4 1.4 1.4-6.4 6.4 6.4 6.4-1.4 1.4-6.4-6.4-6.4 6.4-1.4-1.4 6.4-6.4-6.4-6.4z"
          />
        </svg>
      </button>
    </div>`;
  }
}
