import { html, type PropertyDeclarations } from 'lit';
import { PolisElement } from '../../base/polis-element.js';
import { announce, ensureAnnouncer } from '../../base/announcer.js';
import { safeHref } from '../../base/url.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { exitThisPageStyles } from './exit-this-page.styles.js';

/**
 * Where the button goes when the page gives no `href`: the Wikipedia portal. It is neutral,
 * in every language Polis speaks, needs no account, shows no advertising and looks like
 * ordinary browsing to someone glancing at the screen. Services should set their own.
 */
export const EXIT_THIS_PAGE_DEFAULT_HREF = 'https://www.wikipedia.org/';
/** How many presses of Shift, one after the other, leave the page. */
export const EXIT_THIS_PAGE_PRESSES = 3;
/** How long (ms) the presses may take, counted from the first one. */
export const EXIT_THIS_PAGE_TIMEOUT = 5000;

/** What `polis-exit` carries: the address the page is about to be replaced with. */
export interface ExitThisPageDetail {
  href: string;
}

/**
 * Fired by `polis-exit-this-page` when the person asks to leave, before the page is hidden and
 * replaced. Cancel it to stop the exit (for example to log the person out first, then leave
 * yourself).
 */
export class PolisExitEvent extends Event {
  static readonly type = 'polis-exit';
  readonly detail: ExitThisPageDetail;

  constructor(href: string) {
    super(PolisExitEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.detail = { href };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'polis-exit': PolisExitEvent;
  }
}

/** Every connected instance, oldest first: only the first one listens for the Shift shortcut. */
const connected: PolisExitThisPage[] = [];

/**
 * A quick way out for people who may be at risk if someone sees what they are looking at,
 * such as people looking for help with domestic abuse.
 *
 * The button, or pressing Shift 3 times within 5 seconds anywhere on the page, hides the page
 * behind a blank "Loading." screen and replaces it with a neutral website (`href`). The page
 * is replaced in the history (`location.replace`), so Back does not return to it; the website
 * still appears in the browsing history. Each press of Shift is announced with how many are
 * left; Shift pressed with another key, or held down, does not count.
 *
 * Give the page a link as its content, for when JavaScript does not run:
 * `<polis-exit-this-page href="https://…"><a href="https://…">Exit this page</a></polis-exit-this-page>`.
 * Once the element runs, it shows its own button instead (the link is never shown twice).
 *
 * @summary Lets people leave a sensitive page quickly, with a button or by pressing Shift 3 times.
 * @status stable
 * @since 0.2.0
 *
 * @csspart base - The box around the button.
 * @csspart button - The native "Exit this page" button.
 * @csspart indicator - The 3 dots in the button that fill as Shift is pressed.
 * @csspart overlay - The blank screen (a modal dialog) that hides the page while it is replaced.
 * @cssprop --polis-exit-this-page-background - Colour of the button (defaults to the warning red).
 *
 * @fires polis-exit - When the person activates the button or presses Shift 3 times, before the page is hidden and replaced. `detail.href` is the address. Cancelable.
 */
export class PolisExitThisPage extends PolisElement {
  static override tagName = 'polis-exit-this-page';

  static override styles = [baseStyles, exitThisPageStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    href: {},
    sticky: { type: Boolean, reflect: true },
    presses: { state: true },
  };

  /**
   * The neutral website that replaces the page. Without it, the `href` of the link inside the
   * element, else https://www.wikipedia.org/. Addresses that would run script (`javascript:`,
   * `data:`, `vbscript:`) are refused, with one warning, and the next choice is used.
   */
  declare href: string | undefined;
  /**
   * Keeps the button at the top of the window as the page scrolls. Whenever something
   * behind it takes focus, the page scrolls so that it is not covered.
   */
  declare sticky: boolean;
  /** How many times Shift has been pressed in the current sequence. */
  declare private presses: number;

  private timer: ReturnType<typeof setTimeout> | undefined;
  private shiftDown = false;
  private chord = false;
  private exiting = false;

  constructor() {
    super();
    this.sticky = false;
    this.presses = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.push(this);
    ensureAnnouncer();
    document.addEventListener('keydown', this.onKeyDown, true);
    document.addEventListener('keyup', this.onKeyUp, true);
    document.addEventListener('focusin', this.onFocusIn);
    window.addEventListener('pageshow', this.onPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const at = connected.indexOf(this);
    if (at >= 0) connected.splice(at, 1);
    document.removeEventListener('keydown', this.onKeyDown, true);
    document.removeEventListener('keyup', this.onKeyUp, true);
    document.removeEventListener('focusin', this.onFocusIn);
    window.removeEventListener('pageshow', this.onPageShow);
    this.reset();
  }

  /** The address the page will be replaced with. */
  get exitHref(): string {
    const own = safeHref(this, this.href, 'href');
    if (own) return own;
    const link = this.querySelector('a[href]');
    return safeHref(this, link?.getAttribute('href'), 'href') ?? EXIT_THIS_PAGE_DEFAULT_HREF;
  }

  /**
   * Leaves the page as the button does: fires `polis-exit` and, unless it is cancelled, hides
   * the page behind the "Loading." screen and replaces it. Returns whether it is leaving.
   */
  exit(): boolean {
    if (this.exiting) return true;
    const href = this.exitHref;
    this.reset();
    if (!this.dispatchEvent(new PolisExitEvent(href))) return false;
    this.exiting = true;
    this.showOverlay();
    try {
      this.navigate(href);
    } catch (error) {
      // A malformed address: the page is shown again rather than left blank.
      this.warn('navigate', `could not go to ${JSON.stringify(href)}: ${String(error)}`);
      this.restore();
      return false;
    }
    return true;
  }

  /**
   * Replaces the page with `href`, so that Back does not return to it. Tests and pages that
   * must do more before leaving can override it.
   */
  protected navigate(href: string): void {
    window.location.replace(href);
  }

  private get overlay(): HTMLDialogElement | null {
    return this.renderRoot?.querySelector<HTMLDialogElement>('dialog') ?? null;
  }

  private showOverlay(): void {
    const dialog = this.overlay;
    if (!dialog || dialog.open) return;
    try {
      // A modal dialog is drawn in the top layer, above everything, and makes the rest of
      // the page inert: it is hidden from sight, from the keyboard and from screen readers.
      dialog.showModal();
      dialog.focus();
    } catch {
      // Not in a document that can show it: navigation goes ahead anyway.
    }
  }

  /** Shows the page again: after a failed navigation, or when it comes back from the bfcache. */
  private restore(): void {
    this.exiting = false;
    this.reset();
    const dialog = this.overlay;
    if (dialog?.open) dialog.close();
  }

  /** Forgets the presses of Shift so far, silently. */
  private reset(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.presses = 0;
    this.shiftDown = false;
    this.chord = false;
  }

  private get listening(): boolean {
    return connected[0] === this && !this.exiting;
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (!this.listening) return;
    if (event.key === 'Shift') {
      // Held down, Shift repeats: only the first press counts.
      if (event.repeat) return;
      this.shiftDown = true;
      this.chord = event.ctrlKey || event.altKey || event.metaKey || event.isComposing;
      return;
    }
    // Any other key makes Shift part of a chord (a capital letter), and ends the sequence.
    if (this.shiftDown) this.chord = true;
    if (this.presses > 0) this.reset();
  };

  private readonly onKeyUp = (event: KeyboardEvent): void => {
    if (!this.listening || event.key !== 'Shift') return;
    const counts = this.shiftDown && !this.chord;
    this.shiftDown = false;
    this.chord = false;
    if (counts) this.countPress();
  };

  private countPress(): void {
    this.presses += 1;
    if (this.presses >= EXIT_THIS_PAGE_PRESSES) {
      this.exit();
      return;
    }
    if (this.presses === 1) this.timer = setTimeout(this.expire, EXIT_THIS_PAGE_TIMEOUT);
    void announce(
      this.localize.term('exitThisPageShiftCount', { count: EXIT_THIS_PAGE_PRESSES - this.presses }),
    );
  }

  private readonly expire = (): void => {
    this.reset();
    void announce(this.localize.term('exitThisPageExpired'));
  };

  private readonly onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted) this.restore();
  };

  /** With `sticky`, scrolls whatever takes focus out from under the button (WCAG 2.4.11). */
  private readonly onFocusIn = (event: FocusEvent): void => {
    if (!this.sticky || this.exiting) return;
    const target = event.composedPath()[0];
    if (!(target instanceof Element) || event.composedPath().includes(this)) return;
    // After the browser has scrolled the element into view, which follows the focus event.
    requestAnimationFrame(() => this.keepClear(target));
  };

  private keepClear(target: Element): void {
    if (!target.isConnected || getComputedStyle(this).position !== 'sticky') return;
    const bar = this.getBoundingClientRect();
    const box = target.getBoundingClientRect();
    if (bar.height === 0 || box.top >= bar.bottom || box.bottom <= bar.top) return;
    const gap = 8;
    window.scrollBy({ top: box.top - bar.bottom - gap, behavior: 'instant' });
  }

  private readonly onClick = (): void => {
    this.exit();
  };

  private readonly onCancel = (event: Event): void => {
    // Escape must not bring the page back while it is being replaced.
    event.preventDefault();
  };

  private readonly onClose = (): void => {
    // The browser may close a modal dialog anyway (Escape pressed twice): cover the page again.
    if (this.exiting) this.showOverlay();
  };

  protected override render() {
    const presses = this.presses;
    const dots = Array.from(
      { length: EXIT_THIS_PAGE_PRESSES },
      (_, i) => html`<span class="dot ${i < presses ? 'dot--on' : ''}"></span>`,
    );
    return html`<div part="base" class="base">
      <span class="spacer"></span>
      <button part="button" class="button" type="button" aria-describedby="hint" @click=${this.onClick}>
        <span class="visually-hidden">${this.localize.term('exitThisPageEmergency')}</span>
        <span class="text">${this.localize.term('exitThisPageButton')}</span>
        <span part="indicator" class="indicator" aria-hidden="true" ?hidden=${presses === 0}>${dots}</span>
      </button>
      <span id="hint" hidden>${this.localize.term('exitThisPageHint')}</span>
      <dialog
        part="overlay"
        class="overlay"
        tabindex="-1"
        aria-labelledby="loading"
        @cancel=${this.onCancel}
        @close=${this.onClose}
      >
        <p id="loading" class="loading">${this.localize.term('exitThisPageLoading')}</p>
      </dialog>
    </div>`;
  }
}
