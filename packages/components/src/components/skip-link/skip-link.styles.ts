import { css } from 'lit';
import * as t from '../../styles/token-values.js';

/** The element's box. Its link is the page's own, in the light DOM: see `skipLinkDocumentStyles`. */
export const skipLinkStyles = css`
  :host {
    display: block;
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
  }
`;

/**
 * The link itself, which is the page's own `<a>` (or one the element wrote into the light
 * DOM), so that automated checkers and assistive technology find an ordinary in-page link in
 * the page's tree. Adopted by the document (or shadow root) the element is in, as a
 * constructable stylesheet (allowed under a strict Content-Security-Policy); every rule starts
 * with the element's custom state, so nothing applies before it upgrades (`pre-upgrade.css`
 * hides the link until then, with the same box) and nothing else on the page is touched.
 */
export const skipLinkDocumentStyles = css`
  /*
   * Visually hidden, but read and reachable with Tab, until it has focus. The same clipped
   * 1 px box as .visually-hidden, so the page keeps no gap for it.
   */
  :state(polis-skip-link) > a {
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
  :state(polis-skip-link) > a:focus,
  :state(polis-skip-link) > a:active {
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
    box-shadow: none;
    background-color: ${t.focusRingColor};
    color: ${t.colorFocusText};
    font: inherit;
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.1578em;
  }
  @media (forced-colors: active) {
    /* The fill is gone: the outline, drawn inside the bar so the window's edge never cuts it, shows focus. */
    :state(polis-skip-link) > a:focus,
    :state(polis-skip-link) > a:active {
      outline: ${t.focusWidth} solid Highlight;
      outline-offset: calc(-1 * ${t.focusWidth});
      color: LinkText;
    }
  }
`;
