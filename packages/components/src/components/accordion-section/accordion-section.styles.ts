import { css } from 'lit';
import * as t from '../../styles/token-values.js';

/**
 * A section: a line above it, the heading button across the whole width (heading text, the
 * summary, then the chevron and "Show" or "Hide"), and the content under it. The chevron
 * points down while closed and up while open, in both directions of text: it is not mirrored.
 */
export const accordionSectionStyles = css`
  :host {
    display: block;
    --_border: var(--polis-accordion-border-color, ${t.colorBorder});
  }
  .base {
    border-block-start: 1px solid var(--_border);
    min-inline-size: 0;
  }
  .heading {
    margin: 0;
    font-size: inherit;
    font-weight: inherit;
    line-height: inherit;
  }
  .button {
    display: block;
    inline-size: 100%;
    margin: 0;
    padding-block: ${t.space3} ${t.space4};
    padding-inline: 0;
    border: 0;
    border-radius: 0;
    background: transparent;
    color: ${t.colorText};
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    text-align: start;
    cursor: pointer;
    -webkit-appearance: none;
    appearance: none;
  }
  .heading-text {
    display: block;
    font-size: ${t.fontSize24};
    font-weight: ${t.fontWeightBold};
    line-height: ${t.lineHeightHeading};
    overflow-wrap: anywhere;
  }
  .summary {
    display: block;
    margin-block: ${t.space1} 0;
    font-size: ${t.fontSize19};
    font-weight: ${t.fontWeightRegular};
    line-height: ${t.lineHeightBody};
    overflow-wrap: anywhere;
  }
  .summary--static {
    margin-block: ${t.space3};
  }
  /*
   * The page's own heading or text in the slots takes the button's type. Important, because
   * the page's styles for its headings (margins, sizes) would otherwise win over these.
   */
  ::slotted([slot='heading']),
  ::slotted([slot='summary']) {
    margin: 0 !important;
    padding: 0 !important;
    font: inherit !important;
    color: inherit !important;
  }
  .toggle {
    display: flex;
    align-items: center;
    gap: ${t.space2};
    margin-block-start: ${t.space2};
    color: ${t.colorLink};
    font-size: ${t.fontSize19};
    font-weight: ${t.fontWeightRegular};
    line-height: ${t.lineHeightBody};
  }
  .toggle-text {
    text-underline-offset: 0.1578em;
  }
  .button:hover .toggle-text {
    color: ${t.colorLinkHover};
    text-decoration: underline;
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  .chevron {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
  }
  .button[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: transform 0.15s ease-in-out;
    }
  }
  /* Focus: the whole button turns yellow with a dark bar under it, its text dark. */
  .button:focus {
    outline: ${t.focusWidth} solid transparent;
  }
  .button:focus-visible {
    background-color: ${t.focusRingColor};
    box-shadow: inset 0 -4px 0 ${t.focusOutlineColor};
    color: ${t.colorFocusText};
  }
  .button:focus-visible .toggle,
  .button:focus-visible .toggle-text {
    color: ${t.colorFocusText};
  }
  /*
   * The content: hidden while closed (hidden="until-found" is content-visibility: hidden, so
   * the spacing is on the box inside, which then takes no room).
   */
  .content[hidden]:not([hidden='until-found']) {
    display: none;
  }
  .body {
    padding-block: 0 ${t.space6};
    min-inline-size: 0;
    overflow-wrap: break-word;
  }
  ::slotted(:last-child) {
    margin-block-end: 0;
  }
  @media (forced-colors: active) {
    .base {
      border-block-start-color: CanvasText;
    }
    /* Without fills or shadows, focus is the system highlight round the button. */
    .button:focus-visible {
      outline: ${t.focusWidth} solid Highlight;
      outline-offset: calc(-1 * ${t.focusWidth});
      background-color: ButtonFace;
      color: ButtonText;
    }
    .toggle,
    .button:focus-visible .toggle,
    .button:focus-visible .toggle-text {
      color: ButtonText;
    }
    .chevron {
      stroke: ButtonText;
    }
  }
`;
