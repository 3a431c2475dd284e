import { css } from 'lit';
import * as t from '../../styles/token-values.js';

export const errorSummaryStyles = css`
  :host {
    display: block;
  }
  .summary {
    margin-block-end: ${t.space6};
    padding: ${t.space3};
    border: 5px solid ${t.colorError};
    color: ${t.colorText};
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
  }
  .summary:focus {
    outline: ${t.focusWidth} solid ${t.focusRingColor};
    outline-offset: 0;
  }
  .heading {
    margin-block: 0 ${t.space3};
    font-size: ${t.fontSize24};
    line-height: ${t.lineHeightHeading};
    font-weight: ${t.fontWeightBold};
  }
  .body ::slotted(*) {
    margin-block: 0 ${t.space3};
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list li {
    margin-block-end: ${t.space1};
  }
  .list a,
  .list ::slotted(a) {
    color: ${t.colorError};
    font-weight: ${t.fontWeightBold};
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.1578em;
  }
  .list a:hover,
  .list ::slotted(a:hover) {
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  .list a:focus,
  .list ::slotted(a:focus) {
    outline: ${t.focusWidth} solid transparent;
    background: ${t.colorFocus};
    box-shadow:
      0 -2px ${t.colorFocus},
      0 4px ${t.colorFocusText};
    color: ${t.colorFocusText};
    text-decoration: none;
  }
  @media (forced-colors: active) {
    .summary {
      border-color: CanvasText;
    }
    .summary:focus {
      outline-color: Highlight;
    }
    .list a:focus,
    .list ::slotted(a:focus) {
      outline: ${t.focusWidth} solid Highlight;
    }
  }
`;
