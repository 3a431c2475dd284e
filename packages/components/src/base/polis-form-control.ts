import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { PolisElement } from './polis-element.js';
import { joinRound, syncAfterValidation } from './validation-round.js';
import { joinForm, leaveForm, type FormMember } from './form-listeners.js';

/**
 * A rule of the service's own, such as "must match the email address above" or "this
 * reference number is not known". It returns the error message to show, or nothing when the
 * value is fine. It may return a promise (for a check on the server): Polis calls an
 * asynchronous rule when the value is committed (`change`), before the form is submitted,
 * and when `validationComplete` is awaited — not on every keystroke.
 */
export type Validator = (
  value: string,
  control: PolisFormControl,
) => string | null | undefined | Promise<string | null | undefined>;

export interface ValidityResult {
  flags: ValidityStateFlags;
  message: string;
}

let nextId = 0;

/**
 * The base of every Polis form control: a form-associated custom element.
 *
 * It takes part in its form like a native control: its value is in `FormData` under its
 * `name`; `form.reset()`, `<fieldset disabled>`, the constraint validation API and the
 * browser's state restoration all work; a `<label for>` pointing at it and `focus()` reach the
 * native control inside. The label, hint, error message and native control live in one
 * shadow root, so every `id` reference between them resolves.
 *
 * Errors follow GOV.UK: nothing is shown while a person types; when the form is submitted
 * with problems, each field shows its message (prefixed "Error:" for screen readers), the
 * browser's bubble is suppressed, and focus goes to the error summary or the first invalid
 * field. An `error-message` set by the server is shown straight away.
 *
 * Subclasses render the control with `renderField(control)` and say what is invalid in
 * `computeValidity()`.
 */
export abstract class PolisFormControl extends PolisElement {
  static formAssociated = true;

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    name: { reflect: true },
    label: {},
    hint: {},
    errorMessage: { attribute: 'error-message' },
    defaultValue: { attribute: 'value' },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    value: { attribute: false, noAccessor: true },
    validators: { attribute: false },
    formDisabled: { state: true },
    shownError: { state: true },
  };

  /** The name under which the value is submitted. */
  declare name: string;
  /** The visible label. Required for an accessible name unless a `<label for>` names the field. */
  declare label: string;
  /** Hint text shown under the label and read after it. */
  declare hint: string;
  /**
   * An error to show now, such as one from server-side validation; it also replaces the
   * built-in message when client-side validation fails.
   */
  declare errorMessage: string;
  /** The default value (the `value` attribute), restored by `form.reset()`. */
  declare defaultValue: string;
  /** The field must be answered. */
  declare required: boolean;
  /** The field cannot be used and is not submitted. */
  declare disabled: boolean;
  /**
   * The service's own rules, checked after the built-in ones (`required`, `pattern`…), in
   * order; the first message wins. Rules are not checked on an empty answer: use `required`
   * for that. See `Validator`.
   */
  declare validators: Validator[];
  /** Disabled by an ancestor `<fieldset disabled>`. */
  declare protected formDisabled: boolean;
  /**
   * The message found by the last validation round (a submission or `reportValidity()`),
   * shown until the next round or a reset, as GOV.UK does: not changed on each keystroke.
   */
  declare protected shownError: string;

  protected readonly internals: ElementInternals;
  private currentValue = '';
  private dirty = false;
  private customMessage = '';
  /** A unique prefix for ids inside this shadow root (e.g. to name a radio group). */
  protected readonly uid = `polis-${++nextId}`;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.name = '';
    this.label = '';
    this.hint = '';
    this.errorMessage = '';
    this.defaultValue = '';
    this.required = false;
    this.disabled = false;
    this.formDisabled = false;
    this.shownError = '';
    this.validators = [];
    this.addEventListener('invalid', this.onInvalid);
    this.addEventListener('change', () => this.startAsyncValidation());
  }

  /** The current value. Setting it programmatically works as on a native input. */
  get value(): string {
    return this.dirty ? this.currentValue : (this.defaultValue ?? '');
  }

  set value(next: string) {
    const old = this.value;
    this.currentValue = next === null || next === undefined ? '' : String(next);
    this.dirty = true;
    this.requestUpdate('value', old);
  }

  /** The form this control belongs to, or `null`. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The `<label>` elements that point at this control. */
  get labels(): NodeList {
    return this.internals.labels;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Whether the control is disabled, by itself or by a disabled fieldset. */
  get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  checkValidity(): boolean {
    this.syncValidity();
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    this.syncValidity();
    return this.internals.reportValidity();
  }

  /** As on native controls: a non-empty message makes the field invalid with that message. */
  setCustomValidity(message: string): void {
    this.customMessage = message === null || message === undefined ? '' : String(message);
    this.syncValidity();
  }

  /** The error text shown now, or an empty string. */
  get errorText(): string {
    return this.errorMessage || this.shownError;
  }

  formResetCallback(): void {
    this.dirty = false;
    this.currentValue = '';
    this.shownError = '';
    this.errorMessage = '';
    this.requestUpdate('value');
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  private watchedForm: HTMLFormElement | null = null;

  /** Follows the form this control belongs to, to hear when it is submitted. */
  formAssociatedCallback(form: HTMLFormElement | null): void {
    if (this.watchedForm) leaveForm(this.watchedForm, this.formMember);
    this.watchedForm = form;
    // A rule may compare with another field ("must match the email above"): the form's
    // input and change events re-check it, so the form never submits on a stale answer.
    if (form) joinForm(form, this.formMember);
  }

  private readonly formMember: FormMember = {
    onFormSubmit: (event) => this.onFormSubmit(event),
    onFormEdit: () => this.onFormEdit(),
  };

  private readonly onFormEdit = (): void => {
    if (this.validators?.length) this.syncValidity();
  };

  /**
   * A submission that passed validation is a round too: fixed errors go. If an asynchronous
   * rule has not yet checked the current value, the submission waits for it, then is made
   * again (and stops with the error if the rule found one).
   */
  private readonly onFormSubmit = (event: SubmitEvent): void => {
    if (this.asyncValidationNeeded()) {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      const submitter = event.submitter?.isConnected ? event.submitter : null;
      void this.validationComplete.then(() => form.requestSubmit(submitter));
      return;
    }
    this[syncAfterValidation]();
  };

  /** Rules found to return promises: called only when the value changes, never per render. */
  private readonly asyncValidators = new WeakSet<Validator>();
  private asyncResult: { value: string; message: string } | null = null;
  private asyncPending: { value: string; done: Promise<void> } | null = null;

  private asyncValidationNeeded(): boolean {
    const list = this.validators ?? [];
    if (!list.some((v) => this.asyncValidators.has(v))) return false;
    return this.asyncResult?.value !== this.value;
  }

  /** Runs the asynchronous rules for the current value, unless they have run or are running. */
  private startAsyncValidation(): Promise<void> {
    const value = this.value;
    if (this.asyncPending?.value === value) return this.asyncPending.done;
    const list = (this.validators ?? []).filter((v) => this.asyncValidators.has(v));
    if (!list.length || this.asyncResult?.value === value) return Promise.resolve();
    const runs = list.map((validator) => Promise.resolve().then(() => validator(value, this)));
    const done = Promise.all(runs.map((run) => run.catch(() => undefined))).then((results) => {
      // A newer value has started its own check: this result is stale.
      if (this.asyncPending?.value !== value) return;
      const message = results.find((r): r is string => typeof r === 'string' && r !== '') ?? '';
      this.asyncResult = { value, message };
      this.asyncPending = null;
      this.syncValidity();
      this.requestUpdate();
    });
    this.asyncPending = { value, done };
    return done;
  }

  /**
   * Settles once every rule, asynchronous ones included, has checked the current value;
   * resolves to whether the control is valid.
   */
  get validationComplete(): Promise<boolean> {
    return this.startAsyncValidation().then(() => {
      this.syncValidity();
      return this.internals.validity.valid;
    });
  }

  /** The service's rules: synchronous ones now, asynchronous ones from their last result. */
  private runValidators(): ValidityResult | null {
    const value = this.value;
    for (const validator of this.validators ?? []) {
      if (this.asyncValidators.has(validator)) continue;
      let result: ReturnType<Validator>;
      try {
        result = validator(value, this);
      } catch (error) {
        this.warn('validator', `has a validator that threw (${String(error)}); it was skipped.`);
        continue;
      }
      if (result && typeof (result as Promise<unknown>).then === 'function') {
        // Found to be asynchronous: from now on it runs on change and before submission.
        this.asyncValidators.add(validator);
        (result as Promise<unknown>).catch(() => undefined);
        continue;
      }
      if (typeof result === 'string' && result) return { flags: { customError: true }, message: result };
    }
    if (this.asyncResult?.value === value && this.asyncResult.message) {
      return { flags: { customError: true }, message: this.asyncResult.message };
    }
    return null;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  /** The label text used in messages: the `label`, else the text of a `<label for>`. */
  protected get labelText(): string {
    if (this.label) return this.label;
    const texts = [...this.internals.labels].map((l) => l.textContent?.trim() ?? '');
    return texts.filter(Boolean).join(' ');
  }

  /** What is wrong with the value now; `null` when nothing is. Subclasses extend it. */
  protected computeValidity(): ValidityResult | null {
    if (this.required && this.value === '') {
      return {
        flags: { valueMissing: true },
        message: this.localize.term('valueMissing', { label: this.labelText }),
      };
    }
    return null;
  }

  /** The element the browser anchors validation to: the native control inside. */
  protected abstract get validationAnchor(): HTMLElement | null | undefined;

  /** Sends value and validity to the form. */
  protected syncValidity(): void {
    const anchor = this.validationAnchor ?? undefined;
    if (this.customMessage) {
      this.internals.setValidity({ customError: true }, this.customMessage, anchor);
      return;
    }
    const problem = this.computeValidity() ?? (this.value === '' ? null : this.runValidators());
    if (problem) {
      this.internals.setValidity(problem.flags, problem.message, anchor);
    } else {
      this.internals.setValidity({});
    }
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.internals.setFormValue(this.value, this.value);
    this.syncValidity();
  }

  private readonly onInvalid = (event: Event): void => {
    // The error is shown in the page, next to the field; the browser's bubble would repeat it.
    event.preventDefault();
    this.syncValidity();
    this.shownError = this.internals.validationMessage;
    joinRound(this.form ?? this);
  };

  /** After a validation round: a field that has been corrected stops showing its error. */
  [syncAfterValidation](): void {
    this.syncValidity();
    if (this.internals.validity.valid) this.shownError = '';
  }

  /** Lets subclasses report the native `change` event, which does not cross the shadow root. */
  protected relayChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /**
   * The common frame: label, hint, error message (prefixed for screen readers), control.
   * The control must carry `id="control"` and `aria-describedby=${this.describedBy}`.
   */
  protected renderField(control: TemplateResult): TemplateResult {
    const error = this.errorText;
    return html`
      <div part="base" class="field ${error ? 'field--error' : ''}">
        ${this.label ? html`<label part="label" class="label" for="control">${this.label}</label>` : nothing}
        ${this.renderHint()} ${this.renderErrorMessage()} ${control}
      </div>
    `;
  }

  /** The hint, as `id="hint"` (see `describedBy`). Group controls place it in their fieldset. */
  protected renderHint(): TemplateResult | typeof nothing {
    return this.hint ? html`<div part="hint" class="hint" id="hint">${this.hint}</div>` : nothing;
  }

  /** The error message, as `id="error"`, prefixed with a visually hidden "Error:". */
  protected renderErrorMessage(): TemplateResult | typeof nothing {
    const error = this.errorText;
    if (!error) return nothing;
    return html`<p part="error-message" class="error-message" id="error">
      <span class="visually-hidden">${this.localize.term('errorPrefix')}</span>
      ${error}
    </p>`;
  }

  /** The ids that describe the control: hint first, then error (as GOV.UK orders them). */
  protected get describedBy(): string | typeof nothing {
    const ids = [this.hint ? 'hint' : '', this.errorText ? 'error' : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }
}
