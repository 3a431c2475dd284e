import { css } from 'lit';
import * as t from '../../styles/token-values.js';

/**
 * The "Show all sections" button (a native button that looks like a link, at least 44 px
 * tall, its chevron pointing down, up once every section is open) and the line under the
 * last section. Each section draws the line above itself.
 */
export const accordionStyles = css`
  :host {
    display: block;
    margin-block-end: ${t.space6};
    --_border: var(--polis-accordion-border-color, ${t.colorBorder});
  }
  .base {
    min-inline-size: 0;
  }
  .controls {
    margin-block-end: ${t.space2};
  }
  .show-all {
    display: inline-flex;
    align-items: center;
    gap: ${t.space2};
    max-inline-size: 100%;
    min-block-size: 2.75rem;
    margin: 0;
    padding-block: ${t.space1};
    padding-inline: 0;
    border: 0;
    border-radius: 0;
    background: transparent;
    color: ${t.colorLink};
    font: inherit;
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
    letter-spacing: inherit;
    word-spacing: inherit;
    text-align: start;
    cursor: pointer;
    -webkit-appearance: none;
    appearance: none;
  }
  .show-all-text {
    overflow-wrap: anywhere;
    text-underline-offset: 0.1578em;
  }
  .show-all:hover .show-all-text {
    color: ${t.colorLinkHover};
    text-decoration: underline;
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  .show-all:focus {
    outline: ${t.focusWidth} solid transparent;
  }
  .show-all:focus-visible {
    background-color: ${t.focusRingColor};
    box-shadow:
      0 -2px ${t.focusRingColor},
      0 4px ${t.focusOutlineColor};
    color: ${t.colorFocusText};
  }
  .show-all:focus-visible .show-all-text {
    color: ${t.colorFocusText};
    text-decoration: none;
  }
  .chevron {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
  }
  .show-all[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: transform 0.15s ease-in-out;
    }
  }
  .sections {
    border-block-end: 1px solid var(--_border);
  }
  @media (forced-colors: active) {
    .show-all {
      color: ButtonText;
    }
    .show-all:focus-visible {
      outline: ${t.focusWidth} solid Highlight;
      outline-offset: 0;
      background-color: ButtonFace;
      color: ButtonText;
    }
    .show-all:focus-visible .show-all-text {
      color: ButtonText;
    }
    .chevron {
      stroke: ButtonText;
    }
    .sections {
      border-block-end-color: CanvasText;
    }
  }
`;
