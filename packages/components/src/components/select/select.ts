import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { PolisFormControl, type ValidityResult } from '../../base/polis-form-control.js';
import { baseStyles, fieldStyles } from '../../styles/shared.styles.js';
import { selectStyles } from './select.styles.js';

/** One `<option>` read from the light DOM. */
export interface SelectOptionData {
  readonly kind: 'option';
  readonly value: string;
  readonly text: string;
  /** The `label` attribute, shown instead of the text when present. */
  readonly label: string | undefined;
  /** The `selected` attribute: chosen by default. */
  readonly selected: boolean;
  readonly disabled: boolean;
}

/** One `<optgroup>` read from the light DOM, with its options. */
export interface SelectGroupData {
  readonly kind: 'group';
  readonly label: string;
  readonly disabled: boolean;
  readonly options: readonly SelectOptionData[];
}

export type SelectItem = SelectOptionData | SelectGroupData;

function readOption(option: HTMLOptionElement, groupDisabled = false): SelectOptionData {
  return {
    kind: 'option',
    value: option.value,
    text: option.text,
    label: option.hasAttribute('label') ? (option.getAttribute('label') ?? '') : undefined,
    selected: option.hasAttribute('selected'),
    disabled: option.disabled || groupDisabled,
  };
}

/** Reads the `<option>` and `<optgroup>` children of `host` as plain data (no markup is copied). */
export function readSelectItems(host: Element): SelectItem[] {
  const items: SelectItem[] = [];
  for (const child of host.children) {
    if (child instanceof HTMLOptionElement) {
      items.push(readOption(child));
    } else if (child instanceof HTMLOptGroupElement) {
      items.push({
        kind: 'group',
        label: child.label,
        disabled: child.disabled,
        options: [...child.children]
          .filter((el): el is HTMLOptionElement => el instanceof HTMLOptionElement)
          .map((option) => readOption(option, child.disabled)),
      });
    }
  }
  return items;
}

function flatten(items: readonly SelectItem[]): SelectOptionData[] {
  return items.flatMap((item) => (item.kind === 'group' ? item.options : [item]));
}

/**
 * A drop-down list with its label, hint and error message. The options are written as
 * `<option>` and `<optgroup>` children, as in a native `<select>`.
 *
 * @summary Lets people choose one option from a long list.
 * @status stable
 * @since 0.3.0
 *
 * @slot - `<option>` and `<optgroup>` elements. They are read, not shown: the element renders the same options in its own native `<select>` and follows changes to them.
 *
 * @csspart base - The wrapper around label, hint, error message and field.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart error-message - The error message.
 * @csspart control - The native `<select>`.
 *
 * @cssprop --polis-select-border-color - Border colour of the field.
 * @cssprop --polis-select-background - Background of the field.
 *
 * @fires input - When the person chooses an option (the native event).
 * @fires change - When the person chooses an option (the native event, relayed).
 * @fires invalid - When validation finds a problem (cancelled by Polis to show the error in the page).
 */
export class PolisSelect extends PolisFormControl {
  static override tagName = 'polis-select';

  static override styles = [baseStyles, fieldStyles, selectStyles];

  static override properties: PropertyDeclarations = {
    ...PolisFormControl.properties,
    autocomplete: {},
    items: { state: true },
  };

  /** Passed to the native select so browsers can fill the field, for example `country-name`. */
  declare autocomplete: string | undefined;
  /** The options read from the children, rendered inside the shadow root. */
  declare protected items: SelectItem[];

  /** Whether the value has been chosen or set since the last reset. */
  private chosen = false;
  private observer: MutationObserver | null = null;

  constructor() {
    super();
    this.items = [];
  }

  /**
   * The current value: the value of the chosen option. Before a choice it is the option named
   * by the `value` attribute, else the last option with `selected`, else the first option that
   * is not disabled, as in a native `<select>`. A value that matches no option gives `''`.
   */
  override get value(): string {
    const options = flatten(this.items ?? []);
    const candidate = super.value;
    if (options.length === 0) return candidate;
    if (this.chosen) return options.some((o) => o.value === candidate) ? candidate : '';
    const hasDefault = this.defaultValue !== '' || this.hasAttribute('value');
    if (hasDefault && options.some((o) => o.value === candidate)) return candidate;
    const selected = options.filter((o) => o.selected).at(-1);
    return (selected ?? options.find((o) => !o.disabled))?.value ?? '';
  }

  override set value(next: string) {
    this.chosen = true;
    super.value = next;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readOptions();
    // Changes to the host's own attributes are not changes to the options.
    this.observer ??= new MutationObserver((records) => {
      if (records.some((r) => r.target !== this || r.type !== 'attributes')) this.readOptions();
    });
    this.observer.observe(this, { childList: true, subtree: true, attributes: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  override formResetCallback(): void {
    this.chosen = false;
    super.formResetCallback();
  }

  private readOptions(): void {
    const old = this.value;
    this.items = readSelectItems(this);
    this.requestUpdate('value', old);
  }

  private get select(): HTMLSelectElement | null {
    return this.renderRoot?.querySelector?.('select') ?? null;
  }

  protected override get validationAnchor(): HTMLElement | null {
    return this.select;
  }

  protected override computeValidity(): ValidityResult | null {
    if (this.required && this.value === '') {
      return {
        flags: { valueMissing: true },
        message: this.localize.term('selectValueMissing', { label: this.labelText }),
      };
    }
    return super.computeValidity();
  }

  private onChoose(event: Event): void {
    this.value = (event.target as HTMLSelectElement).value;
  }

  private onChange(): void {
    this.value = this.select?.value ?? '';
    this.relayChange();
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    // The options are rendered after the select's own bindings, so choose the option here.
    const select = this.select;
    if (select && select.value !== this.value) select.value = this.value;
    super.updated(changed);
  }

  private renderOption(option: SelectOptionData): TemplateResult {
    return html`<option value=${option.value} label=${ifDefined(option.label)} ?disabled=${option.disabled}>
      ${option.text}
    </option>`;
  }

  protected override render() {
    const error = this.errorText;
    return this.renderField(html`
      <select
        part="control"
        class="select"
        id="control"
        ?required=${this.required}
        ?disabled=${this.isDisabled}
        autocomplete=${ifDefined(this.autocomplete || undefined)}
        aria-label=${this.label ? nothing : this.labelText || nothing}
        aria-describedby=${this.describedBy}
        aria-invalid=${error ? 'true' : nothing}
        @input=${this.onChoose}
        @change=${this.onChange}
      >
        ${this.items.map((item) =>
          item.kind === 'group'
            ? html`<optgroup label=${item.label} ?disabled=${item.disabled}>
                ${item.options.map((option) => this.renderOption(option))}
              </optgroup>`
            : this.renderOption(item),
        )}
      </select>
    `);
  }
}
