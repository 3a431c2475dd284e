import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { PolisFormControl, type ValidityResult } from '../../base/polis-form-control.js';
import { oneOf } from '../../base/enum.js';
import { baseStyles, fieldStyles } from '../../styles/shared.styles.js';
import { CHECKBOX_SIZES, PolisCheckbox, checkboxGroup, type CheckboxSize } from '../checkbox/checkbox.js';
import { checkboxItemStyles } from '../checkbox/checkbox.styles.js';
import { checkboxesStyles } from './checkboxes.styles.js';

/** The key under which the checked values are kept in the restore state. */
const STATE_KEY = 'checked';

/**
 * A question with several answers: a fieldset with its legend, hint and error message and
 * one native checkbox per `polis-checkbox` child. Every checked value is sent under the
 * group's `name`, as a set of native checkboxes would send it.
 *
 * @summary Lets people select one or more options from a list.
 * @status stable
 * @since 0.3.0
 *
 * @slot - `polis-checkbox` elements, one per option, in order. Their own children are conditional content, shown under the option while it is checked.
 * @csspart base - The `<fieldset>`.
 * @csspart label - The `<legend>`.
 * @csspart hint - The hint text.
 * @csspart error-message - The error message.
 * @csspart item - One option: checkbox, label and hint.
 * @csspart control - Each native `<input type="checkbox">`.
 * @csspart box - Each drawn box (and tick) under its transparent native checkbox.
 * @csspart option-label - The label of each option.
 * @csspart option-hint - The hint of an option.
 * @csspart divider - The "or" before an exclusive option.
 * @csspart conditional - The wrapper of an option's conditional content.
 *
 * @cssprop --polis-checkbox-border-color - Colour of the boxes and ticks.
 * @cssprop --polis-checkbox-background - Background of the boxes.
 *
 * @fires input - When the person checks or unchecks an option (the native event).
 * @fires change - When the person checks or unchecks an option (the native event, relayed).
 * @fires invalid - When validation finds a problem (cancelled by Polis to show the error in the page).
 */
export class PolisCheckboxes extends PolisFormControl {
  static override tagName = 'polis-checkboxes';

  static override shadowRootOptions: ShadowRootInit = {
    ...PolisFormControl.shadowRootOptions,
    slotAssignment: 'manual',
  };

  static override styles = [baseStyles, fieldStyles, checkboxItemStyles, checkboxesStyles];

  static override properties: PropertyDeclarations = {
    ...PolisFormControl.properties,
    label: { attribute: 'legend' },
    // The default is in the options' `checked` attributes, not in a `value` attribute.
    defaultValue: { attribute: false },
    size: { reflect: true },
  };

  /** The question, shown as the fieldset's legend (the `legend` attribute). */
  declare label: string;
  /** `medium` (default) or `small`, for every option. */
  declare size: CheckboxSize;

  /** Tells each `polis-checkbox` child that it is an option of this group. */
  readonly [checkboxGroup] = true;

  private readonly childObserver?: MutationObserver;
  private pendingRestore: string[] | null = null;

  constructor() {
    super();
    this.size = 'medium';
    if (typeof MutationObserver !== 'undefined') {
      this.childObserver = new MutationObserver(() => this.requestUpdate());
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.childObserver?.observe(this, { childList: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
  }

  /** The `polis-checkbox` children, in order. */
  get options(): PolisCheckbox[] {
    return [...this.children].filter((el): el is PolisCheckbox => el instanceof PolisCheckbox);
  }

  /**
   * The values of the checked options, in order: what the form sends under `name` (a disabled
   * option is not sent). Setting it checks exactly the options with these values.
   */
  get values(): string[] {
    return this.options.filter((o) => o.checked && !o.disabled).map((o) => o.value);
  }

  set values(next: string[]) {
    const list = Array.isArray(next) ? next.map(String) : [];
    for (const option of this.options) option.checked = list.includes(option.value);
    this.requestUpdate();
  }

  /**
   * The first checked value, or an empty string when none is checked. Setting it checks only
   * that option (an empty string unchecks all). Use `values` for every checked value.
   */
  override get value(): string {
    return this.values[0] ?? '';
  }

  override set value(next: string) {
    this.values = next === null || next === undefined || next === '' ? [] : [String(next)];
  }

  private get inputs(): HTMLInputElement[] {
    return [...(this.renderRoot?.querySelectorAll?.<HTMLInputElement>('input') ?? [])];
  }

  protected override get validationAnchor(): HTMLElement | null {
    const inputs = this.inputs;
    return inputs.find((input) => !input.disabled) ?? inputs[0] ?? null;
  }

  protected override computeValidity(): ValidityResult | null {
    if (this.required && this.values.length === 0) {
      return {
        flags: { valueMissing: true },
        message: this.localize.term('checkboxesValueMissing', { label: this.labelText }),
      };
    }
    return null;
  }

  override formResetCallback(): void {
    super.formResetCallback();
    for (const option of this.options) option.formResetCallback();
  }

  override formStateRestoreCallback(state: string | File | FormData | null): void {
    const values =
      state instanceof FormData
        ? state.getAll(STATE_KEY).map(String)
        : typeof state === 'string'
          ? [state]
          : null;
    if (!values) return;
    // The options may not be parsed yet when the browser restores the group.
    if (this.options.length === 0) this.pendingRestore = values;
    else this.values = values;
  }

  /** Sends every checked value under `name`, and the checked values as the restore state. */
  private syncFormValue(): void {
    const state = new FormData();
    for (const option of this.options) if (option.checked) state.append(STATE_KEY, option.value);
    const values = this.values;
    if (!this.name || values.length === 0) {
      this.internals.setFormValue(null, state);
      return;
    }
    const data = new FormData();
    for (const value of values) data.append(this.name, value);
    this.internals.setFormValue(data, state);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('size')) this.size = oneOf(this, 'size', this.size, CHECKBOX_SIZES, 'medium');
    if (this.pendingRestore && this.options.length) {
      const values = this.pendingRestore;
      this.pendingRestore = null;
      this.values = values;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncFormValue();
    const options = this.options;
    for (const slot of this.renderRoot.querySelectorAll<HTMLSlotElement>('slot[data-index]')) {
      const option = options[Number(slot.dataset.index)];
      slot.assign(...(option ? [option] : []));
    }
    for (const option of options) {
      if (!option.label) this.warn('option-label', 'each polis-checkbox needs a label.');
      if (!option.hasAttribute('value')) {
        this.warn('option-value', 'each polis-checkbox needs a value; without one it sends "on".');
      }
    }
  }

  /** A person checked or unchecked an option: apply "none of these" and update the form value. */
  private onToggle(event: Event): void {
    const input = event.target as HTMLInputElement;
    const options = this.options;
    const option = options[Number(input.dataset.index)];
    if (!option || option.checked === input.checked) return;
    option.checked = input.checked;
    if (input.checked) {
      for (const other of options) {
        if (other !== option && other.checked && (option.exclusive || other.exclusive)) other.checked = false;
      }
    }
    this.syncFormValue();
    this.requestUpdate();
  }

  private onChange(event: Event): void {
    this.onToggle(event);
    this.relayChange();
  }

  private renderOption(option: PolisCheckbox, index: number, invalid: boolean) {
    const id = `option-${index}`;
    const conditional = option.hasConditionalContent;
    const checked = option.checked;
    return html`
      ${
        option.exclusive && index > 0
          ? html`<div part="divider" class="divider">${this.localize.term('checkboxesOr')}</div>`
          : nothing
      }
      <div part="item" class="item">
        <input
          part="control"
          class="input"
          id=${id}
          type="checkbox"
          data-index=${index}
          .value=${option.value}
          .checked=${live(checked)}
          ?disabled=${this.isDisabled || option.disabled}
          aria-describedby=${option.hint ? `${id}-hint` : nothing}
          aria-invalid=${invalid ? 'true' : nothing}
          aria-controls=${conditional ? `${id}-conditional` : nothing}
          aria-expanded=${conditional ? String(checked) : nothing}
          @input=${this.onToggle}
          @change=${this.onChange}
        /><span part="box" class="box" aria-hidden="true"></span>
        <label part="option-label" class="option-label" for=${id}>${option.label}</label>
        ${
          option.hint
            ? html`<div part="option-hint" class="option-hint" id=${`${id}-hint`}>${option.hint}</div>`
            : nothing
        }
      </div>
      ${
        conditional
          ? html`<div part="conditional" class="conditional" id=${`${id}-conditional`} ?hidden=${!checked}>
              <slot data-index=${index}></slot>
            </div>`
          : nothing
      }
    `;
  }

  protected override render() {
    const error = this.errorText;
    const options = this.options;
    return html`
      <fieldset
        part="base"
        class="field size-${this.size} ${error ? 'field--error' : ''}"
        aria-describedby=${this.describedBy}
        aria-label=${this.label ? nothing : this.labelText || nothing}
      >
        ${this.label ? html`<legend part="label" class="label legend">${this.label}</legend>` : nothing}
        ${this.renderHint()} ${this.renderErrorMessage()}
        <div class="items">${options.map((option, i) => this.renderOption(option, i, Boolean(error)))}</div>
      </fieldset>
    `;
  }
}
