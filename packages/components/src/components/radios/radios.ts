import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { PolisFormControl, type ValidityResult } from '../../base/polis-form-control.js';
import { baseStyles, fieldStyles } from '../../styles/shared.styles.js';
import { PolisRadio, radioChanged } from '../radio/radio.js';
import { radiosStyles } from './radios.styles.js';

/** What the group reads from one `polis-radio` child. */
interface Option {
  element: PolisRadio;
  value: string;
  label: string;
  hint: string;
  disabled: boolean;
  divider: boolean;
  /** Whether the option has children to reveal when it is chosen. */
  conditional: boolean;
}

type Disableable = Element & { disabled?: boolean };

/** Native form controls, and form-associated custom elements such as Polis fields. */
function isFormControl(element: Element): element is Disableable {
  return (
    element instanceof HTMLInputElement ||
    element instanceof HTMLSelectElement ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLButtonElement ||
    element instanceof HTMLFieldSetElement ||
    (element.constructor as { formAssociated?: boolean }).formAssociated === true
  );
}

function hasContent(element: Element): boolean {
  return [...element.childNodes].some(
    (node) => node.nodeType === Node.ELEMENT_NODE || (node.textContent ?? '').trim() !== '',
  );
}

/**
 * A question with one answer, from a short list: a `<fieldset>` and `<legend>`, a hint, an
 * error message and one native radio button per `polis-radio` child, all in one shadow root.
 * Being native radios in one group, they give one tab stop, arrow keys that move and choose,
 * and one accessible node per option.
 *
 * The chosen option's `value` is submitted under `name`. An option's children are revealed
 * under it while it is chosen, and the form controls among them are disabled (so neither
 * submitted nor validated) while they are hidden.
 *
 * @summary Lets people choose exactly one option from a short list, with follow-up questions revealed by an answer.
 * @status stable
 * @since 0.3.0
 *
 * @slot - `polis-radio` elements, one per option (or `polis-radio divider` for "or"). Other children are not shown.
 *
 * @csspart base - The wrapper around the fieldset, which carries the error bar.
 * @csspart fieldset - The `<fieldset>` that groups the options.
 * @csspart legend - The `<legend>`: the question.
 * @csspart hint - The hint text of the question.
 * @csspart error-message - The error message.
 * @csspart options - The box around the options.
 * @csspart option - The box around one radio button, its label and its hint.
 * @csspart control - Each native `<input type="radio">`.
 * @csspart circle - Each drawn circle (and dot) under its transparent native radio button.
 * @csspart label - Each option's `<label>`.
 * @csspart option-hint - Each option's hint.
 * @csspart divider - The "or" between options.
 * @csspart conditional - The box under an option that holds its revealed content.
 *
 * @cssprop --polis-radios-border-color - Colour of the circles.
 * @cssprop --polis-radios-conditional-border-color - Colour of the bar beside revealed content.
 *
 * @fires input - When a person chooses an option (the native event).
 * @fires change - When a person chooses an option (the native event, relayed).
 * @fires invalid - When validation finds a problem (cancelled by Polis to show the error in the page).
 */
export class PolisRadios extends PolisFormControl {
  static override tagName = 'polis-radios';

  static override shadowRootOptions: ShadowRootInit = {
    ...PolisFormControl.shadowRootOptions,
    slotAssignment: 'manual',
  };

  static override styles = [baseStyles, fieldStyles, radiosStyles];

  static override properties: PropertyDeclarations = {
    ...PolisFormControl.properties,
    legend: {},
    inline: { type: Boolean, reflect: true },
    small: { type: Boolean, reflect: true },
    optionsVersion: { state: true },
  };

  /**
   * The question, shown as the `<legend>` of the fieldset; it names the group and is used in
   * error messages. (`label` is accepted as another name for it.)
   */
  declare legend: string;
  /** Lays the options out in a row, wrapping, for two short options such as Yes and No. */
  declare inline: boolean;
  /** Smaller radio buttons, for filters and dense pages; the options keep targets of at least 24 px. */
  declare small: boolean;
  /** Bumped when the light-DOM options change, to re-render. */
  declare private optionsVersion: number;

  /** The options as last rendered. */
  private options: Option[] = [];
  /** Form controls in hidden conditional content that this group disabled (and will re-enable). */
  private readonly disabledByUs = new WeakSet<Element>();
  /** Whether `defaultValue` came from a `checked` option rather than the `value` attribute. */
  private defaultFromChild = false;
  private readonly childObserver?: MutationObserver;

  constructor() {
    super();
    this.legend = '';
    this.inline = false;
    this.small = false;
    this.optionsVersion = 0;
    if (typeof MutationObserver !== 'undefined') {
      this.childObserver = new MutationObserver((records) => {
        // Content taken out of the group gets back the controls the group disabled.
        for (const record of records) {
          for (const node of record.removedNodes) if (node instanceof Element) this.release(node);
        }
        this.optionsVersion++;
      });
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.childObserver?.observe(this, { childList: true, subtree: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
  }

  /** Called by a `polis-radio` child when its properties change. */
  [radioChanged](): void {
    this.optionsVersion++;
  }

  private get radios(): HTMLInputElement[] {
    return [...(this.renderRoot?.querySelectorAll?.<HTMLInputElement>('input[type="radio"]') ?? [])];
  }

  protected override get validationAnchor(): HTMLElement | null {
    return this.radios.find((radio) => radio.checked) ?? this.radios[0] ?? null;
  }

  /** The question, for messages: `legend`, else `label`, else the text of a `<label for>`. */
  protected override get labelText(): string {
    return this.legend || super.labelText;
  }

  /**
   * Focuses the chosen radio button, or the first one that can be used, as the Tab key would.
   * The error summary and the validation round use it to take people to the question.
   */
  override focus(options?: FocusOptions): void {
    const usable = this.radios.filter((radio) => !radio.disabled);
    const target = usable.find((radio) => radio.checked) ?? usable[0];
    if (target) target.focus(options);
    else super.focus(options);
  }

  protected override computeValidity(): ValidityResult | null {
    if (this.required && this.value === '') {
      return {
        flags: { valueMissing: true },
        message: this.localize.term('radiosValueMissing', { label: this.labelText }),
      };
    }
    return null;
  }

  private readOptions(): Option[] {
    const options: Option[] = [];
    for (const child of this.children) {
      if (!(child instanceof PolisRadio)) {
        this.warn(
          `child:${child.localName}`,
          `shows only <polis-radio> children; a <${child.localName}> child is not shown.`,
        );
        continue;
      }
      if (!child.divider && !child.value) {
        this.warn('no-value', 'has an option without a value; choosing it sends an empty answer.');
      }
      let label = child.label;
      if (!child.divider && !label) {
        this.warn(
          'label',
          'has an option without a label; its value is shown instead. Give every <polis-radio> a label.',
        );
        label = child.value;
      }
      options.push({
        element: child,
        value: child.value ?? '',
        label,
        hint: child.hint,
        disabled: child.disabled,
        divider: child.divider,
        conditional: !child.divider && hasContent(child),
      });
    }
    return options;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.options = this.readOptions();
    const choices = this.options.filter((option) => !option.divider);
    // A checked option is the default unless the group's own `value` attribute says otherwise.
    const checked = choices.find((option) => option.element.checked);
    if (!this.hasAttribute('value')) {
      if (checked) {
        this.defaultValue = checked.value;
        this.defaultFromChild = true;
      } else if (this.defaultFromChild) {
        this.defaultValue = '';
        this.defaultFromChild = false;
      }
    }
    const value = this.value;
    if (value !== '' && choices.length && !choices.some((option) => option.value === value)) {
      this.warn(
        `value:${value}`,
        `value="${value}" is not the value of any of its options, so none is chosen.`,
      );
    }
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const value = this.value;
    // Like native radios, a group with nothing chosen sends nothing (not `name=`).
    if (value === '') this.internals.setFormValue(null, '');
    const slots = [...this.renderRoot.querySelectorAll<HTMLSlotElement>('slot[data-index]')];
    for (const slot of slots) {
      const option = this.options[Number(slot.dataset.index)];
      slot.assign(...(option ? [option.element] : []));
    }
    for (const option of this.options) {
      if (option.divider) continue;
      // The follow-up of a disabled group is shown, but disabled like the group.
      const revealed = option.value === value && option.conditional && !this.disabled;
      this.syncConditional(option.element, revealed);
    }
  }

  /**
   * Disables the form controls in hidden conditional content, so they are neither submitted
   * nor validated, and gives back the ones it disabled when the content is revealed.
   */
  private syncConditional(element: PolisRadio, revealed: boolean): void {
    if (revealed) {
      this.release(element);
      return;
    }
    for (const control of element.querySelectorAll('*')) {
      if (!isFormControl(control)) continue;
      if (!control.hasAttribute('disabled')) {
        this.disabledByUs.add(control);
        control.setAttribute('disabled', '');
      }
    }
  }

  /** Enables again the controls in `root` (and `root` itself) that this group disabled. */
  private release(root: Element): void {
    for (const control of [root, ...root.querySelectorAll('*')]) {
      if (this.disabledByUs.has(control)) {
        this.disabledByUs.delete(control);
        control.removeAttribute('disabled');
      }
    }
  }

  private onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
  }

  protected override render() {
    const error = this.errorText;
    const legend = this.legend || this.label;
    const value = this.value;
    const layout = [this.inline ? 'options--inline' : '', this.small ? 'options--small' : '']
      .filter(Boolean)
      .join(' ');
    return html`
      <div part="base" class="field ${error ? 'field--error' : ''}">
        <fieldset part="fieldset" class="fieldset" aria-describedby=${this.describedBy}>
          ${legend ? html`<legend part="legend" class="legend">${legend}</legend>` : nothing}
          ${this.renderHint()} ${this.renderErrorMessage()}
          <div part="options" class="options ${layout}">
            ${this.options.map((option, index) => this.renderOption(option, index, value, error))}
          </div>
        </fieldset>
      </div>
    `;
  }

  private renderOption(option: Option, index: number, value: string, error: string) {
    if (option.divider) {
      return html`<div part="divider" class="divider">${this.localize.term('radiosDivider')}</div>`;
    }
    const checked = option.value === value;
    return html`
      <div part="option" class="option">
        <input
          part="control"
          class="input"
          type="radio"
          id="option-${index}"
          name=${this.uid}
          .value=${option.value}
          .checked=${live(checked)}
          ?required=${this.required}
          ?disabled=${this.isDisabled || option.disabled}
          aria-describedby=${option.hint ? `option-hint-${index}` : nothing}
          aria-invalid=${error ? 'true' : nothing}
          @input=${this.onInput}
          @change=${this.relayChange}
        /><span part="circle" class="circle" aria-hidden="true"></span>
        <label part="label" class="label" for="option-${index}">${option.label}</label>
        ${
          option.hint
            ? html`<div part="option-hint" class="option-hint" id="option-hint-${index}">${option.hint}</div>`
            : nothing
        }
      </div>
      ${
        option.conditional
          ? html`<div part="conditional" class="conditional" ?hidden=${!checked}>
              <slot data-index=${index}></slot>
            </div>`
          : nothing
      }
    `;
  }
}
