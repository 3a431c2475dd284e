import { css } from 'lit';
import * as t from '../../styles/token-values.js';

export const buttonStyles = css`
  :host {
    display: inline-block;
    margin-block-end: ${t.space6};
    vertical-align: top;
    max-inline-size: 100%;
  }
  .button {
    --_bg: var(--polis-button-background, ${t.buttonPrimaryBackground});
    --_bg-hover: var(--polis-button-background-hover, ${t.buttonPrimaryBackgroundHover});
    --_text: var(--polis-button-text, ${t.buttonPrimaryText});
    --_shadow: ${t.colorActionShadow};
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: ${t.space2};
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 2.75rem;
    margin: 0 0 2px;
    padding: ${t.space2} ${t.space3} calc(${t.space2} - 2px);
    border: ${t.borderWidth} solid transparent;
    border-radius: ${t.radius};
    background: var(--_bg);
    box-shadow: 0 2px 0 var(--_shadow);
    color: var(--_text);
    font: inherit;
    font-size: ${t.fontSize19};
    line-height: 1.1875;
    font-weight: ${t.fontWeightRegular};
    text-align: center;
    text-decoration: none;
    letter-spacing: inherit;
    word-spacing: inherit;
    cursor: pointer;
    -webkit-appearance: none;
    appearance: none;
  }
  .button:hover {
    background: var(--_bg-hover);
  }
  .button:active {
    top: 2px;
  }
  .button:focus {
    outline: ${t.focusWidth} solid transparent;
  }
  .button:focus-visible,
  .button:focus:not(:active):not(:hover) {
    border-color: ${t.focusRingColor};
    background: ${t.focusRingColor};
    box-shadow:
      inset 0 0 0 1px ${t.focusRingColor},
      0 2px 0 ${t.focusOutlineColor};
    color: ${t.colorFocusText};
  }
  .button:focus:not(:focus-visible) {
    border-color: transparent;
    background: var(--_bg);
    box-shadow: 0 2px 0 var(--_shadow);
    color: var(--_text);
  }
  .button--secondary {
    --_bg: var(--polis-button-background, ${t.buttonSecondaryBackground});
    --_bg-hover: var(--polis-button-background-hover, ${t.colorSecondaryHover});
    --_text: var(--polis-button-text, ${t.buttonSecondaryText});
    --_shadow: ${t.colorSecondaryShadow};
  }
  .button--warning {
    --_bg: var(--polis-button-background, ${t.buttonWarningBackground});
    --_bg-hover: var(--polis-button-background-hover, ${t.colorWarningHover});
    --_text: var(--polis-button-text, ${t.buttonWarningText});
    --_shadow: ${t.colorWarningShadow};
  }
  .button--start {
    font-weight: ${t.fontWeightBold};
    font-size: ${t.fontSize24};
    line-height: 1;
  }
  .start-icon {
    flex: 0 0 auto;
    inline-size: 1em;
    block-size: 1em;
    fill: currentColor;
  }
  :host(:dir(rtl)) .start-icon {
    transform: scaleX(-1);
  }
  .button[aria-disabled='true'],
  .button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .button[aria-disabled='true']:hover,
  .button:disabled:hover {
    background: var(--_bg);
  }
  .button[aria-disabled='true']:active,
  .button:disabled:active {
    top: 0;
  }
  /* Full width on small screens, where a wide target is easier to hit. */
  @media (max-width: 40rem) {
    :host {
      display: block;
    }
  }
  @media (min-width: 40.0625rem) {
    .button {
      inline-size: auto;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button:focus-visible {
      outline: ${t.focusWidth} solid Highlight;
      outline-offset: 2px;
    }
    .button:disabled {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
