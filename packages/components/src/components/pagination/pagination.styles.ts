import { css } from 'lit';
import * as t from '../../styles/token-values.js';

export const paginationStyles = css`
  :host {
    display: block;
    margin-block-end: ${t.space6};
  }
`;
