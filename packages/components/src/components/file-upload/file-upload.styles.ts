import { css } from 'lit';
import * as t from '../../styles/token-values.js';

export const fileUploadStyles = css`
  .drop-zone {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${t.space2} ${t.space3};
    max-inline-size: 100%;
    padding: ${t.space3};
    border: ${t.borderWidth} dashed var(--polis-file-upload-drop-zone-border-color, ${t.inputBorderColor});
    border-radius: ${t.radius};
    background: var(--polis-file-upload-drop-zone-background, ${t.colorBackground});
  }
  /* Dragging over: solid, thicker border and an inset ring, not only a change of colour. */
  .drop-zone--active {
    border-style: solid;
    box-shadow: inset 0 0 0 ${t.focusWidth}
      var(--polis-file-upload-drop-zone-border-color, ${t.inputBorderColor});
    background: var(--polis-file-upload-drop-zone-active-background, ${t.colorSurface});
  }
  .chooser {
    position: relative;
    display: inline-flex;
    flex: 0 1 auto;
    max-inline-size: 100%;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    max-inline-size: 100%;
    padding: ${t.space2} ${t.space3};
    border: ${t.borderWidth} solid transparent;
    border-radius: ${t.radius};
    background: ${t.buttonSecondaryBackground};
    box-shadow: 0 2px 0 ${t.colorSecondaryShadow};
    color: ${t.buttonSecondaryText};
    line-height: 1.1875;
    text-align: center;
    overflow-wrap: anywhere;
  }
  /*
   * The native input lies over the button, invisible: clicks, keyboard, screen readers and
   * the label all reach a real file input, and the button only draws it.
   */
  .input {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    padding: 0;
    opacity: 0;
    cursor: pointer;
    font: inherit;
  }
  .input:hover + .button {
    background: ${t.buttonSecondaryBackgroundHover};
  }
  .input:focus + .button {
    border-color: ${t.focusRingColor};
    background: ${t.focusRingColor};
    box-shadow:
      inset 0 0 0 1px ${t.focusRingColor},
      0 2px 0 ${t.focusOutlineColor};
    color: ${t.colorFocusText};
  }
  .input:disabled {
    cursor: not-allowed;
  }
  .input:disabled + .button {
    opacity: 0.5;
  }
  .input[aria-invalid='true'] + .button {
    outline: ${t.borderWidth} solid ${t.inputErrorBorderColor};
    outline-offset: 2px;
  }
  .drop-text,
  .status {
    overflow-wrap: anywhere;
  }
  .status {
    flex-basis: 100%;
    color: ${t.colorTextSecondary};
  }
  .list {
    margin: ${t.space3} 0 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${t.space2} ${t.space3};
    padding-block: ${t.space2};
    border-block-end: ${t.borderWidthThin} solid ${t.colorBorder};
  }
  .item--error {
    padding-inline-start: ${t.space2};
    border-inline-start: ${t.borderWidth} solid ${t.colorError};
  }
  .file {
    flex: 1 1 12rem;
    min-inline-size: 0;
  }
  /* Isolated: a Latin file name in a right-to-left page stays one run, before its size. */
  .file-name,
  .file-size {
    unicode-bidi: isolate;
  }
  .file-name {
    font-weight: ${t.fontWeightBold};
    overflow-wrap: anywhere;
  }
  .file-size {
    margin-inline-start: ${t.space2};
    color: ${t.colorTextSecondary};
    white-space: nowrap;
  }
  .file-error {
    margin: ${t.space1} 0 0;
    color: ${t.colorError};
    font-weight: ${t.fontWeightBold};
    overflow-wrap: anywhere;
  }
  .remove {
    flex: 0 0 auto;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    margin: 0;
    padding: ${t.space2} ${t.space3};
    border: ${t.borderWidth} solid ${t.colorLink};
    border-radius: ${t.radius};
    background: ${t.colorBackground};
    color: ${t.colorLink};
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    cursor: pointer;
  }
  .remove:hover {
    color: ${t.colorLinkHover};
    border-color: ${t.colorLinkHover};
  }
  .remove:focus {
    outline: ${t.focusWidth} solid ${t.focusRingColor};
    outline-offset: 0;
    background: ${t.focusRingColor};
    border-color: ${t.focusOutlineColor};
    color: ${t.colorFocusText};
  }
  .remove:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    .drop-zone {
      border-color: CanvasText;
    }
    .drop-zone--active {
      border-width: ${t.focusWidth};
      box-shadow: none;
      outline: ${t.borderWidth} solid Highlight;
    }
    /* The drawn button keeps a button's system colours and border; its shadow is dropped. */
    .button,
    .input:focus + .button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .input:focus + .button {
      outline: ${t.focusWidth} solid Highlight;
      outline-offset: 2px;
    }
    .input:disabled + .button {
      border-color: GrayText;
      color: GrayText;
    }
    .input[aria-invalid='true'] + .button,
    .item--error {
      outline-style: dashed;
      border-inline-start-style: dashed;
    }
    .remove:focus {
      outline-color: Highlight;
    }
  }
`;
