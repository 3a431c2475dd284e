import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { PolisFormControl, type ValidityResult } from '../../base/polis-form-control.js';
import { oneOf } from '../../base/enum.js';
import { baseStyles, fieldStyles } from '../../styles/shared.styles.js';
import { checkboxItemStyles, checkboxStyles } from './checkbox.styles.js';

/** The sizes a checkbox (or a group of them) takes. */
export const CHECKBOX_SIZES = ['medium', 'small'] as const;
export type CheckboxSize = (typeof CHECKBOX_SIZES)[number];

/**
 * Marks an element as a checkbox group: a `polis-checkbox` whose parent carries it is one
 * option of that group. A symbol rather than a tag name, so the group works under any tag.
 */
export const checkboxGroup = Symbol('polis.checkboxGroup');

type GroupParent = HTMLElement & { [checkboxGroup]?: boolean; requestUpdate?: () => void };

/** The native and form-associated controls inside conditional content, which are disabled while it is hidden. */
function isFormControl(element: Element): element is Element & { disabled: boolean } {
  return (
    element instanceof HTMLInputElement ||
    element instanceof HTMLSelectElement ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLButtonElement ||
    element instanceof HTMLFieldSetElement ||
    (element.constructor as { formAssociated?: boolean }).formAssociated === true
  );
}

/**
 * One checkbox. On its own it is a form control: it sends its `value` under its `name` when
 * checked. As a child of `polis-checkboxes` it describes one option of that group, which
 * renders it; it then renders only its conditional content.
 *
 * @summary Lets people confirm one thing, or describes one option of `polis-checkboxes`.
 * @status stable
 * @since 0.3.0
 *
 * @slot - Conditional content: shown under the checkbox only while it is checked. Form controls in it are disabled (and not sent) while it is hidden.
 * @csspart base - The wrapper around the error message, the checkbox and its conditional content.
 * @csspart error-message - The error message.
 * @csspart item - The checkbox with its label and hint.
 * @csspart control - The native `<input type="checkbox">`.
 * @csspart box - The drawn box (and tick) under the transparent native checkbox.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart conditional - The conditional content's wrapper.
 *
 * @cssprop --polis-checkbox-border-color - Colour of the box and the tick.
 * @cssprop --polis-checkbox-background - Background of the box.
 *
 * @fires input - When the person checks or unchecks the box (the native event).
 * @fires change - When the person checks or unchecks the box (the native event, relayed).
 * @fires invalid - When validation finds a problem (cancelled by Polis to show the error in the page).
 */
export class PolisCheckbox extends PolisFormControl {
  static override tagName = 'polis-checkbox';

  static override styles = [baseStyles, fieldStyles, checkboxItemStyles, checkboxStyles];

  static override properties: PropertyDeclarations = {
    ...PolisFormControl.properties,
    defaultChecked: { type: Boolean, attribute: 'checked', reflect: true },
    checked: { attribute: false, noAccessor: true },
    exclusive: { type: Boolean, reflect: true },
    size: { reflect: true },
  };

  /** Whether the box is checked at first (the `checked` attribute); `form.reset()` goes back to it. */
  declare defaultChecked: boolean;
  /**
   * In a group: this option means "none of these". Checking it unchecks the others, and
   * checking another unchecks it. A divider ("or") is shown before it.
   */
  declare exclusive: boolean;
  /** `medium` (default) or `small`. In a group, the group's `size` applies. */
  declare size: CheckboxSize;

  private currentChecked = false;
  private checkedDirty = false;
  /** Controls in the conditional content that this element disabled, to enable again when shown. */
  private readonly disabledByReveal = new WeakSet<Element>();
  private readonly contentObserver?: MutationObserver;

  constructor() {
    super();
    this.defaultChecked = false;
    this.exclusive = false;
    this.size = 'medium';
    // As on a native checkbox, the value sent is "on" unless a `value` attribute says otherwise.
    this.defaultValue = 'on';
    if (typeof MutationObserver !== 'undefined') {
      this.contentObserver = new MutationObserver(() => this.requestUpdate());
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.contentObserver?.observe(this, { childList: true, characterData: true, subtree: true });
    this.group?.requestUpdate?.();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.contentObserver?.disconnect();
  }

  /** Whether the box is checked now. Setting it works as on a native checkbox. */
  get checked(): boolean {
    return this.checkedDirty ? this.currentChecked : Boolean(this.defaultChecked);
  }

  set checked(next: boolean) {
    const old = this.checked;
    this.currentChecked = Boolean(next);
    this.checkedDirty = true;
    this.requestUpdate('checked', old);
  }

  /** The value sent when the box is checked: the `value` attribute, or `on`, as on a native checkbox. */
  override get value(): string {
    return this.defaultValue ?? 'on';
  }

  override set value(next: string) {
    this.defaultValue = next === null || next === undefined ? 'on' : String(next);
  }

  /** The `polis-checkboxes` this checkbox is an option of, or `null` when it stands alone. */
  private get group(): GroupParent | null {
    const parent = this.parentElement as GroupParent | null;
    if (!parent) return null;
    return parent[checkboxGroup] === true || parent.localName === 'polis-checkboxes' ? parent : null;
  }

  /** Whether the element has conditional content (children other than white space). */
  get hasConditionalContent(): boolean {
    return [...this.childNodes].some(
      (node) =>
        node.nodeType === Node.ELEMENT_NODE || (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()),
    );
  }

  private get input(): HTMLInputElement | null {
    return this.renderRoot?.querySelector?.('input') ?? null;
  }

  protected override get validationAnchor(): HTMLElement | null {
    return this.input;
  }

  protected override computeValidity(): ValidityResult | null {
    if (this.group) return null;
    if (this.required && !this.checked) {
      return {
        flags: { valueMissing: true },
        message: this.localize.term('checkboxesValueMissing', { label: this.labelText }),
      };
    }
    return null;
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.checkedDirty = false;
    this.requestUpdate('checked');
  }

  override formStateRestoreCallback(state: string | File | FormData | null): void {
    if (this.group || typeof state !== 'string') return;
    this.checked = state !== '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('size')) this.size = oneOf(this, 'size', this.size, CHECKBOX_SIZES, 'medium');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const group = this.group;
    this.setOptionState(group !== null);
    if (group) {
      // An option sends nothing itself: the group sends every checked value under its name.
      this.internals.setFormValue(null);
      group.requestUpdate?.();
    } else {
      const on = this.checked;
      this.internals.setFormValue(on ? this.value : null, on ? 'checked' : '');
    }
    this.syncConditional();
  }

  private setOptionState(option: boolean): void {
    try {
      if (option) this.internals.states.add('option');
      else this.internals.states.delete('option');
    } catch {
      // Browsers without custom states keep the standalone margins.
    }
  }

  /** Disables the controls in hidden conditional content, so they are not sent, and restores them when shown. */
  private syncConditional(): void {
    const revealed = this.checked;
    for (const element of this.querySelectorAll('*')) {
      if (!isFormControl(element)) continue;
      if (!revealed && !element.disabled) {
        element.disabled = true;
        this.disabledByReveal.add(element);
      } else if (revealed && this.disabledByReveal.has(element)) {
        element.disabled = false;
        this.disabledByReveal.delete(element);
      }
    }
  }

  private onToggle(event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    if (checked !== this.checked) this.checked = checked;
  }

  private onChange(event: Event): void {
    this.onToggle(event);
    this.relayChange();
  }

  protected override render() {
    // In a group the group renders the option; this element only holds its conditional content.
    if (this.group) return html`<slot></slot>`;
    const error = this.errorText;
    const conditional = this.hasConditionalContent;
    return html`
      <div part="base" class="field size-${this.size} ${error ? 'field--error' : ''}">
        ${this.renderErrorMessage()}
        <div part="item" class="item">
          <input
            part="control"
            class="input"
            id="control"
            type="checkbox"
            .checked=${live(this.checked)}
            ?required=${this.required}
            ?disabled=${this.isDisabled}
            aria-label=${this.label ? nothing : this.labelText || nothing}
            aria-describedby=${this.describedBy}
            aria-invalid=${error ? 'true' : nothing}
            aria-controls=${conditional ? 'conditional' : nothing}
            aria-expanded=${conditional ? String(this.checked) : nothing}
            @input=${this.onToggle}
            @change=${this.onChange}
          /><span part="box" class="box" aria-hidden="true"></span>
          <label part="label" class="option-label" for="control">${this.label}</label>
          ${this.hint ? html`<div part="hint" class="option-hint" id="hint">${this.hint}</div>` : nothing}
        </div>
        ${
          conditional
            ? html`<div part="conditional" class="conditional" id="conditional" ?hidden=${!this.checked}>
                <slot></slot>
              </div>`
            : nothing
        }
      </div>
    `;
  }
}
