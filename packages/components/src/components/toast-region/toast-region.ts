import { html, type PropertyDeclarations } from 'lit';
import { PolisElement } from '../../base/polis-element.js';
import { ensureAnnouncer } from '../../base/announcer.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { PolisToast, setOutOfSight, type ToastVariant } from '../toast/toast.js';
import { toastRegionStyles } from './toast-region.styles.js';

/**
 * The corners the region may sit in, in order of preference. The first is its home:
 * the block-end, inline-end corner (bottom right in English, bottom left in Arabic).
 */
export const TOAST_REGION_PLACEMENTS = [
  'block-end-inline-end',
  'block-start-inline-end',
  'block-end-inline-start',
  'block-start-inline-start',
] as const;
export type ToastRegionPlacement = (typeof TOAST_REGION_PLACEMENTS)[number];

function overlap(a: DOMRect, b: DOMRect): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

/** The element that has focus, looking through shadow roots. */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Holds the page's toasts, stacked in the block-end, inline-end corner of the window, in a
 * landmark named "Notifications". It is not modal: it never takes or traps focus.
 *
 * It never covers the element that has focus (WCAG 2.4.11): when focus moves, the page
 * scrolls or the window is resized, and the focused element would be under the region,
 * the region moves to another corner; if every corner would cover it, the region steps out
 * of sight until focus moves on. While it has no toasts it is not shown and is not a
 * landmark.
 *
 * Use one per page. `showToast()` creates it at the end of `<body>` when there is none.
 *
 * @summary Shows toasts in a corner of the window, out of the way of what people are doing.
 * @status stable
 * @since 0.2.0
 *
 * @slot - `polis-toast` elements, oldest first.
 * @csspart base - The landmark that holds the toasts, fixed in a corner of the window.
 * @cssprop --polis-toast-region-inline-size - The width of the region (default 26rem, never wider than the window).
 * @cssprop --polis-toast-region-offset - The distance from the edges of the window.
 * @cssprop --polis-toast-region-z-index - The stacking order of the region (default 1000).
 */
export class PolisToastRegion extends PolisElement {
  static override tagName = 'polis-toast-region';

  static override styles = [baseStyles, toastRegionStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    currentPlacement: { state: true },
    isEmpty: { state: true },
    outOfSight: { state: true },
  };

  /** The corner in use, chosen to keep the focused element in sight. */
  declare private currentPlacement: ToastRegionPlacement;
  declare private isEmpty: boolean;
  /** Out of sight, because every corner would cover the focused element. */
  declare private outOfSight: boolean;

  private frame = 0;
  private readonly resizeObserver?: ResizeObserver;

  constructor() {
    super();
    this.currentPlacement = 'block-end-inline-end';
    this.isEmpty = true;
    this.outOfSight = false;
    if (typeof ResizeObserver !== 'undefined') {
      // Toasts added, removed or rewrapped change the region's size: check again at once.
      this.resizeObserver = new ResizeObserver(() => this.keepFocusInSight());
    }
  }

  protected override firstUpdated(): void {
    const base = this.renderRoot.querySelector('.region');
    if (base) this.resizeObserver?.observe(base);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    ensureAnnouncer();
    const base = this.renderRoot?.querySelector('.region');
    if (base) this.resizeObserver?.observe(base);
    document.addEventListener('focusin', this.schedule, true);
    document.addEventListener('focusout', this.schedule, true);
    document.addEventListener('scroll', this.schedule, { capture: true, passive: true });
    window.addEventListener('resize', this.schedule, { passive: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('focusin', this.schedule, true);
    document.removeEventListener('focusout', this.schedule, true);
    document.removeEventListener('scroll', this.schedule, { capture: true });
    window.removeEventListener('resize', this.schedule);
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** Appends a toast with this message (as text, never HTML) and returns it. */
  show(message: string, options: ShowToastOptions = {}): PolisToast {
    const toast = createToast(this.ownerDocument, message, options);
    this.append(toast);
    return toast;
  }

  private readonly schedule = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.keepFocusInSight();
    });
  };

  /**
   * Puts the region in the first corner where it does not cover the focused element (or,
   * failing that, out of sight). Measures each corner in turn: the region is one small
   * element, and this runs at most once a frame.
   */
  private keepFocusInSight(): void {
    const base = this.renderRoot?.querySelector<HTMLElement>('.region');
    if (!base) return;
    const doc = this.ownerDocument;
    let focused = deepActiveElement(doc);
    // With nothing focused, the active element is the body: nothing to keep in sight.
    if (focused === doc.body || focused === doc.documentElement) focused = null;
    const rect =
      this.isEmpty || !focused || this.isFocusInside(focused) ? null : focused.getBoundingClientRect();
    if (!rect || rect.width + rect.height === 0) {
      this.place(base, TOAST_REGION_PLACEMENTS[0], false);
      return;
    }
    for (const placement of TOAST_REGION_PLACEMENTS) {
      this.place(base, placement, false);
      if (overlap(base.getBoundingClientRect(), rect) === 0) return;
    }
    this.place(base, TOAST_REGION_PLACEMENTS[0], true);
  }

  private isFocusInside(focused: Element): boolean {
    let node: Node | null = focused;
    while (node) {
      if (node === this) return true;
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    return false;
  }

  /** Applies a placement at once (so it can be measured) and keeps it for the next render. */
  private place(base: HTMLElement, placement: ToastRegionPlacement, receded: boolean): void {
    for (const name of TOAST_REGION_PLACEMENTS) {
      base.classList.toggle(`region--${name}`, name === placement);
    }
    base.classList.toggle('region--receded', receded);
    this.currentPlacement = placement;
    if (receded !== this.outOfSight) {
      // Time does not run out on toasts nobody can see.
      for (const toast of this.children) {
        if (toast instanceof PolisToast) toast[setOutOfSight](receded);
      }
    }
    this.outOfSight = receded;
  }

  private onSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    for (const toast of slot.assignedElements()) {
      if (toast instanceof PolisToast) toast[setOutOfSight](this.outOfSight);
    }
    this.isEmpty = slot.assignedElements().length === 0;
    this.schedule();
  }

  protected override render() {
    const classes = [
      'region',
      `region--${this.currentPlacement}`,
      this.outOfSight ? 'region--receded' : '',
      this.isEmpty ? 'region--empty' : '',
    ].join(' ');
    return html`<section
      part="base"
      class=${classes}
      aria-label=${this.localize.term('toastRegion')}
      ?hidden=${this.isEmpty}
    >
      <slot @slotchange=${this.onSlotChange}></slot>
    </section>`;
  }
}

/** Options of `showToast()`. */
export interface ShowToastOptions {
  /** `info` (default), `success`, `warning` or `error`. */
  variant?: ToastVariant;
  /** Milliseconds before the toast closes by itself; absent or 0 (default): until it is closed. At least 5000. */
  duration?: number;
  /** Short bold text before the message. */
  heading?: string;
}

function createToast(doc: Document, message: string, options: ShowToastOptions): PolisToast {
  const toast = doc.createElement(PolisToast.tagName) as PolisToast;
  // Text, never HTML: a message can come from anywhere.
  toast.textContent = String(message ?? '');
  if (options.variant) toast.variant = options.variant;
  if (options.duration !== undefined) toast.duration = options.duration;
  if (options.heading) toast.heading = options.heading;
  return toast;
}

/**
 * Shows a toast with `message` (set as text, never as HTML) in the page's toast region,
 * creating the region at the end of `<body>` if there is none, and returns the toast.
 *
 * Registers `polis-toast` and `polis-toast-region` if they are not registered yet. It may
 * be called before the document has a `<body>` (a script in `<head>`): the toast is then
 * added once the document has been read (`DOMContentLoaded`).
 */
export function showToast(message: string, options: ShowToastOptions = {}): PolisToast {
  PolisToast.define();
  PolisToastRegion.define();
  const doc = globalThis.document;
  const toast = createToast(doc, message, options);
  const add = (): void => {
    let region = doc.querySelector<PolisToastRegion>(PolisToastRegion.tagName);
    if (!region) {
      region = doc.createElement(PolisToastRegion.tagName) as PolisToastRegion;
      doc.body.append(region);
    }
    region.append(toast);
  };
  if (doc.body) add();
  else doc.addEventListener('DOMContentLoaded', add, { once: true });
  return toast;
}
