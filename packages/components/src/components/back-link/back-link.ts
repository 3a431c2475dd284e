import { html } from 'lit';
import { PolisElement } from '../../base/polis-element.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { backLinkStyles } from './back-link.styles.js';

/**
 * TODO: one sentence on what it is.
 *
 * @summary TODO: what it helps people do.
 * @status draft
 * @since TODO
 *
 * @csspart base - The outer wrapper.
 */
export class PolisBackLink extends PolisElement {
  static override tagName = 'polis-back-link';

  static override styles = [baseStyles, backLinkStyles];

  protected override render() {
    return html`<div part="base"><slot></slot></div>`;
  }
}
