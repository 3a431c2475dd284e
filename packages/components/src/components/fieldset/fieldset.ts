import { nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { html } from 'lit/static-html.js';
import { PolisElement } from '../../base/polis-element.js';
import { oneOf } from '../../base/enum.js';
import { headingTag } from '../../base/heading.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { fieldsetStyles } from './fieldset.styles.js';

/** The sizes of the legend: small, medium (default), large, extra large. */
export const FIELDSET_LEGEND_SIZES = ['s', 'm', 'l', 'xl'] as const;
export type FieldsetLegendSize = (typeof FIELDSET_LEGEND_SIZES)[number];

/**
 * Groups related form controls under a legend, such as the lines of an address.
 *
 * @summary Groups related questions under one legend, which can be the page heading.
 * @status stable
 * @since 0.3.0
 *
 * @slot - The form controls of the group.
 *
 * @csspart base - The `<fieldset>`.
 * @csspart legend - The `<legend>`.
 * @csspart heading - The `<h1>`–`<h6>` inside the legend, with `heading-level`.
 *
 * @cssprop --polis-fieldset-legend-color - Colour of the legend text.
 */
export class PolisFieldset extends PolisElement {
  static override tagName = 'polis-fieldset';

  static override styles = [baseStyles, fieldsetStyles];

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    legend: {},
    legendSize: { attribute: 'legend-size', reflect: true },
    headingLevel: { attribute: 'heading-level' },
  };

  /** The text of the legend: the question or the name of the group. */
  declare legend: string;
  /** The size of the legend: `s`, `m` (default), `l` or `xl`. Use `l` or `xl` for a page heading. */
  declare legendSize: FieldsetLegendSize;
  /**
   * Puts the legend text in a real heading of this level (`1` to `6`), for a question that is
   * also the page heading. No heading when left out.
   */
  declare headingLevel: string | undefined;

  constructor() {
    super();
    this.legend = '';
    this.legendSize = 'm';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('legendSize')) {
      this.legendSize = oneOf(this, 'legend-size', this.legendSize, FIELDSET_LEGEND_SIZES, 'm');
    }
  }

  // The heading tag is a lit/static-html literal from headingTag() (h1 to h6, never user
  // input), which the lit lint rules cannot see.
  /* eslint-disable lit/binding-positions, lit/no-invalid-html */
  protected override render() {
    const level = this.headingLevel?.trim();
    const tag = level ? headingTag(this, level, '1') : null;
    const legend = this.legend
      ? html`<legend part="legend" class="legend legend--${this.legendSize}">
          ${tag ? html`<${tag} part="heading" class="heading">${this.legend}</${tag}>` : this.legend}
        </legend>`
      : nothing;
    return html`<fieldset part="base" class="fieldset">${legend}<slot></slot></fieldset>`;
  }
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
}
