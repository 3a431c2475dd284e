import { html, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { PolisElement } from '../../base/polis-element.js';
import { oneOf } from '../../base/enum.js';
import { isSubmitButton } from '../../base/implicit-submit.js';
import { safeHref } from '../../base/url.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { buttonStyles } from './button.styles.js';

/** What the button does in its form. */
export const BUTTON_TYPES = ['submit', 'reset', 'button'] as const;
export type ButtonType = (typeof BUTTON_TYPES)[number];

/** How prominent the action is. */
export const BUTTON_VARIANTS = ['primary', 'secondary', 'warning'] as const;
export type ButtonVariant = (typeof BUTTON_VARIANTS)[number];

/** How long, in milliseconds, further clicks are ignored with `prevent-double-click`. */
export const DOUBLE_CLICK_WINDOW = 1000;

/**
 * A button that submits or resets its form as a native `<button>` does, or a link styled
 * as a button when it has an `href`.
 *
 * @summary Helps people carry out an action, such as continuing, saving or starting a service.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The button's text.
 * @csspart control - The native `<button>` or `<a>`.
 * @cssprop --polis-button-background - Background colour.
 * @cssprop --polis-button-background-hover - Background colour on hover.
 * @cssprop --polis-button-text - Text colour.
 */
export class PolisButton extends PolisElement {
  static override tagName = 'polis-button';
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = {
    ...PolisElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [baseStyles, buttonStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    type: { reflect: true },
    variant: { reflect: true },
    start: { type: Boolean, reflect: true },
    href: {},
    target: {},
    rel: {},
    name: {},
    value: {},
    disabled: { type: Boolean, reflect: true },
    preventDoubleClick: { type: Boolean, attribute: 'prevent-double-click' },
    formAction: { attribute: 'formaction' },
    formMethod: { attribute: 'formmethod' },
    formNoValidate: { type: Boolean, attribute: 'formnovalidate' },
    formTarget: { attribute: 'formtarget' },
    formDisabled: { state: true },
  };

  /** `submit` (default), `reset` or `button`. */
  declare type: ButtonType;
  /** `primary` (default), `secondary` or `warning`. */
  declare variant: ButtonVariant;
  /** A start button: larger, bold, with an arrow. Use once, to start a service. */
  declare start: boolean;
  /** Turns the button into a link to this address. */
  declare href: string | undefined;
  /** Where a link opens, as on `<a>`. */
  declare target: string | undefined;
  /** Link relationship, as on `<a>`. */
  declare rel: string | undefined;
  /** Submitted with `value` when this button submits the form. */
  declare name: string | undefined;
  /** Submitted under `name` when this button submits the form. */
  declare value: string | undefined;
  /** The button cannot be used. */
  declare disabled: boolean;
  /** Ignores clicks for a second after one, so a form is not submitted twice. */
  declare preventDoubleClick: boolean;
  /** As on `<button>`: overrides the form's `action`. */
  declare formAction: string | undefined;
  /** As on `<button>`: overrides the form's `method`. */
  declare formMethod: string | undefined;
  /** As on `<button>`: submits without validation. */
  declare formNoValidate: boolean;
  /** As on `<button>`: overrides the form's `target`. */
  declare formTarget: string | undefined;
  declare private formDisabled: boolean;

  private readonly internals: ElementInternals;
  private lastClick = -Infinity;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.type = 'submit';
    this.variant = 'primary';
    this.start = false;
    this.disabled = false;
    this.preventDoubleClick = false;
    this.formNoValidate = false;
    this.formDisabled = false;
    this.addEventListener('click', this.onHostClick);
  }

  /** The form the button belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** For implicit submission: Enter in a field clicks the form's first submit button. */
  get [isSubmitButton](): boolean {
    return !this.href && this.safeType === 'submit';
  }

  private get safeType(): ButtonType {
    return oneOf(this, 'type', this.type, BUTTON_TYPES, 'submit');
  }

  private get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /**
   * One handler for clicks from any source (a person, `click()`, implicit submission):
   * it runs on the host, after the click has passed through the shadow root.
   */
  private readonly onHostClick = (event: MouseEvent): void => {
    if (this.href) return;
    if (this.isDisabled) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    if (this.preventDoubleClick) {
      const now = performance.now();
      if (now - this.lastClick < DOUBLE_CLICK_WINDOW) {
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      this.lastClick = now;
    }
    const form = this.form;
    if (!form || event.defaultPrevented) return;
    const type = this.safeType;
    if (type === 'reset') {
      form.reset();
    } else if (type === 'submit') {
      this.submit(form);
    }
  };

  /** Submits through a temporary native button so validation, `submitter`, name and value behave natively. */
  private submit(form: HTMLFormElement): void {
    const proxy = document.createElement('button');
    proxy.type = 'submit';
    proxy.hidden = true;
    if (this.name) {
      proxy.name = this.name;
      proxy.value = this.value ?? '';
    }
    if (this.formAction) proxy.formAction = this.formAction;
    if (this.formMethod) proxy.formMethod = this.formMethod;
    if (this.formTarget) proxy.formTarget = this.formTarget;
    proxy.formNoValidate = this.formNoValidate;
    form.append(proxy);
    proxy.click();
    proxy.remove();
  }

  private renderContent() {
    return html`<slot></slot>${
        this.start
          ? html`<svg
              class="start-icon"
              aria-hidden="true"
              focusable="false"
              viewBox="0 0 33 40"
              xmlns="http://www.w3.org/2000/svg"
            >
              <path d="M0 0h13l20 20-20 20H0l20-20z" />
            </svg>`
          : nothing
      }`;
  }

  protected override render() {
    const variant = oneOf(this, 'variant', this.variant, BUTTON_VARIANTS, 'primary');
    const classes = `button ${this.start ? 'button--start' : ''} button--${variant}`;
    const href = safeHref(this, this.href);
    if (href) {
      return html`<a
        part="control"
        class=${classes}
        href=${href}
        target=${ifDefined(this.target || undefined)}
        rel=${ifDefined(this.rel || (this.target === '_blank' ? 'noopener noreferrer' : undefined))}
        draggable="false"
        >${this.renderContent()}${
          this.target === '_blank'
            ? html`<span class="visually-hidden"> ${this.localize.term('opensInNewTab')}</span>`
            : nothing
        }</a
      >`;
    }
    return html`<button
      part="control"
      class=${classes}
      type="button"
      ?disabled=${this.isDisabled}
      aria-disabled=${this.isDisabled ? 'true' : nothing}
    >
      ${this.renderContent()}
    </button>`;
  }
}
