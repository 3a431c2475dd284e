import { css } from 'lit';
import * as t from '@polis-ds/components/tokens';

export const consentSettingsStyles = css`
  :host {
    display: block;
    margin-block-end: ${t.space6};
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
  }
  .form {
    margin: 0;
  }
  .heading {
    margin-block: 0 ${t.space4};
    font-size: ${t.fontSize24};
    line-height: ${t.lineHeightHeading};
    font-weight: ${t.fontWeightBold};
    overflow-wrap: break-word;
  }
  .subheading {
    margin-block: 0 ${t.space3};
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
    font-weight: ${t.fontWeightBold};
    overflow-wrap: break-word;
  }
  .necessary {
    max-inline-size: 40em;
    margin-block-end: ${t.space6};
  }
  .necessary p {
    margin-block: 0;
    overflow-wrap: break-word;
  }
`;
