import { html, nothing, type PropertyDeclarations } from 'lit';
import { live } from 'lit/directives/live.js';
import { PolisFormControl } from '../../base/polis-form-control.js';
import { oneOf } from '../../base/enum.js';
import { submitImplicitly } from '../../base/implicit-submit.js';
import { announce, ensureAnnouncer } from '../../base/announcer.js';
import { baseStyles, fieldStyles, inputStateStyles } from '../../styles/shared.styles.js';
import { passwordInputStyles } from './password-input.styles.js';

/** The values `autocomplete` takes: what password managers need to know about the field. */
export const PASSWORD_AUTOCOMPLETE = ['current-password', 'new-password', 'one-time-code'] as const;
export type PasswordAutocomplete = (typeof PASSWORD_AUTOCOMPLETE)[number];

/**
 * A password field with its label, hint, error message and a button to show or hide what was
 * typed.
 *
 * @summary Lets people enter a password, and show it to check what they typed.
 * @status stable
 * @since 0.3.0
 *
 * @csspart base - The wrapper around label, hint, error message and field.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart error-message - The error message.
 * @csspart control - The native `<input>`.
 * @csspart toggle - The Show / Hide button.
 *
 * @cssprop --polis-password-input-border-color - Border colour of the field.
 * @cssprop --polis-password-input-background - Background of the field.
 * @cssprop --polis-password-input-toggle-background - Background of the Show / Hide button.
 *
 * @fires input - When the value changes as the person types or pastes (the native event).
 * @fires change - When the person commits a change (the native event, relayed).
 * @fires invalid - When validation finds a problem (cancelled by Polis to show the error in the page).
 */
export class PolisPasswordInput extends PolisFormControl {
  static override tagName = 'polis-password-input';

  static override styles = [baseStyles, fieldStyles, inputStateStyles, passwordInputStyles];

  static override properties: PropertyDeclarations = {
    ...PolisFormControl.properties,
    autocomplete: {},
    passwordVisible: { state: true },
  };

  /**
   * Tells browsers and password managers what the field is for: `current-password` (default)
   * to sign in, `new-password` to create one, or `one-time-code`.
   */
  declare autocomplete: PasswordAutocomplete;
  /** Whether the password is shown as text. */
  declare protected passwordVisible: boolean;

  private submitForm: HTMLFormElement | null = null;

  constructor() {
    super();
    this.autocomplete = 'current-password';
    this.passwordVisible = false;
  }

  private get input(): HTMLInputElement | null {
    return this.renderRoot?.querySelector?.('input') ?? null;
  }

  private get toggleButton(): HTMLButtonElement | null {
    return this.renderRoot?.querySelector?.('button') ?? null;
  }

  /**
   * The password is submitted, but never handed to the browser as restorable state: going
   * back to the page must not bring a password back into a field (as native password
   * fields behave).
   */
  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.internals.setFormValue(this.value, '');
  }

  protected override get validationAnchor(): HTMLElement | null {
    return this.input;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The announcer must exist, empty, before the first message, or it may not be read.
    ensureAnnouncer();
    globalThis.addEventListener?.('pagehide', this.hidePassword);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('pagehide', this.hidePassword);
  }

  override formAssociatedCallback(form: HTMLFormElement | null): void {
    super.formAssociatedCallback(form);
    this.submitForm?.removeEventListener('submit', this.hidePassword);
    this.submitForm = form;
    form?.addEventListener('submit', this.hidePassword);
  }

  /**
   * Hides the password again, so the browser does not keep it on screen in the page it saves
   * (on submission and when the page is left).
   */
  private readonly hidePassword = (): void => {
    if (!this.passwordVisible) return;
    // At once, not at the next render: the page may be about to be saved.
    const input = this.input;
    if (input) input.type = 'password';
    this.passwordVisible = false;
  };

  private async toggle(): Promise<void> {
    const input = this.input;
    const start = input?.selectionStart ?? null;
    const end = input?.selectionEnd ?? null;
    const direction = input?.selectionDirection ?? undefined;
    this.passwordVisible = !this.passwordVisible;
    await this.updateComplete;
    // Changing the type can move the caret: put it back where the person left it.
    if (input && start !== null && end !== null) input.setSelectionRange(start, end, direction);
    this.toggleButton?.focus();
    void announce(
      this.localize.term(this.passwordVisible ? 'passwordShownAnnouncement' : 'passwordHiddenAnnouncement'),
      { politeness: 'polite' },
    );
  }

  private onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing || event.defaultPrevented) return;
    // Form-associated elements do not get the browser's implicit submission: do it here.
    event.preventDefault();
    submitImplicitly(this.form);
  }

  protected override render() {
    const autocomplete = oneOf(
      this,
      'autocomplete',
      this.autocomplete,
      PASSWORD_AUTOCOMPLETE,
      'current-password',
    );
    const visible = this.passwordVisible;
    const error = this.errorText;
    return this.renderField(html`
      <div class="wrapper">
        <input
          part="control"
          class="input"
          id="control"
          type=${visible ? 'text' : 'password'}
          .value=${live(this.value)}
          ?required=${this.required}
          ?disabled=${this.isDisabled}
          autocomplete=${autocomplete}
          autocapitalize="none"
          spellcheck="false"
          aria-label=${this.label ? nothing : this.labelText || nothing}
          aria-describedby=${this.describedBy}
          aria-invalid=${error ? 'true' : nothing}
          @input=${this.onInput}
          @change=${this.relayChange}
          @keydown=${this.onKeydown}
        />
        <button
          part="toggle"
          class="toggle"
          type="button"
          aria-controls="control"
          aria-label=${this.localize.term(visible ? 'passwordHideLabel' : 'passwordShowLabel')}
          ?disabled=${this.isDisabled}
          @click=${this.toggle}
        >
          ${this.localize.term(visible ? 'passwordHide' : 'passwordShow')}
        </button>
      </div>
    `);
  }
}
