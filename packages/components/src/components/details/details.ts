import { html } from 'lit';
import { PolisElement } from '../../base/polis-element.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { detailsStyles } from './details.styles.js';

/**
 * TODO: one sentence on what it is.
 *
 * @summary TODO: what it helps people do.
 * @status draft
 * @since TODO
 *
 * @csspart base - The outer wrapper.
 */
export class PolisDetails extends PolisElement {
  static override tagName = 'polis-details';

  static override styles = [baseStyles, detailsStyles];

  protected override render() {
    return html`<div part="base"><slot></slot></div>`;
  }
}
