import { css } from 'lit';
import * as t from '../../styles/token-values.js';

/**
 * One checkbox with its label and hint, shared by `polis-checkbox` and `polis-checkboxes`.
 * The native input is kept (transparent, 44 px square) in the same grid cell as the box, a
 * span that lets clicks through, so the browser handles checking, focus and keyboard, and the
 * target is larger than the box. Nothing is positioned or hidden with opacity (each would give
 * every checkbox a layer to paint on every frame of a long form); the tick is drawn only while
 * checked. Wrap the items in `.size-small` for small checkboxes.
 */
export const checkboxItemStyles = css`
  .item {
    --_box: 40px;
    --_input-offset: -2px;
    display: grid;
    grid-template-columns: var(--_box) minmax(0, 1fr);
    align-items: start;
    min-block-size: var(--_box);
    margin-block-end: ${t.space2};
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
  .input,
  .box {
    grid-area: 1 / 1;
  }
  .input {
    box-sizing: border-box;
    inline-size: 44px;
    block-size: 44px;
    /* Centred on the box, but never before the item's start edge (no sideways scroll). */
    margin-block: var(--_input-offset);
    margin-inline: 0 calc(2 * var(--_input-offset));
    padding: 0;
    border: 0;
    background: transparent;
    appearance: none;
    outline: 0;
    cursor: pointer;
  }
  .box {
    display: grid;
    box-sizing: border-box;
    inline-size: var(--_box);
    block-size: var(--_box);
    border: ${t.borderWidth} solid var(--polis-checkbox-border-color, ${t.colorText});
    background: var(--polis-checkbox-background, ${t.inputBackground});
    pointer-events: none;
  }
  .option-label {
    grid-column: 2;
    justify-self: start;
    max-inline-size: 100%;
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
  /* The tick: two borders of a rotated rectangle, so it survives forced colours. */
  .input:checked + .box::after {
    content: '';
    box-sizing: content-box;
    place-self: center;
    inline-size: 18px;
    block-size: 7px;
    /* Its visual centre sits 3 px above the box's. */
    margin-block-end: 6px;
    transform: rotate(-45deg);
    border-style: solid;
    border-color: var(--polis-checkbox-border-color, ${t.colorText});
    border-width: 0 0 5px 5px; /* physical: a tick is not mirrored in right-to-left pages */
    background: transparent;
  }
  .size-small .input:checked + .box::after {
    inline-size: 9px;
    block-size: 3.5px;
    margin-block-end: 5.5px;
    border-width: 0 0 3px 3px; /* physical: a tick is not mirrored in right-to-left pages */
  }
  .input:focus + .box {
    border-width: 4px;
    /* Transparent outline: invisible normally, drawn in the system colour in forced colours. */
    outline: ${t.focusWidth} solid transparent;
    outline-offset: 1px;
    box-shadow: 0 0 0 ${t.focusWidth} ${t.focusRingColor};
  }
  .size-small .input:focus + .box {
    border-width: ${t.borderWidth};
  }
  .input:disabled,
  .input:disabled ~ .option-label {
    cursor: not-allowed;
  }
  .input:disabled + .box,
  .input:disabled ~ .option-label,
  .input:disabled ~ .option-hint {
    opacity: 0.5;
  }
  .option-hint {
    grid-column: 2;
    display: block;
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
    .box {
      border-color: CanvasText;
      background: Canvas;
    }
    .input:checked + .box::after {
      border-color: CanvasText;
    }
    .input:focus + .box {
      outline-color: Highlight;
    }
    .input:disabled ~ .option-label,
    .input:disabled ~ .option-hint {
      color: GrayText;
    }
    .input:disabled + .box,
    .input:disabled:checked + .box::after {
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
