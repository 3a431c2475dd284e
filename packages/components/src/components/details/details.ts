import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { PolisElement } from '../../base/polis-element.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { detailsDocumentStyles, detailsStyles } from './details.styles.js';

/**
 * The custom state the element has while it styles a `<details>` of the page's own
 * (`:state(polis-details)`): the styles for it are scoped by this state.
 */
export const DETAILS_STATE = 'polis-details';

/** A `toggle` event like the one `<details>` fires, with its old and new state. */
function toggleEvent(oldState: string, newState: string): Event {
  if (typeof ToggleEvent === 'function') return new ToggleEvent('toggle', { oldState, newState });
  return new Event('toggle');
}

/**
 * A short summary that people select to reveal more help, when most of them will not need it:
 * "Help with nationality", then what to do if they are not sure.
 *
 * It is built on the native `<details>` and `<summary>`: Enter and Space open and close it,
 * screen readers hear whether it is expanded or collapsed, and the browser's find in page
 * opens it when the text it finds is inside.
 *
 * Two ways to write it:
 *
 * - Your own `<details>` inside (recommended): `<polis-details><details><summary>Help with
 *   nationality</summary><p>…</p></details></polis-details>`. It is a working disclosure before
 *   the element runs and without JavaScript; once it runs the element styles it (a stylesheet
 *   it adopts into the document, scoped to `:state(polis-details)`) and keeps `open` in step
 *   with it. It never changes your HTML beyond opening and closing it.
 * - The summary as an attribute (`summary="Help with nationality"`) or in `slot="summary"`, and
 *   the help as the content: the element renders the `<details>` in its shadow root. Before it
 *   runs, the content shows as plain text (and the `summary` slot's text above it).
 *
 * @summary Lets people reveal help that only some of them need, under a short summary.
 * @status stable
 * @since 0.2.0
 *
 * @slot - The help text. Or your own `<details>` with its `<summary>` and help text, which the element styles in place.
 * @slot summary - The summary, when it needs markup (`<span slot="summary">`). Instead of `summary`. Not used with your own `<details>`.
 * @csspart base - The `<details>` the element renders (not your own).
 * @csspart summary - Its `<summary>`: the control that opens and closes it.
 * @csspart summary-text - The text of the summary.
 * @csspart text - The box around the help text, with the line at its inline-start side.
 * @cssprop --polis-details-border-color - Colour of the line beside the help text.
 * @cssstate polis-details - While the element styles a `<details>` of the page's own.
 *
 * @fires toggle - After it opens or closes, whether by the person or by script, as `<details>` does: a `ToggleEvent` with `oldState` and `newState` ("open" or "closed"). It does not bubble.
 */
export class PolisDetails extends PolisElement {
  static override tagName = 'polis-details';

  static override styles = [baseStyles, detailsStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    open: { type: Boolean, reflect: true },
    summary: {},
    own: { state: true },
    hasSlottedSummary: { state: true },
  };

  /**
   * Whether the help text is shown. Set it to open or close the details; it changes when the
   * person opens or closes them, so the attribute always says what is on screen.
   */
  declare open: boolean;
  /** The text of the summary, such as "Help with nationality". Not used with your own `<details>`. */
  declare summary: string | undefined;
  /** The page's own `<details>`, when it wrote one inside the element. */
  declare private own: HTMLDetailsElement | null;
  /** Whether the page gave the summary in `slot="summary"`. */
  declare private hasSlottedSummary: boolean;

  private readonly internals: ElementInternals | null;
  private observer?: MutationObserver;

  constructor() {
    super();
    this.open = false;
    this.own = null;
    this.hasSlottedSummary = false;
    let internals: ElementInternals | null = null;
    try {
      internals = this.attachInternals();
    } catch {
      // A browser without ElementInternals: the page's own details keeps its own styles.
    }
    this.internals = internals;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.adoptDocumentStyles();
    // `toggle` does not bubble; in the capture phase the element hears its own details' one.
    this.addEventListener('toggle', this.onOwnToggle, true);
    this.observer ??= new MutationObserver(this.read);
    this.observer.observe(this, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['slot'],
    });
    if (document.readyState === 'loading') {
      // Parsed from HTML: the details may not all be there yet. Check again once they are.
      document.addEventListener('DOMContentLoaded', this.onReady, { once: true });
    }
    this.read();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('toggle', this.onOwnToggle, true);
    this.observer?.disconnect();
    document.removeEventListener('DOMContentLoaded', this.onReady);
    this.setState(false);
  }

  /** The `<details>` that shows the help: the page's own, or the one in the shadow root. */
  private get details(): HTMLDetailsElement | null {
    return this.own ?? this.renderRoot?.querySelector<HTMLDetailsElement>('details') ?? null;
  }

  /** Reads the page's content: its own `<details>`, and whether it gave a summary to slot. */
  private readonly read = (): void => {
    const children = [...this.children];
    const own = (children.find((child) => child.localName === 'details') as HTMLDetailsElement) ?? null;
    if (own !== this.own) {
      this.own = own;
      // Whichever says open first wins: the element's attribute or the page's details.
      if (own && !this.open && own.open) this.open = true;
    }
    this.hasSlottedSummary = children.some((child) => child.getAttribute('slot') === 'summary');
    this.setState(this.own !== null);
  };

  private readonly onReady = (): void => {
    this.read();
    this.requestUpdate();
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const details = this.details;
    // The element's `open` is what the details show. The details fire `toggle` afterwards.
    if (details && details.open !== this.open) details.open = this.open;
    this.checkContent();
  }

  /** Warns, once, about content that cannot work as written. */
  private checkContent(): void {
    if (!this.isConnected || document.readyState === 'loading') return;
    const own = this.own;
    if (own) {
      if (this.summary || this.hasSlottedSummary) {
        this.warn(
          'own-and-summary',
          'has a <details> of its own: its <summary> is shown, and the summary attribute and slot are not.',
        );
      }
      if (!own.querySelector(':scope > summary')) {
        this.warn(
          'own-without-summary',
          'has a <details> without a <summary>: the browser shows a word of its own ("Details"). Add a <summary> that says what the help is about.',
        );
      }
    } else if (!this.summary?.trim() && !this.hasSlottedSummary) {
      this.warn(
        'no-summary',
        'needs a summary that says what the help is about: set summary="…", put it in slot="summary", or write your own <details> with a <summary> inside.',
      );
    }
  }

  /** Puts the styles for the page's own `<details>` in the document (or shadow root) the element is in. */
  private adoptDocumentStyles(): void {
    const sheet = detailsDocumentStyles.styleSheet;
    const root = this.getRootNode() as Document | ShadowRoot;
    if (!sheet || !('adoptedStyleSheets' in root)) return;
    try {
      if (!root.adoptedStyleSheets.includes(sheet)) {
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      }
    } catch {
      // A sheet made for another document (an iframe): the details keep the page's own styles.
    }
  }

  private setState(on: boolean): void {
    const states = this.internals?.states;
    if (!states) return;
    try {
      if (on) states.add(DETAILS_STATE);
      else states.delete(DETAILS_STATE);
    } catch {
      // An older engine without custom states: the details keep the page's own styles.
    }
  }

  /** The details opened or closed: the element follows, and says so as `<details>` does. */
  private followToggle(details: HTMLDetailsElement, event: Event): void {
    if (this.open !== details.open) this.open = details.open;
    const toggle = event as Partial<ToggleEvent>;
    const newState = toggle.newState ?? (details.open ? 'open' : 'closed');
    const oldState = toggle.oldState ?? (newState === 'open' ? 'closed' : 'open');
    this.dispatchEvent(toggleEvent(oldState, newState));
  }

  private readonly onOwnToggle = (event: Event): void => {
    // Only the page's own details: not a details inside the help text, not the element's own event.
    if (!this.own || event.target !== this.own) return;
    this.followToggle(this.own, event);
  };

  private readonly onShadowToggle = (event: Event): void => {
    if (event.target !== event.currentTarget) return;
    this.followToggle(event.currentTarget as HTMLDetailsElement, event);
  };

  protected override render() {
    if (this.own) return html`<slot></slot>`;
    const hasSummary = this.hasSlottedSummary || Boolean(this.summary?.trim());
    return html`<details part="base" class="details" @toggle=${this.onShadowToggle}>
      ${
        hasSummary
          ? html`<summary part="summary" class="summary">
              <span part="summary-text" class="summary-text"
                ><slot name="summary">${this.summary}</slot></span
              >
            </summary>`
          : nothing
      }
      <div part="text" class="text"><slot></slot></div>
    </details>`;
  }
}
