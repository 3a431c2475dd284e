import { css } from 'lit';
import * as t from '../../styles/token-values.js';

export const toastStyles = css`
  :host {
    display: block;
    max-inline-size: 100%;
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
  }
  .toast {
    --_accent: var(--polis-toast-accent, ${t.colorAction});
    display: flex;
    align-items: flex-start;
    gap: ${t.space2};
    padding-block: ${t.space2};
    padding-inline: ${t.space3} ${t.space1};
    border: ${t.borderWidth} solid var(--_accent);
    border-inline-start-width: 6px;
    border-radius: ${t.radius};
    background: var(--polis-toast-background, ${t.colorBackground});
    box-shadow: 0 2px 6px rgb(0 0 0 / 25%);
    color: ${t.colorText};
    overflow-wrap: break-word;
    animation: polis-toast-in 200ms ease-out;
  }
  .toast--success {
    --_accent: var(--polis-toast-accent, ${t.colorSuccess});
  }
  .toast--warning {
    --_accent: var(--polis-toast-accent, ${t.colorYellow500});
  }
  .toast--error {
    --_accent: var(--polis-toast-accent, ${t.colorError});
  }
  .icon {
    flex: 0 0 auto;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin-block-start: 0.1em;
    color: var(--_accent);
    fill: currentColor;
  }
  /* A yellow icon would not have enough contrast on white: the warning triangle uses the text colour. */
  .toast--warning .icon {
    color: ${t.colorText};
  }
  .content {
    flex: 1 1 auto;
    min-inline-size: 0;
    align-self: center;
  }
  .heading {
    margin: 0 0 ${t.space1};
    font-weight: ${t.fontWeightBold};
  }
  .message ::slotted(*) {
    margin-block: 0;
  }
  .close {
    flex: 0 0 auto;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    margin-block: calc(-1 * ${t.space1});
    padding: 0;
    border: 0;
    border-radius: ${t.radius};
    background: transparent;
    color: ${t.colorText};
    font: inherit;
    cursor: pointer;
  }
  .close svg {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    fill: currentColor;
  }
  .close:hover {
    background: ${t.colorSurface};
  }
  .close:focus {
    outline: ${t.focusWidth} solid transparent;
  }
  .close:focus-visible {
    background: ${t.focusRingColor};
    box-shadow: inset 0 -4px 0 ${t.focusOutlineColor};
    color: ${t.colorFocusText};
  }
  /* Movement only, no fade: the text keeps its full contrast from the first frame. */
  @keyframes polis-toast-in {
    from {
      transform: translateY(0.75rem);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .toast {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .toast {
      border-color: CanvasText;
      box-shadow: none;
    }
    .icon,
    .toast--warning .icon {
      color: CanvasText;
    }
    .close {
      color: ButtonText;
      border: 1px solid ButtonText;
    }
    .close:focus-visible {
      outline: ${t.focusWidth} solid Highlight;
      outline-offset: 1px;
    }
  }
`;
