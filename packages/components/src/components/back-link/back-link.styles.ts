import { css } from 'lit';
import * as t from '../../styles/token-values.js';

export const backLinkStyles = css`
  :host {
    display: block;
    margin-block: ${t.space3} ${t.space4};
    font-size: ${t.fontSize16};
    line-height: 1.5;
  }
  /*
   * Text colour rather than link blue, as it is not part of the content. The line is 1.5em
   * high, 24 px at the standard size, so the link is a large enough target (WCAG 2.5.8).
   */
  .link {
    --_color: var(--polis-back-link-color, ${t.colorText});
    display: inline-flex;
    align-items: flex-start;
    gap: ${t.space1};
    max-inline-size: 100%;
    min-block-size: 1.5em;
    color: var(--_color);
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.1578em;
  }
  .link:visited {
    color: var(--_color);
  }
  .link:hover {
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  .link:focus {
    outline: ${t.focusWidth} solid transparent;
  }
  .link:focus-visible {
    background-color: ${t.focusRingColor};
    box-shadow:
      0 -2px ${t.focusRingColor},
      0 4px ${t.focusOutlineColor};
    color: ${t.colorFocusText};
    text-decoration: none;
  }
  /* Centred on the first line, whatever the text size, so it stays beside the first word when the text wraps. */
  .icon {
    flex: 0 0 auto;
    inline-size: 0.4375em;
    block-size: 0.7em;
    margin-block-start: 0.4em;
    fill: currentColor;
  }
  /* It points back: towards the start of the line, which is on the right in right-to-left text. */
  :host(:dir(rtl)) .icon {
    transform: scaleX(-1);
  }
  .text {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .link,
    .link:visited {
      color: LinkText;
    }
    .link:focus-visible {
      outline: ${t.focusWidth} solid Highlight;
      outline-offset: 2px;
      color: LinkText;
      text-decoration: underline;
    }
    /* The arrow follows the link's colour, in the system's colours too. */
    .icon {
      fill: currentColor;
    }
  }
`;
