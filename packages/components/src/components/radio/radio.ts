import { html, type PropertyDeclarations } from 'lit';
import { PolisElement } from '../../base/polis-element.js';
import { radioStyles } from './radio.styles.js';

/**
 * Called on the parent of a `polis-radio` whenever one of its properties changes, so the
 * group re-renders its options. A symbol, not a tag name, so the two stay loosely coupled.
 */
export const radioChanged = Symbol('polis.radioChanged');

interface RadioParent {
  [radioChanged]?: () => void;
}

/**
 * One option of a `polis-radios` group. It holds data (value, label, hint, checked,
 * disabled) that the group reads to render a native radio button in its own shadow root;
 * the option itself renders only its conditional content, its children, which the group
 * shows under the option while it is chosen.
 *
 * With `divider`, it is not an option: the group shows the word "or" in its place.
 *
 * @summary One option of a set of radios, with optional follow-up content revealed when it is chosen.
 * @status stable
 * @since 0.3.0
 *
 * @slot - Conditional content: shown under the option only while it is chosen. Form controls in it are disabled (not submitted, not validated) while it is hidden.
 */
export class PolisRadio extends PolisElement {
  static override tagName = 'polis-radio';

  static override styles = radioStyles;

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    value: { reflect: true },
    label: {},
    hint: {},
    checked: { type: Boolean },
    disabled: { type: Boolean, reflect: true },
    divider: { type: Boolean, reflect: true },
  };

  /** The value submitted under the group's `name` when this option is chosen. */
  declare value: string;
  /** The visible text of the option, which names its radio button. */
  declare label: string;
  /** Hint text shown under the option's label and read after it. */
  declare hint: string;
  /** Chosen at first: sets the group's default value, which `form.reset()` restores (the group's own `value` attribute wins). */
  declare checked: boolean;
  /** This option cannot be chosen. */
  declare disabled: boolean;
  /** Not an option: shows the word "or" (translated) between options. */
  declare divider: boolean;

  constructor() {
    super();
    this.value = '';
    this.label = '';
    this.hint = '';
    this.checked = false;
    this.disabled = false;
    this.divider = false;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    (this.parentElement as (HTMLElement & RadioParent) | null)?.[radioChanged]?.();
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
