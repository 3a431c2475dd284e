import { css } from 'lit';
import * as t from '../../styles/token-values.js';

export const stepIndicatorStyles = css`
  :host {
    display: block;
    margin-block-end: ${t.space1};
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
  }
  /* Inside a heading (as its caption) it takes the heading's margins, not its own. */
  .step-indicator {
    container-type: inline-size;
  }
  .steps {
    display: flex;
    gap: ${t.space2};
    margin-block: 0 ${t.space4};
    margin-inline: 0;
    padding: 0;
    list-style: none;
    font-size: ${t.fontSize16};
    line-height: 1.25;
  }
  /* A bar over each step: filled up to the current step, a faint track after it. */
  .step {
    display: flex;
    flex: 1 1 0;
    gap: ${t.space1};
    min-inline-size: 0;
    padding-block-start: ${t.space2};
    border-block-start: 5px solid ${t.colorBorderSubtle};
    color: ${t.colorTextSecondary};
    overflow-wrap: anywhere;
  }
  .step--done,
  .step--current {
    border-block-start-color: ${t.colorLink};
  }
  .step--current {
    color: ${t.colorText};
    font-weight: ${t.fontWeightBold};
  }
  .number {
    flex: none;
    font-weight: ${t.fontWeightBold};
  }
  .name {
    min-inline-size: 0;
  }
  .text {
    display: block;
    color: ${t.colorTextSecondary};
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
    font-weight: ${t.fontWeightRegular};
    overflow-wrap: break-word;
  }
  /* Narrow screens and large text: the list collapses to the text alone. */
  @container (width < 30rem) {
    .steps {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .step {
      border-block-start-color: GrayText;
      color: CanvasText;
    }
    .step--done,
    .step--current {
      border-block-start-color: CanvasText;
    }
  }
`;
