import { css } from 'lit';
import * as t from '../../styles/token-values.js';

/**
 * One checkbox with its label and hint, shared by `polis-checkbox` and `polis-checkboxes`.
 * The native input is kept (transparent, 44 px square) over the box drawn by the label, so
 * the browser handles checking, focus and keyboard, and the target is larger than the box.
 * Wrap the items in `.size-small` for small checkboxes.
 */
export const checkboxItemStyles = css`
  .item {
    --_box: 40px;
    --_input-offset: -2px;
    position: relative;
    display: flex;
    flex-wrap: wrap;
    min-block-size: var(--_box);
    margin-block-end: ${t.space2};
    padding-inline-start: var(--_box);
    clear: both;
  }
  .item:last-child,
  .item:last-of-type {
    margin-block-end: 0;
  }
  .size-small .item {
    --_box: 24px;
    --_input-offset: -10px;
    /* Keeps the 44 px targets of neighbouring small checkboxes from overlapping. */
    margin-block-end: 20px;
  }
  .input {
    position: absolute;
    z-index: 1;
    inset-block-start: var(--_input-offset);
    /* Never before the item's start edge, so it cannot push a narrow page sideways. */
    inset-inline-start: max(0px, var(--_input-offset));
    inline-size: 44px;
    block-size: 44px;
    margin: 0;
    /* Transparent without opacity, which would give every checkbox a layer to paint. */
    appearance: none;
    border: 0;
    background: transparent;
    outline: 0;
    cursor: pointer;
  }
  .option-label {
    display: inline-block;
    align-self: flex-start;
    max-inline-size: calc(100% - 0px);
    margin-block: 0;
    padding-block: 8px 5px;
    padding-inline: 15px;
    cursor: pointer;
    touch-action: manipulation;
    overflow-wrap: anywhere;
  }
  .size-small .option-label {
    padding-block: 0;
    padding-inline: 12px;
  }
  /* The box. */
  .option-label::before {
    content: '';
    box-sizing: border-box;
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    inline-size: var(--_box);
    block-size: var(--_box);
    border: ${t.borderWidth} solid var(--polis-checkbox-border-color, ${t.colorText});
    background: var(--polis-checkbox-background, ${t.inputBackground});
  }
  /* The tick: two borders of a rotated rectangle, so it survives forced colours. */
  /* Drawn only while checked: no hidden, rotated box per checkbox to paint. */
  .option-label::after {
    box-sizing: content-box;
    position: absolute;
    inset-block-start: 11px;
    inset-inline-start: 9px;
    inline-size: 18px;
    block-size: 7px;
    transform: rotate(-45deg);
    border-style: solid;
    border-color: var(--polis-checkbox-border-color, ${t.colorText});
    border-width: 0 0 5px 5px; /* physical: a tick is not mirrored in right-to-left pages */
    background: transparent;
  }
  .size-small .option-label::after {
    inset-block-start: 6px;
    inset-inline-start: 6px;
    inline-size: 9px;
    block-size: 3.5px;
    border-width: 0 0 3px 3px; /* physical: a tick is not mirrored in right-to-left pages */
  }
  .input:checked + .option-label::after {
    content: '';
  }
  .input:focus + .option-label::before {
    border-width: 4px;
    /* Transparent outline: invisible normally, drawn in the system colour in forced colours. */
    outline: ${t.focusWidth} solid transparent;
    outline-offset: 1px;
    box-shadow: 0 0 0 ${t.focusWidth} ${t.focusRingColor};
  }
  .size-small .input:focus + .option-label::before {
    border-width: ${t.borderWidth};
  }
  .input:disabled,
  .input:disabled + .option-label {
    cursor: not-allowed;
  }
  .input:disabled + .option-label,
  .input:disabled ~ .option-hint {
    opacity: 0.5;
  }
  .option-hint {
    display: block;
    inline-size: 100%;
    margin-block-end: 0;
    padding-inline: 15px;
    color: ${t.colorTextSecondary};
    overflow-wrap: anywhere;
  }
  .size-small .option-hint {
    padding-inline: 12px;
  }
  .conditional {
    margin-block: ${t.space3};
    margin-inline-start: 18px;
    padding-inline-start: 33px;
    border-inline-start: 4px solid ${t.colorBorder};
  }
  .size-small .conditional {
    margin-inline-start: 10px;
    padding-inline-start: 22px;
  }
  .conditional[hidden] {
    display: none;
  }
  @media (forced-colors: active) {
    .option-label::before {
      border-color: CanvasText;
      background: Canvas;
    }
    .option-label::after {
      border-color: CanvasText;
    }
    .input:focus + .option-label::before {
      outline-color: Highlight;
    }
    .input:disabled + .option-label,
    .input:disabled ~ .option-hint {
      color: GrayText;
    }
    .input:disabled + .option-label::before,
    .input:disabled + .option-label::after {
      border-color: GrayText;
    }
    .conditional {
      border-inline-start-color: CanvasText;
    }
  }
`;

/** The standalone checkbox. */
export const checkboxStyles = css`
  /* As an option of polis-checkboxes, only the conditional content is rendered, by the group. */
  :host(:state(option)) {
    display: block;
    margin: 0;
  }
`;
