import { css } from 'lit';
import * as t from '../../styles/token-values.js';

export const fieldsetStyles = css`
  :host {
    display: block;
    margin-block-end: ${t.space6};
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
  }
  .fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  /* A legend does not wrap by default in some browsers; display: table lets it (WCAG 1.4.10). */
  .legend {
    box-sizing: border-box;
    display: table;
    max-inline-size: 100%;
    margin-block-end: ${t.space3};
    padding: 0;
    color: var(--polis-fieldset-legend-color, ${t.colorText});
    white-space: normal;
    overflow-wrap: break-word;
    font-weight: ${t.fontWeightBold};
    line-height: ${t.lineHeightHeading};
  }
  .legend--s {
    font-size: ${t.fontSize19};
  }
  .legend--m {
    font-size: ${t.fontSize24};
  }
  .legend--l {
    font-size: ${t.fontSize36};
  }
  .legend--xl {
    font-size: ${t.fontSize48};
  }
  /* Narrow screens: large legends step down so long questions still fit at 320 px. */
  @media (max-width: 40rem) {
    .legend--l {
      font-size: ${t.fontSize27};
    }
    .legend--xl {
      font-size: ${t.fontSize36};
    }
  }
  .heading {
    margin: 0;
    font: inherit;
  }
  @media (forced-colors: active) {
    .legend {
      color: CanvasText;
    }
  }
`;
