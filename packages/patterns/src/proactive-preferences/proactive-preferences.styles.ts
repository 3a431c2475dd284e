import { css } from 'lit';
import * as t from '@polis-ds/components/tokens';

export const proactivePreferencesStyles = css`
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
  .subheading {
    margin-block: ${t.space6} ${t.space3};
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
    font-weight: ${t.fontWeightBold};
  }
  /* Focus comes here only after the last "Show again", so a screen reader reads where it is. */
  .subheading:focus {
    outline: ${t.focusWidth} solid ${t.focusRingColor};
    outline-offset: 2px;
  }
  .none,
  .note {
    max-inline-size: 40em;
    margin-block: 0 ${t.space4};
  }
  .note {
    color: ${t.colorTextSecondary};
  }
  .hidden-list {
    margin: 0 0 ${t.space4};
    padding: 0;
    list-style: none;
  }
  .hidden-item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${t.space2} ${t.space4};
    padding-block: ${t.space3};
    border-block-end: 1px solid ${t.colorBorderSubtle};
  }
  .hidden-item:first-child {
    border-block-start: 1px solid ${t.colorBorderSubtle};
  }
  .hidden-text {
    flex: 1 1 15em;
    min-inline-size: 0;
    overflow-wrap: break-word;
  }
  .hidden-title {
    display: block;
    font-weight: ${t.fontWeightBold};
  }
  .hidden-status {
    display: block;
    color: ${t.colorTextSecondary};
    font-size: ${t.fontSize16};
  }
  .show-again {
    margin-block-end: 0;
  }
  @media (forced-colors: active) {
    .subheading:focus {
      outline-color: Highlight;
    }
  }
`;
