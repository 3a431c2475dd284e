import { css } from 'lit';
import * as t from '../../styles/token-values.js';

export const insetTextStyles = css`
  :host {
    display: block;
    margin-block: ${t.space6};
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
  }
  .inset {
    /* Logical properties: the border sits where lines start, so it mirrors in RTL. */
    padding-block: ${t.space3};
    padding-inline: ${t.space4} 0;
    border-inline-start: 5px solid var(--polis-inset-text-border-color, ${t.colorBorder});
    overflow-wrap: break-word;
  }
  ::slotted(:first-child) {
    margin-block-start: 0;
  }
  ::slotted(:last-child) {
    margin-block-end: 0;
  }
  @media (forced-colors: active) {
    /* Keep the border: it is what sets the content apart. */
    .inset {
      border-inline-start-color: CanvasText;
    }
  }
`;
