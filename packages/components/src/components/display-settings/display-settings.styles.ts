import { css } from 'lit';
import * as t from '../../styles/token-values.js';

export const displaySettingsStyles = css`
  :host {
    display: block;
    margin-block-end: ${t.space6};
    color: ${t.colorText};
  }
  .heading {
    margin-block: 0 ${t.space4};
    font-size: ${t.fontSize24};
    line-height: ${t.lineHeightHeading};
    font-weight: ${t.fontWeightBold};
  }
  .group {
    margin-block-end: ${t.space4};
  }
  .note {
    margin: 0;
    max-inline-size: 40em;
    font-size: ${t.fontSize16};
    line-height: ${t.lineHeightBody};
    color: ${t.colorTextSecondary};
  }
`;
