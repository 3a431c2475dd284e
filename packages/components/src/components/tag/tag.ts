import { html, type PropertyDeclarations } from 'lit';
import { PolisElement } from '../../base/polis-element.js';
import { oneOf } from '../../base/enum.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { tagStyles } from './tag.styles.js';

/** The colours a tag can take. Colour only reinforces the status: the text must say it. */
export const TAG_COLORS = [
  'grey',
  'green',
  'turquoise',
  'blue',
  'light-blue',
  'purple',
  'pink',
  'red',
  'orange',
  'yellow',
] as const;
export type TagColor = (typeof TAG_COLORS)[number];

/**
 * A short label that tells people the status of something, such as "Completed" or
 * "Cannot start yet". The text says the status; the colour only reinforces it.
 *
 * @summary Shows the status of something in a word or two, in text that colour only reinforces.
 * @status stable
 * @since 0.2.0
 *
 * @slot - The status, in a word or two of plain text.
 * @csspart base - The coloured label around the text.
 * @cssprop --polis-tag-background - Background colour of this tag, whatever its `color`.
 * @cssprop --polis-tag-text - Text colour of this tag, whatever its `color`.
 */
export class PolisTag extends PolisElement {
  static override tagName = 'polis-tag';

  static override styles = [baseStyles, tagStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    color: { reflect: true },
  };

  /**
   * `grey` (default), `green`, `turquoise`, `blue`, `light-blue`, `purple`, `pink`, `red`,
   * `orange` or `yellow`. Every colour's text reaches 4.5:1 on its background in every theme
   * (7:1 in high contrast).
   */
  declare color: TagColor;

  constructor() {
    super();
    this.color = 'grey';
  }

  protected override render() {
    const color = oneOf(this, 'color', this.color, TAG_COLORS, 'grey');
    return html`<span part="base" class="tag tag--${color}"><slot></slot></span>`;
  }
}
