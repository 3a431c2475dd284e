import { css } from 'lit';
import * as t from '../../styles/token-values.js';

export const skipLinkStyles = css`
  :host {
    display: block;
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
  }
  /*
   * Visually hidden, but read and reachable with Tab, until it has focus. The same clipped
   * 1 px box as .visually-hidden, so the page keeps no gap for it.
   */
  .link {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: 0;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    border: 0;
    white-space: nowrap;
  }
  /*
   * With focus, a bar across the top of the page, in the flow: it pushes the page down rather
   * than covering anything (WCAG 2.4.11). Shown on any focus, not only :focus-visible, so that
   * focus moved by script is never on something invisible.
   */
  .link:focus,
  .link:active {
    position: static;
    display: block;
    inline-size: auto;
    block-size: auto;
    padding-block: ${t.space2};
    padding-inline: ${t.space3};
    overflow: visible;
    clip-path: none;
    white-space: normal;
    overflow-wrap: break-word;
    outline: ${t.focusWidth} solid ${t.focusRingColor};
    outline-offset: 0;
    background-color: ${t.focusRingColor};
    color: ${t.colorFocusText};
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.1578em;
  }
  @media (forced-colors: active) {
    /* The fill is gone: the outline, drawn inside the bar so the window's edge never cuts it, shows focus. */
    .link:focus,
    .link:active {
      outline: ${t.focusWidth} solid Highlight;
      outline-offset: calc(-1 * ${t.focusWidth});
      color: LinkText;
    }
  }
`;
