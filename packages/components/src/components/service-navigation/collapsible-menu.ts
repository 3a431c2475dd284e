import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Below this width, in rem (the root font size), navigation collapses behind a "Menu" button.
 * In rem rather than pixels, so that larger text collapses the navigation sooner: 40rem is
 * 640 px at the default size and 1280 px at 200 %.
 */
export const NAVIGATION_COLLAPSE_WIDTH_REM = 40;

/**
 * Set by a container that collapses the navigation it holds behind its own Menu button (the
 * header) on navigation that can give up its own button (the service navigation). A global
 * symbol rather than a tag name, so neither element has to know the other's class, and two
 * copies of Polis on one page still understand each other.
 */
export const navigationContainer = Symbol.for('polis.navigation-container');

/** Navigation that accepts a container: `el[navigationContainer] = header` (or `null`). */
export interface EmbeddableNavigation {
  [navigationContainer]: Element | null;
}

export function isEmbeddableNavigation(element: Element): element is Element & EmbeddableNavigation {
  return navigationContainer in element;
}

type Host = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; readonly hasUpdated: boolean };

interface Parts {
  /** The Menu button, when it is rendered. */
  button(): HTMLElement | null;
  /** The box that holds the navigation (and that the button controls). */
  panel(): HTMLElement | null;
  /** A 1rem-wide box in the shadow root: when it changes size, the root font size changed. */
  probe(): HTMLElement | null;
  /** Whether the host collapses at all (a service navigation inside a header does not). */
  enabled(): boolean;
}

/**
 * The collapsing navigation of the header and the service navigation: narrow or wide (from the
 * host's own width, measured in rem), open or closed, and the keyboard contract.
 *
 * - Narrow: a real button with `aria-expanded` shows and hides the navigation. Enter and Space
 *   are the button's own. Escape, with focus on the button or in the navigation, closes it and
 *   puts focus on the button.
 * - Wide: no button; the navigation shows.
 * - Becoming wide closes the menu (so it is closed the next time the screen is narrow); if the
 *   button had focus, focus moves to the first link, so it is never lost. Becoming narrow opens
 *   the menu only when focus is inside the navigation, so the focused link stays visible.
 */
export class CollapsibleMenu implements ReactiveController {
  /** The host is narrower than the breakpoint: the navigation is behind the button. */
  narrow = false;
  /** The menu is open (only meaningful while narrow). */
  expanded = false;

  private observer?: ResizeObserver;
  private frame = 0;
  private observedProbe: HTMLElement | null = null;

  constructor(
    private readonly host: Host,
    private readonly parts: Parts,
  ) {
    host.addController(this);
  }

  /** Whether the navigation is hidden now. */
  get collapsed(): boolean {
    return this.parts.enabled() && this.narrow && !this.expanded;
  }

  hostConnected(): void {
    this.narrow = this.isNarrow(this.host.getBoundingClientRect().width);
    // Connected again after a move: render for the width it has now.
    if (this.host.hasUpdated) this.host.requestUpdate();
    this.host.addEventListener('keydown', this.onKeyDown);
    if (typeof ResizeObserver !== 'undefined') {
      this.observer ??= new ResizeObserver(this.onResize);
      this.observer.observe(this.host);
    }
  }

  hostUpdated(): void {
    // The probe exists from the first render on.
    const probe = this.parts.probe();
    if (probe && probe !== this.observedProbe && this.observer) {
      if (this.observedProbe) this.observer.unobserve(this.observedProbe);
      this.observer.observe(probe);
      this.observedProbe = probe;
    }
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown);
    this.observer?.disconnect();
    this.observedProbe = null;
    cancelAnimationFrame(this.frame);
  }

  /** Opens or closes the menu (narrow screens). */
  toggle(): void {
    this.expanded = !this.expanded;
    this.host.requestUpdate();
  }

  /** Closes the menu; with `focusButton`, puts focus on the Menu button. */
  close(focusButton = false): void {
    if (!this.expanded) return;
    this.expanded = false;
    this.host.requestUpdate();
    if (focusButton) this.parts.button()?.focus();
  }

  private rem(): number {
    const probe = this.parts.probe();
    const width = probe?.getBoundingClientRect().width;
    if (width) return width;
    return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  }

  private isNarrow(width: number): boolean {
    return width < NAVIGATION_COLLAPSE_WIDTH_REM * this.rem();
  }

  private readonly onResize = (): void => {
    // In the next frame: changing the layout inside a resize callback would loop.
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() =>
      this.apply(this.isNarrow(this.host.getBoundingClientRect().width)),
    );
  };

  private apply(narrow: boolean): void {
    if (narrow === this.narrow) return;
    const buttonHadFocus = Boolean(this.parts.button()?.matches(':focus'));
    this.narrow = narrow;
    if (narrow) {
      // Keep the focused link in sight.
      this.expanded = Boolean(this.parts.panel()?.matches(':focus-within'));
    } else {
      this.expanded = false;
    }
    this.host.requestUpdate();
    if (!narrow && buttonHadFocus) {
      void this.host.updateComplete.then(() => firstLink(this.parts.panel())?.focus());
    }
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (!this.parts.enabled() || !this.narrow || !this.expanded) return;
    // Only from the button or the menu itself, not from the rest of the header.
    const path = event.composedPath();
    const button = this.parts.button();
    const panel = this.parts.panel();
    if (!(button && path.includes(button)) && !(panel && path.includes(panel))) return;
    event.preventDefault();
    this.close(true);
  };
}

/** The first link shown in a box, looking into slotted content (and into a service navigation's own children). */
export function firstLink(panel: HTMLElement | null): HTMLElement | null {
  if (!panel) return null;
  for (const slot of panel.querySelectorAll('slot')) {
    for (const element of slot.assignedElements({ flatten: true })) {
      if (element.matches('a[href]')) return element as HTMLElement;
      const link = element.querySelector<HTMLElement>('a[href]');
      if (link) return link;
    }
  }
  return panel.querySelector<HTMLElement>('a[href]');
}

/** The chevron after "Menu": points down while closed, up while open (never mirrored). */
export const menuChevron = html`<svg class="chevron" viewBox="0 0 12 8" aria-hidden="true" focusable="false">
  <path d="M1 1.5l5 5 5-5"></path>
</svg>`;
