import { css } from 'lit';
import * as t from '../../styles/token-values.js';

export const exitThisPageStyles = css`
  :host {
    display: block;
    margin-block-end: ${t.space6};
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
  }
  /*
   * Sticky only when asked for. It stays above the page's content, and the element scrolls
   * anything that takes focus out from under it (WCAG 2.4.11 Focus Not Obscured).
   */
  :host([sticky]) {
    position: sticky;
    inset-block-start: 0;
    z-index: 1000;
  }
  /*
   * Full width, text at the start, while the element is narrower than 40rem; at the
   * inline end, as wide as its text, when it is wider. The spacer's basis is hugely positive
   * when the box is wide (it takes the free space and pushes the button to the end) and
   * clamped to 0 when it is narrow (the button grows to fill the line). It reads the
   * element's own width, so it works in a narrow column too, and at 200% text (rem).
   */
  .base {
    display: flex;
    align-items: flex-start;
  }
  .spacer {
    flex: 0 1 calc((100% - 40rem) * 999);
  }
  .button {
    --_bg: var(--polis-exit-this-page-background, ${t.buttonWarningBackground});
    flex: 1 0 auto;
    position: relative;
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-start;
    column-gap: ${t.space3};
    row-gap: ${t.space1};
    max-inline-size: 100%;
    min-block-size: 2.75rem;
    margin: 0 0 2px;
    padding-block: ${t.space2} calc(${t.space2} - 2px);
    padding-inline: ${t.space3};
    border: ${t.borderWidth} solid transparent;
    border-radius: ${t.radius};
    background: var(--_bg);
    box-shadow: 0 2px 0 ${t.colorWarningShadow};
    color: ${t.buttonWarningText};
    font: inherit;
    font-size: ${t.fontSize19};
    line-height: 1.1875;
    font-weight: ${t.fontWeightBold};
    letter-spacing: inherit;
    word-spacing: inherit;
    text-align: start;
    overflow-wrap: anywhere;
    cursor: pointer;
    -webkit-appearance: none;
    appearance: none;
  }
  .button:hover {
    background: var(--polis-exit-this-page-background, ${t.colorWarningHover});
  }
  .button:active {
    inset-block-start: 2px;
  }
  .button:focus {
    outline: ${t.focusWidth} solid transparent;
  }
  .button:focus-visible {
    border-color: ${t.focusRingColor};
    background: ${t.focusRingColor};
    box-shadow:
      inset 0 0 0 1px ${t.focusRingColor},
      0 2px 0 ${t.focusOutlineColor};
    color: ${t.colorFocusText};
  }
  .text {
    min-inline-size: 0;
  }
  /* Three dots, filled one by one as Shift is pressed. Drawn with borders so forced colours keep them. */
  .indicator {
    display: inline-flex;
    gap: ${t.space1};
  }
  .indicator[hidden] {
    display: none;
  }
  .dot {
    inline-size: 0.625rem;
    block-size: 0.625rem;
    border: 2px solid currentColor;
    border-radius: 50%;
  }
  .dot--on {
    border-width: 0.3125rem;
  }
  /*
   * The blank screen that hides the page while the browser replaces it: a modal dialog in the
   * top layer, filling the window, opaque, backdrop included.
   */
  .overlay {
    position: fixed;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    padding: ${t.space6};
    border: 0;
    background: ${t.colorBackground};
    color: ${t.colorText};
  }
  .overlay:focus {
    outline: none;
  }
  .overlay::backdrop {
    background: ${t.colorBackground};
  }
  .loading {
    margin: 0;
    font-size: ${t.fontSize19};
  }
  @media (prefers-reduced-motion: reduce) {
    .button:active {
      inset-block-start: 0;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
      color: ButtonText;
    }
    .button:focus-visible {
      outline: ${t.focusWidth} solid Highlight;
      outline-offset: 2px;
      color: ButtonText;
    }
    .dot {
      border-color: ButtonText;
    }
    .overlay,
    .overlay::backdrop {
      background: Canvas;
      color: CanvasText;
    }
  }
`;
