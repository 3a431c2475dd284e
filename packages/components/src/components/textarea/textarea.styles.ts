import { css } from 'lit';
import * as t from '../../styles/token-values.js';

export const textareaStyles = css`
  .textarea {
    display: block;
    box-sizing: border-box;
    inline-size: 100%;
    min-inline-size: 0;
    max-inline-size: 100%;
    min-block-size: 2.5em;
    margin: 0;
    padding: ${t.space1};
    border: ${t.borderWidth} solid var(--polis-textarea-border-color, ${t.inputBorderColor});
    border-radius: ${t.radius};
    background: var(--polis-textarea-background, ${t.inputBackground});
    color: ${t.colorText};
    font: inherit;
    line-height: inherit;
    /* Text spacing (WCAG 1.4.12): let people's own spacing settings reach the field. */
    letter-spacing: inherit;
    word-spacing: inherit;
    /* Taller, never wider: a wider field would scroll sideways on a small screen (1.4.10). */
    resize: vertical;
    appearance: none;
  }
  .textarea:focus {
    outline: ${t.focusWidth} solid ${t.focusRingColor};
    outline-offset: 0;
    box-shadow: inset 0 0 0 ${t.borderWidth} ${t.focusOutlineColor};
  }
  .textarea:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .textarea[aria-invalid='true'],
  .textarea--over {
    border-color: ${t.inputErrorBorderColor};
  }
  .textarea[aria-invalid='true']:focus,
  .textarea--over:focus {
    border-color: ${t.focusOutlineColor};
  }
  .count {
    margin-block-start: ${t.space1};
    color: ${t.colorTextSecondary};
    overflow-wrap: break-word;
  }
  .count--over {
    color: ${t.colorError};
    font-weight: ${t.fontWeightBold};
  }
  /* Below the threshold the count keeps its space, so the page does not jump when it shows. */
  .count--hidden {
    visibility: hidden;
  }
  @media (forced-colors: active) {
    .textarea:focus {
      outline-color: Highlight;
    }
    .textarea[aria-invalid='true'],
    .textarea--over {
      border-style: dashed;
    }
    .textarea:disabled {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
