import { css } from 'lit';
import * as t from '../../styles/token-values.js';

export const selectStyles = css`
  .select {
    box-sizing: border-box;
    /* As wide as its options need, at least 11.5em, never wider than the screen (WCAG 1.4.10). */
    min-inline-size: min(11.5em, 100%);
    max-inline-size: 100%;
    min-block-size: 2.5em;
    margin: 0;
    padding: ${t.space1};
    border: ${t.borderWidth} solid var(--polis-select-border-color, ${t.inputBorderColor});
    border-radius: ${t.radius};
    background: var(--polis-select-background, ${t.inputBackground});
    color: ${t.colorText};
    font: inherit;
    /* Text spacing (WCAG 1.4.12): let people's own spacing settings reach the field. */
    letter-spacing: inherit;
    word-spacing: inherit;
    /* The browser keeps its own arrow: no image is needed, so nothing is fetched or inlined. */
  }
  .select:focus {
    outline: ${t.focusWidth} solid ${t.focusRingColor};
    outline-offset: 0;
    box-shadow: inset 0 0 0 ${t.borderWidth} ${t.focusOutlineColor};
  }
  .select:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .select[aria-invalid='true'] {
    border-color: ${t.inputErrorBorderColor};
  }
  .select[aria-invalid='true']:focus {
    border-color: ${t.focusOutlineColor};
  }
  @media (forced-colors: active) {
    .select {
      border-color: ButtonText;
    }
    .select:focus {
      outline-color: Highlight;
    }
    .select[aria-invalid='true'] {
      border-style: dashed;
    }
    .select:disabled {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
