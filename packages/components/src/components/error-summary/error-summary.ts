import { nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { html } from 'lit/static-html.js';
import { repeat } from 'lit/directives/repeat.js';
import { PolisElement } from '../../base/polis-element.js';
import { headingTag } from '../../base/heading.js';
import { joinRound, type ValidationRound } from '../../base/validation-round.js';
import { PolisFocusFieldEvent } from '../../events.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { errorSummaryStyles } from './error-summary.styles.js';

/** One entry of the summary: a link to the field and the field's error message. */
export interface ErrorSummaryItem {
  /** `#` and the id of the field. */
  href: string;
  /** The error message, as shown next to the field. */
  text: string;
}

let generatedIds = 0;

function isItem(value: unknown): value is ErrorSummaryItem {
  const item = value as ErrorSummaryItem;
  // Only in-page links: an item can never become a `javascript:` or off-site link.
  return typeof item?.href === 'string' && item.href.startsWith('#') && typeof item?.text === 'string';
}

/**
 * Lists the problems on a page as links to the fields, and takes focus when it appears, so
 * that people who submit a form with mistakes learn of them first.
 *
 * Server-rendered errors are `<a href="#field-id">` children. With no children it watches a
 * form (the one named by `for`, the form it is in, or any form on the page) and fills
 * itself when submitting that form finds problems, prefixing the page title with "Error: ".
 *
 * @summary Tells people what to fix when they submit a form with mistakes.
 * @status stable
 * @since 0.1.0
 *
 * @slot - `<a href="#id">` links to the fields in error, in the order of the fields; any other element is shown above the list.
 * @csspart base - The bordered box, which takes focus.
 * @csspart heading - The heading.
 * @csspart list - The list of links.
 *
 * @fires polis-focus-field - On the field, before a link moves focus to it. Cancelable.
 */
export class PolisErrorSummary extends PolisElement {
  static override tagName = 'polis-error-summary';

  static override shadowRootOptions: ShadowRootInit = {
    ...PolisElement.shadowRootOptions,
    slotAssignment: 'manual',
  };

  static override styles = [baseStyles, errorSummaryStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    disableAutoFocus: { type: Boolean, attribute: 'disable-auto-focus' },
    htmlFor: { attribute: 'for' },
    errors: { attribute: false },
    lightLinks: { state: true },
    lightOther: { state: true },
  };

  /** The heading. Defaults to "There is a problem", translated. */
  declare heading: string;
  /** The level of the heading, 1 to 6 (default 2). */
  declare headingLevel: string;
  /** Do not move focus to the summary when it appears. */
  declare disableAutoFocus: boolean;
  /** The id of the form whose validation fills the summary. */
  declare htmlFor: string;
  /** Errors set from script or found by client-side validation; they replace server-rendered links. */
  declare errors: ErrorSummaryItem[];
  declare private lightLinks: HTMLAnchorElement[];
  declare private lightOther: Element[];

  private focusPending = false;
  private hadErrors = false;
  private titlePrefix = '';
  private readonly joined = new WeakSet<ValidationRound>();
  private readonly childObserver?: MutationObserver;

  constructor() {
    super();
    this.heading = '';
    this.headingLevel = '2';
    this.disableAutoFocus = false;
    this.htmlFor = '';
    this.errors = [];
    this.lightLinks = [];
    this.lightOther = [];
    if (typeof MutationObserver !== 'undefined') {
      this.childObserver = new MutationObserver(() => this.readChildren());
    }
    this.addEventListener('click', this.onClick);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.childObserver?.observe(this, { childList: true });
    this.readChildren();
    document.addEventListener('invalid', this.onInvalid, true);
    document.addEventListener('submit', this.onSubmit, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
    document.removeEventListener('invalid', this.onInvalid, true);
    document.removeEventListener('submit', this.onSubmit, true);
    this.setTitlePrefix('');
  }

  /** Moves focus to the summary, as it does when it appears. */
  override focus(options?: FocusOptions): void {
    const box = this.renderRoot?.querySelector<HTMLElement>('.summary');
    if (!box) return;
    box.tabIndex = -1;
    box.addEventListener('blur', () => box.removeAttribute('tabindex'), { once: true });
    box.focus(options);
  }

  private get validErrors(): ErrorSummaryItem[] {
    if (!Array.isArray(this.errors)) {
      this.warn('errors', 'errors must be an array of { href, text } objects; ignoring it.');
      return [];
    }
    return this.errors.filter(isItem);
  }

  private get hasErrors(): boolean {
    return this.validErrors.length > 0 || this.lightLinks.length > 0;
  }

  private readChildren(): void {
    const children = [...this.children];
    this.lightLinks = children.filter((el): el is HTMLAnchorElement => el instanceof HTMLAnchorElement);
    this.lightOther = children.filter((el) => !(el instanceof HTMLAnchorElement));
  }

  /** The form this summary reports on, or `null` for any form on the page. */
  private get watchedForm(): HTMLFormElement | null {
    if (this.htmlFor) {
      const named = document.getElementById(this.htmlFor);
      return named instanceof HTMLFormElement ? named : null;
    }
    return this.closest('form');
  }

  private watches(form: HTMLFormElement | null): boolean {
    if (this.htmlFor) return form !== null && form === this.watchedForm;
    const own = this.closest('form');
    return own ? form === own : true;
  }

  private readonly onInvalid = (event: Event): void => {
    const target = event.target as HTMLElement & { form?: HTMLFormElement | null };
    const form = target.form ?? null;
    if (!this.watches(form)) return;
    // The summary shows the problem, so the browser's own bubble is not needed.
    event.preventDefault();
    const round = joinRound(form ?? target);
    // With disable-auto-focus the first invalid field takes focus instead of the summary.
    if (!this.disableAutoFocus) round.claimed = true;
    if (this.joined.has(round)) return;
    this.joined.add(round);
    round.settled.push((invalid) => this.showClientErrors(invalid));
  };

  private readonly onSubmit = (event: Event): void => {
    if (this.watches(event.target as HTMLFormElement) && this.errors.length) {
      this.errors = [];
    }
  };

  private showClientErrors(invalid: HTMLElement[]): void {
    this.errors = invalid.map((field) => {
      if (!field.id) field.id = `polis-field-${++generatedIds}`;
      const withText = field as HTMLElement & { errorText?: string; validationMessage?: string };
      return { href: `#${field.id}`, text: withText.errorText || withText.validationMessage || '' };
    });
    // A new round of errors is news even when the summary was already showing.
    this.focusPending = this.errors.length > 0;
  }

  private setTitlePrefix(prefix: string): void {
    if (typeof document === 'undefined' || prefix === this.titlePrefix) return;
    let title = document.title;
    if (this.titlePrefix && title.startsWith(this.titlePrefix)) {
      title = title.slice(this.titlePrefix.length);
    }
    // A page the server rendered with its errors already says "Error: " in its title: the
    // prefix is not added twice, and not taken away from the server's title later.
    if (prefix && title.startsWith(prefix)) {
      document.title = title;
      this.titlePrefix = '';
      return;
    }
    document.title = prefix + title;
    this.titlePrefix = prefix;
  }

  private readonly onClick = (event: MouseEvent): void => {
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    const href = link?.getAttribute('href') ?? '';
    if (!href.startsWith('#') || href.length < 2) return;
    if (this.focusField(decodeURIComponent(href.slice(1)))) event.preventDefault();
  };

  /**
   * Focuses a field and brings its label (or legend) into view without changing the URL.
   * Returns false when there is no such field, leaving the link to work as a link.
   */
  focusField(id: string): boolean {
    const root = this.getRootNode() as Document | ShadowRoot;
    const field = root.getElementById?.(id) ?? document.getElementById(id);
    if (!(field instanceof HTMLElement)) return false;
    const legend = field.closest('fieldset')?.querySelector('legend');
    const isChoice = field instanceof HTMLInputElement && ['radio', 'checkbox'].includes(field.type);
    const label = field.shadowRoot
      ? field
      : (isChoice && legend) ||
        (root.querySelector?.(`label[for="${CSS.escape(id)}"]`) as HTMLElement | null) ||
        field;
    if (!field.dispatchEvent(new PolisFocusFieldEvent(field))) return true;
    label.scrollIntoView({ block: 'start' });
    field.focus({ preventScroll: true });
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Take focus whenever the summary appears: server-rendered on load, links added later,
    // or errors set from script.
    const has = this.hasErrors;
    if (has && !this.hadErrors) this.focusPending = true;
    this.hadErrors = has;
    if (changed.has('errors')) {
      this.setTitlePrefix(this.validErrors.length ? this.localize.term('errorTitlePrefix') : '');
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const slots = [...this.renderRoot.querySelectorAll('slot')];
    for (const slot of slots) {
      const index = Number(slot.dataset.index);
      const node = slot.dataset.kind === 'link' ? this.lightLinks[index] : this.lightOther[index];
      slot.assign(...(node ? [node] : []));
    }
    if (this.focusPending && this.hasErrors) {
      this.focusPending = false;
      if (!this.disableAutoFocus) this.focus();
    }
  }

  // The heading tag is a lit/static-html literal from headingTag() (h1 to h6, never user
  // input), which the lit lint rules cannot see.
  /* eslint-disable lit/binding-positions, lit/no-invalid-html */
  protected override render() {
    if (!this.hasErrors) return nothing;
    const tag = headingTag(this, this.headingLevel, '2');
    const clientErrors = this.validErrors;
    return html`
      <div part="base" class="summary" role="alert" aria-labelledby="heading">
        <${tag} part="heading" class="heading" id="heading">${this.heading || this.localize.term('errorSummaryTitle')}</${tag}>
        <div class="body">
          ${
            clientErrors.length
              ? nothing
              : this.lightOther.map((_, i) => html`<slot data-kind="other" data-index=${i}></slot>`)
          }
          <ul part="list" class="list">
            ${
              clientErrors.length
                ? repeat(
                    clientErrors,
                    (item) => item.href,
                    (item) => html`<li><a href=${item.href}>${item.text}</a></li>`,
                  )
                : this.lightLinks.map((_, i) => html`<li><slot data-kind="link" data-index=${i}></slot></li>`)
            }
          </ul>
        </div>
      </div>
    `;
  }
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
}
