import { css } from 'lit';
import * as t from '@polis-ds/components/tokens';

export const promptListStyles = css`
  :host {
    display: block;
    margin-block-end: ${t.space6};
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
  }
  .heading {
    margin-block: 0 ${t.space4};
    font-size: ${t.fontSize24};
    line-height: ${t.lineHeightHeading};
    font-weight: ${t.fontWeightBold};
    overflow-wrap: break-word;
  }
  /* Focus comes here only when the last prompt was hidden, so a screen reader reads where it is. */
  .heading:focus {
    outline: ${t.focusWidth} solid ${t.focusRingColor};
    outline-offset: 2px;
  }
  .intro,
  .message,
  .settings {
    max-inline-size: 40em;
    margin-block: 0 ${t.space4};
  }
  .items {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item polis-service-prompt {
    margin-block-end: ${t.space4};
  }
  @media (forced-colors: active) {
    .heading:focus {
      outline-color: Highlight;
    }
  }
`;
