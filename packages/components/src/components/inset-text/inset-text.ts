import { html } from 'lit';
import { PolisElement } from '../../base/polis-element.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { insetTextStyles } from './inset-text.styles.js';

/**
 * Sets a quotation, an example or extra information apart from the text around it, with
 * a border on the side where lines start (left in English, right in Arabic). It is purely
 * presentational: no role, nothing added for screen readers, so its content is read as
 * part of the page.
 *
 * @summary Sets content apart from the text around it, such as a quotation or an example.
 * @status stable
 * @since 0.2.0
 *
 * @slot - The content: text, or elements such as paragraphs and links.
 * @csspart base - The box with the border on the inline-start side.
 * @cssprop --polis-inset-text-border-color - Colour of the border.
 */
export class PolisInsetText extends PolisElement {
  static override tagName = 'polis-inset-text';

  static override styles = [baseStyles, insetTextStyles];

  protected override render() {
    return html`<div part="base" class="inset"><slot></slot></div>`;
  }
}
