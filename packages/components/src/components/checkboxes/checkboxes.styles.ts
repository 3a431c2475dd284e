import { css } from 'lit';
import * as t from '../../styles/token-values.js';

/**
 * The group frame: fieldset, legend and the "or" divider. Items, with their forced-colours
 * rules, come from the checkbox styles; the error bar from `fieldStyles`.
 */
export const checkboxesStyles = css`
  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  fieldset.field--error {
    padding-inline-start: ${t.space3};
  }
  /* Floated, the legend sits inside the fieldset's box, so the error bar runs beside it too. */
  .legend {
    box-sizing: border-box;
    float: inline-start;
    inline-size: 100%;
    padding: 0;
    margin-block-end: ${t.space3};
    white-space: normal;
  }
  .legend ~ * {
    clear: both;
  }
  .items {
    display: block;
  }
  .divider {
    inline-size: 40px;
    margin-block-end: ${t.space2};
    text-align: center;
  }
  .size-small .divider {
    inline-size: 24px;
    margin-block-end: ${t.space2};
  }
`;
