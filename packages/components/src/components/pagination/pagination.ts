import { html } from 'lit';
import { PolisElement } from '../../base/polis-element.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { paginationStyles } from './pagination.styles.js';

/**
 * TODO: one sentence on what it is.
 *
 * @summary TODO: what it helps people do.
 * @status draft
 * @since TODO
 *
 * @csspart base - The outer wrapper.
 */
export class PolisPagination extends PolisElement {
  static override tagName = 'polis-pagination';

  static override styles = [baseStyles, paginationStyles];

  protected override render() {
    return html`<div part="base"><slot></slot></div>`;
  }
}
