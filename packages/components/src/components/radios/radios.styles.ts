import { css } from 'lit';
import * as t from '../../styles/token-values.js';

/*
 * Each option is a native radio button laid over a circle drawn by a span beside it, in the
 * same grid cell: the input keeps its native keyboard behaviour and is the click target
 * (44 by 44 px, 24 by 24 px when small), the label makes the target wider still, and the span
 * (which lets clicks through) draws the circle and, when chosen, the dot as its content-box
 * background. Nothing is positioned and nothing is hidden with opacity: a positioned box or
 * an opacity layer per option made every frame of a long form slower to paint (typing into a
 * form of 1,500 options cost 1.8 times plain HTML). In forced colours the circle keeps its
 * own system colours (`forced-color-adjust: none`), so the dot stays visible.
 */
export const radiosStyles = css`
  .fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .legend {
    box-sizing: border-box;
    display: table;
    max-inline-size: 100%;
    margin-block-end: ${t.space3};
    padding: 0;
    font-weight: ${t.fontWeightBold};
    white-space: normal;
    overflow-wrap: break-word;
  }
  .options {
    --_size: 40px;
    --_target: 44px;
    --_dot: 10px;
    --_gap: 10px;
    display: block;
  }
  .options--small {
    --_size: 24px;
    --_target: 24px;
    --_dot: 6px;
    --_gap: 4px;
  }
  .option {
    display: grid;
    grid-template-columns: var(--_size) minmax(0, 1fr);
    align-items: start;
    min-block-size: var(--_size);
    margin-block-end: var(--_gap);
    clear: both;
  }
  .input,
  .circle {
    grid-area: 1 / 1;
  }
  .input {
    box-sizing: border-box;
    inline-size: var(--_target);
    block-size: var(--_target);
    /* Centred on the circle, but never before the option's start edge (no sideways scroll). */
    margin-block: calc((var(--_size) - var(--_target)) / 2);
    margin-inline: 0 calc(var(--_size) - var(--_target));
    padding: 0;
    border: 0;
    background: transparent;
    appearance: none;
    outline: 0;
    cursor: pointer;
  }
  .circle {
    --_border: ${t.borderWidth};
    box-sizing: border-box;
    inline-size: var(--_size);
    block-size: var(--_size);
    padding: calc(var(--_size) / 2 - var(--_border) - var(--_dot));
    border: var(--_border) solid var(--polis-radios-border-color, ${t.inputBorderColor});
    border-radius: 50%;
    background: ${t.inputBackground};
    color: ${t.colorText};
    pointer-events: none;
  }
  .input:checked + .circle {
    background:
      linear-gradient(currentColor, currentColor) content-box,
      ${t.inputBackground};
  }
  .input:focus-visible + .circle {
    --_border: 4px;
    /* Transparent outline: invisible normally, drawn in the system colour in forced colours. */
    outline: ${t.focusWidth} solid transparent;
    outline-offset: 1px;
    box-shadow: 0 0 0 ${t.focusWidth} ${t.focusRingColor};
  }
  .label {
    grid-column: 2;
    justify-self: start;
    box-sizing: border-box;
    max-inline-size: 100%;
    margin-block: 0;
    padding-block: calc((var(--_size) - 1lh) / 2);
    padding-inline: ${t.space3};
    cursor: pointer;
    touch-action: manipulation;
    overflow-wrap: break-word;
  }
  .input:disabled,
  .input:disabled ~ .label {
    cursor: not-allowed;
  }
  .input:disabled + .circle,
  .input:disabled ~ .label {
    opacity: 0.5;
  }
  .option-hint {
    grid-column: 2;
    display: block;
    padding-inline: ${t.space3};
    color: ${t.colorTextSecondary};
    overflow-wrap: break-word;
  }
  .divider {
    inline-size: var(--_size);
    margin-block-end: var(--_gap);
    text-align: center;
  }
  .conditional {
    margin-block-end: ${t.space4};
    margin-inline-start: calc(var(--_size) / 2 - 2px);
    padding-inline-start: calc(var(--_size) / 2 + ${t.space3});
    border-inline-start: 4px solid var(--polis-radios-conditional-border-color, ${t.colorBorder});
  }
  .conditional[hidden] {
    display: none;
  }
  /* Inline: a row that wraps; conditional content takes a line of its own. */
  .options--inline {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    column-gap: ${t.space4};
  }
  .options--inline .divider {
    inline-size: auto;
    padding-block: calc((var(--_size) - 1lh) / 2);
  }
  .options--inline .conditional {
    flex-basis: 100%;
  }
  /* Too narrow for a row: stack the options. */
  @media (max-width: 20rem) {
    .options--inline {
      display: block;
    }
    .options--inline .divider {
      inline-size: var(--_size);
    }
  }
  @media (forced-colors: active) {
    .circle {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .input:checked + .circle {
      background:
        linear-gradient(CanvasText, CanvasText) content-box,
        Canvas;
    }
    .input:focus-visible + .circle {
      outline-color: Highlight;
      box-shadow: none;
    }
    .input:disabled ~ .label {
      color: GrayText;
    }
    .input:disabled + .circle {
      border-color: GrayText;
      color: GrayText;
    }
    .input:disabled:checked + .circle {
      background:
        linear-gradient(GrayText, GrayText) content-box,
        Canvas;
    }
    .conditional {
      border-inline-start-color: CanvasText;
    }
  }
`;
