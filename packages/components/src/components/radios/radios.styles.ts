import { css } from 'lit';
import * as t from '../../styles/token-values.js';

/*
 * Each option is a native radio button, made transparent and laid over a circle drawn by its
 * label: the input keeps its native keyboard behaviour and is the click target (44 by 44 px,
 * 24 by 24 px when small), and the label makes the target wider still. The circle and dot are
 * borders, not backgrounds or shadows, so they stay visible in forced-colours mode.
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
    position: relative;
    display: block;
    min-block-size: var(--_size);
    margin-block-end: var(--_gap);
    padding-inline-start: var(--_size);
    clear: both;
  }
  .input {
    position: absolute;
    z-index: 1;
    inset-block-start: calc((var(--_size) - var(--_target)) / 2);
    /* Never before the option's start edge, so it cannot push a narrow page sideways. */
    inset-inline-start: max(0px, calc((var(--_size) - var(--_target)) / 2));
    inline-size: var(--_target);
    block-size: var(--_target);
    margin: 0;
    /* Transparent without opacity: an opacity layer per option made every frame of a long
       form slower to paint (typing at N = 500: 1.8 x plain HTML). */
    appearance: none;
    border: 0;
    background: transparent;
    outline: 0;
    cursor: pointer;
  }
  .label {
    display: inline-block;
    box-sizing: border-box;
    max-inline-size: 100%;
    margin-block: 0;
    padding-block: calc((var(--_size) - 1lh) / 2);
    padding-inline: ${t.space3};
    cursor: pointer;
    touch-action: manipulation;
    overflow-wrap: break-word;
  }
  .label::before {
    content: '';
    box-sizing: border-box;
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    inline-size: var(--_size);
    block-size: var(--_size);
    border: ${t.borderWidth} solid var(--polis-radios-border-color, ${t.inputBorderColor});
    border-radius: 50%;
    background: ${t.inputBackground};
  }
  /* The dot exists only while checked: no hidden box per option to paint. */
  .label::after {
    position: absolute;
    inset-block-start: calc(var(--_size) / 2 - var(--_dot));
    inset-inline-start: calc(var(--_size) / 2 - var(--_dot));
    inline-size: 0;
    block-size: 0;
    border: var(--_dot) solid currentColor;
    border-radius: 50%;
  }
  .input:checked + .label::after {
    content: '';
  }
  .input:focus-visible + .label::before {
    border-width: 4px;
    /* Transparent outline: invisible normally, drawn in the system colour in forced colours. */
    outline: ${t.focusWidth} solid transparent;
    outline-offset: 1px;
    box-shadow: 0 0 0 ${t.focusWidth} ${t.focusRingColor};
  }
  .input:disabled,
  .input:disabled + .label {
    cursor: not-allowed;
  }
  .input:disabled + .label {
    opacity: 0.5;
  }
  .option-hint {
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
    .label::before {
      border-color: CanvasText;
      background: Canvas;
    }
    .label::after {
      border-color: CanvasText;
    }
    .input:focus-visible + .label::before {
      outline-color: Highlight;
    }
    .input:disabled + .label,
    .input:disabled + .label::before,
    .input:disabled + .label::after {
      color: GrayText;
      border-color: GrayText;
    }
    .conditional {
      border-inline-start-color: CanvasText;
    }
  }
`;
