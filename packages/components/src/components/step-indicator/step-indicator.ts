import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { PolisElement } from '../../base/polis-element.js';
import { announce, ensureAnnouncer } from '../../base/announcer.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { stepIndicatorStyles } from './step-indicator.styles.js';

/** Reads a whole number from an attribute: anything else (text, 2.5, empty) becomes NaN. */
const wholeNumber = {
  fromAttribute(value: string | null): number | undefined {
    if (value === null) return undefined;
    return /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  },
  toAttribute(value: number | undefined): string | null {
    return value === undefined || value === null ? null : String(value);
  },
};

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1;

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/**
 * Tells people where they are in a form of several steps: "Step 2 of 5", with numbers
 * formatted for the page's language.
 *
 * Put it just above the page's `<h1>`, or inside the `<h1>` as its caption: the text belongs to
 * the heading, so people who jump to the heading hear where they are.
 *
 * With an ordered list of the steps' names inside (`<ol><li>Your details</li>…</ol>`), it also
 * draws a progress list in which the current step has `aria-current="step"`. The list collapses
 * to the text alone when the element is narrower than 30rem (320 px screens, large text), and
 * is never drawn inside a heading. Anything you write inside the element is shown only until it
 * upgrades, so a no-JavaScript page still shows your own text.
 *
 * On a page that updates in place (a single-page application), when `current` changes the new
 * step is announced once, politely, through the page's announcer; nothing is announced when
 * the page first loads.
 *
 * @summary Shows which step of a multi-step form people are on.
 * @status stable
 * @since 0.2.0
 *
 * @slot - An `<ol>` of the steps' names (optional), and any fallback text for pages without JavaScript. Read, not shown: the element draws the steps itself.
 * @csspart base - The box around the progress list and the text.
 * @csspart steps - The progress list, an `<ol>`.
 * @csspart step - One step in the progress list.
 * @csspart current-step - The current step in the progress list (it also has the `step` part).
 * @csspart text - The text "Step 2 of 5".
 */
export class PolisStepIndicator extends PolisElement {
  static override tagName = 'polis-step-indicator';

  static override styles = [baseStyles, stepIndicatorStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    current: { converter: wholeNumber },
    total: { converter: wholeNumber },
  };

  /**
   * The step people are on, from 1. A value that is not a whole number from 1 to `total`
   * falls back to 1 with one warning. Changing it after the first render announces the new step.
   */
  declare current: number | undefined;
  /**
   * How many steps there are. Without it, the number of steps in the list inside. A value that
   * is not a whole number of 1 or more falls back the same way, with one warning.
   */
  declare total: number | undefined;

  private observer?: MutationObserver;
  /** The step shown at the last update, to announce changes only. */
  private shownStep?: number;

  override connectedCallback(): void {
    super.connectedCallback();
    // The live region must exist, empty, before the first change is announced.
    ensureAnnouncer();
    if (typeof MutationObserver === 'undefined') return;
    this.observer ??= new MutationObserver(() => this.requestUpdate());
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  /** The steps' names, from the `<ol>` written inside the element. */
  get stepNames(): string[] {
    const list = [...this.children].find((child) => child.localName === 'ol');
    if (!list) return [];
    return [...list.children]
      .filter((item) => item.localName === 'li')
      .map((item) => (item.textContent ?? '').replace(/\s+/g, ' ').trim());
  }

  private raw(attribute: 'current' | 'total'): string {
    return this.getAttribute(attribute) ?? String(this[attribute]);
  }

  /** `current` and `total` as shown, after falling back from values that cannot be right. */
  private resolve(names: string[]): { current: number; total: number } {
    let total: number;
    if (isCount(this.total)) {
      total = this.total;
      if (names.length && names.length !== total) {
        this.warn(
          `names:${names.length}:${total}`,
          `has total="${total}" but ${names.length} steps in its list; the list should name every step.`,
        );
      }
    } else {
      total = Math.max(names.length, 1);
      if (this.total !== undefined && this.total !== null) {
        this.warn(
          `total:${this.raw('total')}`,
          `total="${this.raw('total')}" is not a whole number of 1 or more; using ${total}.`,
        );
      } else if (!names.length) {
        this.warn('no-total', 'has no total and no list of steps; add total="…".');
      }
    }
    let current = 1;
    if (isCount(this.current) && this.current <= total) {
      current = this.current;
    } else if (this.current !== undefined && this.current !== null) {
      this.warn(
        `current:${this.raw('current')}:${total}`,
        `current="${this.raw('current')}" is not a whole number from 1 to ${total}; using 1.`,
      );
    }
    return { current, total };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const names = this.stepNames;
    const { current, total } = this.resolve(names);
    const previous = this.shownStep;
    this.shownStep = current;
    // Only a change of step on a page that updates in place: never the first render.
    if (previous === undefined || previous === current || !changed.has('current')) return;
    const name = names[current - 1];
    void announce(
      name
        ? this.localize.term('stepIndicatorAnnouncement', { current, total, name })
        : this.localize.term('stepIndicatorText', { current, total }),
    );
  }

  protected override render() {
    const names = this.stepNames;
    const { current, total } = this.resolve(names);
    const inHeading = Boolean(this.closest(HEADING));
    return html`<div part="base" class="step-indicator">
      ${
        names.length && !inHeading
          ? html`<ol part="steps" class="steps">
              ${names.map((name, i) => {
                const state = i + 1 < current ? 'done' : i + 1 === current ? 'current' : 'todo';
                return html`<li
                  part=${state === 'current' ? 'step current-step' : 'step'}
                  class="step step--${state}"
                  aria-current=${state === 'current' ? 'step' : nothing}
                >
                  <span class="number" aria-hidden="true">${this.localize.number(i + 1)}</span>
                  <span class="name">${name}</span>
                </li>`;
              })}
            </ol>`
          : nothing
      }
      <span part="text" class="text">${this.localize.term('stepIndicatorText', { current, total })}</span>
    </div>`;
  }
}
