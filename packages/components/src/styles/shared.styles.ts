import { css } from 'lit';
import * as t from './token-values.js';

/**
 * Styles every Polis element shares: box model, typography, hidden, visually hidden, and a
 * focus indicator that survives forced colours.
 */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
    font-family: ${t.fontFamily};
    color: ${t.colorText};
    -webkit-font-smoothing: antialiased;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* Read by screen readers, not shown: the "Error:" prefix, link context. */
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
    user-select: none;
  }
  /*
   * Forced colours (Windows High Contrast) drop box-shadows and author colours, which is how
   * most focus states are drawn. An outline in the system highlight colour stays: this is the
   * floor for anything focusable in any Polis shadow root; components refine it (offsets,
   * pseudo-elements drawn in place of hidden native inputs).
   */
  @media (forced-colors: active) {
    :focus-visible {
      outline: ${t.focusWidth} solid Highlight;
    }
  }
`;

/** The field frame shared by form controls: label, hint, error message. */
export const fieldStyles = css`
  :host {
    display: block;
    margin-block-end: ${t.space6};
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
  }
  .field--error {
    padding-inline-start: ${t.space3};
    border-inline-start: 5px solid ${t.colorError};
  }
  .label {
    display: block;
    margin-block-end: ${t.space1};
    font-weight: ${t.fontWeightRegular};
    overflow-wrap: break-word;
  }
  .hint {
    display: block;
    margin-block-end: ${t.space3};
    color: ${t.colorTextSecondary};
    overflow-wrap: break-word;
  }
  .error-message {
    display: block;
    margin-block: 0 ${t.space3};
    color: ${t.colorError};
    font-weight: ${t.fontWeightBold};
    overflow-wrap: break-word;
  }
  @media (forced-colors: active) {
    .field--error {
      border-inline-start-color: CanvasText;
    }
  }
`;

/**
 * The states every text-like native control (`.input`) shares: the focus ring (yellow
 * outline with a dark inner line), disabled, and the error border, also under forced
 * colours. Each control sets its own box, size and colours.
 */
export const inputStateStyles = css`
  .input:focus {
    outline: ${t.focusWidth} solid ${t.focusRingColor};
    outline-offset: 0;
    box-shadow: inset 0 0 0 ${t.borderWidth} ${t.focusOutlineColor};
  }
  .input:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .input[aria-invalid='true'] {
    border-color: ${t.inputErrorBorderColor};
  }
  .input[aria-invalid='true']:focus {
    border-color: ${t.focusOutlineColor};
  }
  @media (forced-colors: active) {
    .input:focus {
      outline-color: Highlight;
    }
    /* The error colour is gone: a dashed border says "error" without it. */
    .input[aria-invalid='true'] {
      border-style: dashed;
    }
    .input:disabled {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
