import { css } from 'lit';
import * as t from '../../styles/token-values.js';

/**
 * The "Menu" button of the header and the service navigation: a real button that looks like a
 * bold link, at least 44 px tall, with a chevron that turns when the menu opens.
 */
export const menuButtonStyles = css`
  .menu-button {
    display: inline-flex;
    align-items: center;
    gap: ${t.space2};
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    margin: 0;
    padding-block: ${t.space1};
    padding-inline: 0;
    border: 0;
    background: transparent;
    color: ${t.colorLink};
    font: inherit;
    font-size: ${t.fontSize19};
    font-weight: ${t.fontWeightBold};
    line-height: ${t.lineHeightBody};
    letter-spacing: inherit;
    word-spacing: inherit;
    cursor: pointer;
  }
  .menu-button:hover {
    color: ${t.colorLinkHover};
    text-decoration: underline;
    text-decoration-thickness: max(3px, 0.1875rem);
    text-underline-offset: 0.1578em;
  }
  .menu-button:focus {
    outline: ${t.focusWidth} solid transparent;
  }
  .menu-button:focus-visible {
    background-color: ${t.focusRingColor};
    box-shadow:
      0 -2px ${t.focusRingColor},
      0 4px ${t.focusOutlineColor};
    color: ${t.colorFocusText};
    text-decoration: none;
  }
  .chevron {
    flex: none;
    inline-size: 0.75em;
    block-size: 0.5em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  .menu-button[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: transform 0.15s ease-in-out;
    }
  }
  @media (forced-colors: active) {
    .menu-button {
      padding-inline: ${t.space2};
      border: 1px solid ButtonText;
      color: ButtonText;
    }
    .menu-button:focus-visible {
      outline: ${t.focusWidth} solid Highlight;
      outline-offset: 2px;
      color: ButtonText;
    }
  }
`;
