import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { PolisFormControl, type ValidityResult } from '../../base/polis-form-control.js';
import { oneOf } from '../../base/enum.js';
import { submitImplicitly } from '../../base/implicit-submit.js';
import { baseStyles, fieldStyles, inputStateStyles } from '../../styles/shared.styles.js';
import { textInputStyles } from './text-input.styles.js';

/** The values `type` takes. `number` renders a text field with a numeric keyboard. */
export const TEXT_INPUT_TYPES = ['text', 'email', 'tel', 'url', 'search', 'number'] as const;
export type TextInputType = (typeof TEXT_INPUT_TYPES)[number];

/** Widths: a number of characters, or a fraction of the container. */
export const TEXT_INPUT_WIDTHS = [
  'full',
  '30',
  '20',
  '10',
  '5',
  '4',
  '3',
  '2',
  'three-quarters',
  'two-thirds',
  'one-half',
  'one-third',
  'one-quarter',
] as const;
export type TextInputWidth = (typeof TEXT_INPUT_WIDTHS)[number];

/**
 * A number as people write one: optional sign, digits with optional spaces or commas between
 * groups, optional decimals. Not hexadecimal or exponents, which `Number()` would accept.
 */
const NUMBER = /^(?=.*\d)[-+\u2212]?(\d[\d\s,]*)?(\.\d+)?$/;

const INPUT_MODES = ['none', 'text', 'decimal', 'numeric', 'tel', 'search', 'email', 'url'] as const;

/**
 * A single-line text field with its label, hint and error message.
 *
 * @summary Lets people enter a single line of text, such as a name, a number or an email address.
 * @status stable
 * @since 0.1.0
 *
 * @csspart base - The wrapper around label, hint, error message and field.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart error-message - The error message.
 * @csspart control - The native `<input>`.
 * @csspart prefix - The text before the field.
 * @csspart suffix - The text after the field.
 *
 * @cssprop --polis-text-input-border-color - Border colour of the field.
 * @cssprop --polis-text-input-background - Background of the field.
 *
 * @fires input - When the value changes as the person types (the native event).
 * @fires change - When the person commits a change (the native event, relayed).
 * @fires invalid - When validation finds a problem (cancelled by Polis to show the error in the page).
 */
export class PolisTextInput extends PolisFormControl {
  static override tagName = 'polis-text-input';

  static override styles = [baseStyles, fieldStyles, inputStateStyles, textInputStyles];

  static override properties: PropertyDeclarations = {
    ...PolisFormControl.properties,
    type: { reflect: true },
    autocomplete: {},
    spellCheck: { attribute: 'spellcheck' },
    inputmode: {},
    pattern: {},
    minlength: { type: Number },
    maxlength: { type: Number },
    readonly: { type: Boolean, reflect: true },
    width: {},
    prefixText: { attribute: 'prefix' },
    suffixText: { attribute: 'suffix' },
  };

  /** `text` (default), `email`, `tel`, `url`, `search` or `number`. */
  declare type: TextInputType;
  /** Passed to the native input so browsers and password managers can fill the field. */
  declare autocomplete: string | undefined;
  /** `true` or `false`: whether the browser checks spelling (the `spellcheck` attribute). */
  declare spellCheck: string | undefined;
  /** The virtual keyboard to show, such as `numeric`. */
  declare inputmode: string | undefined;
  /** A regular expression the whole value must match. */
  declare pattern: string | undefined;
  /** The fewest characters allowed. */
  declare minlength: number | undefined;
  /** The most characters allowed. Prefer a character count, which does not cut text off. */
  declare maxlength: number | undefined;
  /** The value can be selected and copied, not changed. */
  declare readonly: boolean;
  /** The width of the field: `2`, `3`, `4`, `5`, `10`, `20`, `30` characters, or `full`, `three-quarters`, `two-thirds`, `one-half`, `one-third`, `one-quarter`. */
  declare width: TextInputWidth;
  /** Text shown before the field, such as `£`. Include the unit in the label too. */
  declare prefixText: string;
  /** Text shown after the field, such as `kg`. Include the unit in the label too. */
  declare suffixText: string;

  constructor() {
    super();
    this.type = 'text';
    this.readonly = false;
    this.width = 'full';
    this.prefixText = '';
    this.suffixText = '';
  }

  private get input(): HTMLInputElement | null {
    return this.renderRoot?.querySelector?.('input') ?? null;
  }

  protected override get validationAnchor(): HTMLElement | null {
    return this.input;
  }

  private get safeType(): TextInputType {
    return oneOf(this, 'type', this.type, TEXT_INPUT_TYPES, 'text');
  }

  protected override computeValidity(): ValidityResult | null {
    // As with a native input, a read-only field is not validated: people cannot change it.
    if (this.readonly) return null;
    const base = super.computeValidity();
    if (base) return base;
    const value = this.value;
    if (value === '') return null;
    const label = this.labelText;
    const type = this.safeType;
    if (type === 'number' && !NUMBER.test(value.trim())) {
      return { flags: { badInput: true }, message: this.localize.term('badInputNumber', { label }) };
    }
    const native = this.input?.validity;
    if (native?.typeMismatch) {
      const key = type === 'url' ? 'typeMismatchUrl' : 'typeMismatchEmail';
      return { flags: { typeMismatch: true }, message: this.localize.term(key, { label }) };
    }
    if (native?.patternMismatch) {
      return { flags: { patternMismatch: true }, message: this.localize.term('patternMismatch', { label }) };
    }
    if (native?.tooShort) {
      return {
        flags: { tooShort: true },
        message: this.localize.term('tooShort', { label, count: this.minlength ?? 0 }),
      };
    }
    if (native?.tooLong) {
      return {
        flags: { tooLong: true },
        message: this.localize.term('tooLong', { label, count: this.maxlength ?? 0 }),
      };
    }
    return null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('width')) {
      this.width = oneOf(this, 'width', this.width, TEXT_INPUT_WIDTHS, 'full');
    }
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
    const type = this.safeType;
    const inputType = type === 'number' ? 'text' : type;
    const inputmode =
      this.inputmode && (INPUT_MODES as readonly string[]).includes(this.inputmode)
        ? this.inputmode
        : type === 'number'
          ? 'numeric'
          : undefined;
    const spellcheck =
      this.spellCheck === 'true' || this.spellCheck === ''
        ? 'true'
        : this.spellCheck === 'false'
          ? 'false'
          : undefined;
    const error = this.errorText;
    const width = this.width && this.width !== 'full' ? `width-${this.width}` : '';
    return this.renderField(html`
      <div class="wrapper ${width}">
        ${
          this.prefixText
            ? html`<div part="prefix" class="affix affix--prefix" aria-hidden="true">${this.prefixText}</div>`
            : nothing
        }
        <input
          part="control"
          class="input"
          id="control"
          type=${inputType}
          .value=${live(this.value)}
          ?required=${this.required}
          ?disabled=${this.isDisabled}
          ?readonly=${this.readonly}
          autocomplete=${ifDefined(this.autocomplete || undefined)}
          spellcheck=${ifDefined(spellcheck)}
          inputmode=${ifDefined(inputmode)}
          pattern=${ifDefined(this.pattern || undefined)}
          minlength=${ifDefined(this.minlength ?? undefined)}
          maxlength=${ifDefined(this.maxlength ?? undefined)}
          aria-label=${this.label ? nothing : this.labelText || nothing}
          aria-describedby=${this.describedBy}
          aria-invalid=${error ? 'true' : nothing}
          @input=${this.onInput}
          @change=${this.relayChange}
          @keydown=${this.onKeydown}
        />
        ${
          this.suffixText
            ? html`<div part="suffix" class="affix affix--suffix" aria-hidden="true">${this.suffixText}</div>`
            : nothing
        }
      </div>
    `);
  }
}
