import { html } from 'lit';
import { PolisElement } from '../../base/polis-element.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { warningTextStyles } from './warning-text.styles.js';

/**
 * Bold text with a "!" icon, for something people must know to avoid a consequence, such
 * as a fine. Screen readers hear a visually hidden "Warning" before the text, so the
 * meaning never depends on the icon, which is hidden from them.
 *
 * @summary Tells people about something important they must do or know, such as a legal consequence.
 * @status stable
 * @since 0.2.0
 *
 * @slot - The warning, in plain words: what will happen and what to do about it.
 * @csspart base - The box holding the icon and the text.
 * @csspart icon - The "!" icon (an inline SVG hidden from assistive technology).
 * @csspart text - The bold text, including the visually hidden "Warning" prefix.
 * @cssprop --polis-warning-text-icon-color - Colour of the icon's circle. Keep it at 3:1 or more against the page.
 */
export class PolisWarningText extends PolisElement {
  static override tagName = 'polis-warning-text';

  static override styles = [baseStyles, warningTextStyles];

  protected override render() {
    // The "!" is cut out of the circle (even-odd fill), so it shows the page through it:
    // correct in both themes and in forced colours, with no second colour to keep in step.
    return html`<div part="base" class="warning">
      <svg
        part="icon"
        class="icon"
        aria-hidden="true"
        focusable="false"
        viewBox="0 0 36 36"
        xmlns="http://www.w3.org/2000/svg"
      >
        <path
          fill-rule="evenodd"
          d="M18 0a18 18 0 1 1 0 36a18 18 0 1 1 0-36zM15.5 7h5l-1 15h-3zM18 25a2.75 2.75 0 1 1 0 5.5a2.75 2.75 0 1 1 0-5.5z"
        />
      </svg>
      <strong part="text" class="text"
        ><span class="visually-hidden">${this.localize.term('warning')} </span><slot></slot
      ></strong>
    </div>`;
  }
}
