import { css } from 'lit';
import * as t from '../../styles/token-values.js';

export const phaseBannerStyles = css`
  :host {
    display: block;
    /* In the flow of the page, never sticky or fixed: it must not cover focused content (WCAG 2.4.11). */
    position: static;
    font-size: ${t.fontSize16};
    line-height: 1.25;
  }
  .banner {
    padding-block: ${t.space2};
    border-block-end: 1px solid var(--polis-phase-banner-border-color, ${t.colorBorderSubtle});
  }
  .content {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: ${t.space2};
    margin: 0;
  }
  .tag {
    flex: 0 0 auto;
  }
  .text {
    flex: 1 1 20ch;
    min-inline-size: 0;
    overflow-wrap: break-word;
  }
  .link {
    color: ${t.colorLink};
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.1578em;
  }
  .link:visited {
    color: ${t.colorLinkVisited};
  }
  .link:hover {
    color: ${t.colorLinkHover};
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  .link:active {
    color: ${t.colorLinkActive};
  }
  .link:focus-visible {
    outline: 3px solid transparent;
    background-color: ${t.focusRingColor};
    box-shadow:
      0 -2px ${t.focusRingColor},
      0 4px ${t.focusOutlineColor};
    color: ${t.colorFocusText};
    text-decoration: none;
  }
  ::slotted(a) {
    color: ${t.colorLink};
  }
  @media (forced-colors: active) {
    .banner {
      border-block-end-color: CanvasText;
    }
    .link {
      color: LinkText;
    }
    .link:focus-visible {
      outline-color: Highlight;
      outline-offset: 2px;
      color: LinkText;
      text-decoration: underline;
    }
  }
`;
