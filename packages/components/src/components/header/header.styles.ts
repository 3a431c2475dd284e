import { css } from 'lit';
import * as t from '../../styles/token-values.js';

export const headerStyles = css`
  :host {
    display: block;
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
  }
  .header {
    /* In the flow of the page, never sticky or fixed: it must not cover what has focus (WCAG 2.4.11). */
    position: relative;
    background: ${t.colorBackground};
    color: ${t.colorText};
  }
  /* 1rem wide: when the root font size changes, the header measures itself again. */
  .probe {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    inline-size: 1rem;
    block-size: 0;
    visibility: hidden;
    pointer-events: none;
  }
  .bar {
    border-block-end: 0.625rem solid var(--polis-header-border-color, ${t.colorLink});
  }
  .container {
    max-inline-size: var(--polis-page-max-width, 64rem);
    margin-inline: auto;
    padding-inline: ${t.space4};
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${t.space2} ${t.space4};
    padding-block: ${t.space2};
  }
  .brand {
    display: flex;
    flex: 1 1 auto;
    flex-wrap: wrap;
    align-items: center;
    gap: ${t.space1} ${t.space4};
    min-inline-size: 0;
  }
  .extra {
    display: contents;
  }
  .logo,
  .logo-link {
    display: inline-flex;
    align-items: center;
    max-inline-size: 100%;
    min-block-size: 2.75rem;
    color: ${t.colorText};
    text-decoration: none;
  }
  /* The logo keeps its own size (its width and height attributes), up to 40 px tall, never distorted. */
  ::slotted([slot='logo']) {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    max-block-size: 2.5rem;
    object-fit: contain;
  }
  .service-name {
    min-inline-size: 0;
    color: ${t.colorText};
    font-size: ${t.fontSize24};
    font-weight: ${t.fontWeightBold};
    line-height: ${t.lineHeightHeading};
    text-decoration: none;
    overflow-wrap: anywhere;
  }
  a.service-name:hover {
    text-decoration: underline;
    text-decoration-thickness: max(3px, 0.1875rem);
    text-underline-offset: 0.1578em;
  }
  .logo-link:focus,
  a.service-name:focus {
    outline: ${t.focusWidth} solid transparent;
  }
  .logo-link:focus-visible,
  a.service-name:focus-visible {
    background-color: ${t.focusRingColor};
    box-shadow:
      0 -2px ${t.focusRingColor},
      0 4px ${t.focusOutlineColor};
    color: ${t.colorFocusText};
    text-decoration: none;
  }
  .account {
    flex: 0 1 auto;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .account[hidden],
  .navigation[hidden] {
    display: none !important;
  }
  ::slotted([slot='account']) {
    margin: 0;
  }
  /* Links given straight to the account and navigation slots; links inside the page's own boxes keep its styles. */
  ::slotted(a:is([slot='account'], [slot='navigation'])) {
    display: inline-block;
    padding-block: ${t.space2};
    color: ${t.colorLink};
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.1578em;
  }
  ::slotted(a:is([slot='account'], [slot='navigation']):hover) {
    color: ${t.colorLinkHover};
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  ::slotted(a:is([slot='account'], [slot='navigation']):focus) {
    outline: ${t.focusWidth} solid transparent;
  }
  ::slotted(a:is([slot='account'], [slot='navigation']):focus-visible) {
    background-color: ${t.focusRingColor};
    box-shadow:
      0 -2px ${t.focusRingColor},
      0 4px ${t.focusOutlineColor};
    color: ${t.colorFocusText};
    text-decoration: none;
  }
  .menu-button {
    flex: 0 0 auto;
  }
  /* A service navigation brings its own band; links given without one get a band here. */
  .navigation-container {
    display: contents;
  }
  .navigation--plain {
    border-block-end: 1px solid ${t.colorBorderSubtle};
    background: ${t.colorSurface};
  }
  .navigation--plain .navigation-container {
    display: flex;
    flex-wrap: wrap;
    column-gap: ${t.space6};
    max-inline-size: var(--polis-page-max-width, 64rem);
    margin-inline: auto;
    padding-inline: ${t.space4};
  }
  .header--narrow .navigation--plain .navigation-container {
    flex-direction: column;
    padding-block-end: ${t.space2};
  }
  ::slotted(:is(ul, ol)[slot='navigation']) {
    display: flex;
    flex-wrap: wrap;
    column-gap: ${t.space6};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .header--narrow ::slotted(:is(ul, ol)[slot='navigation']) {
    flex-direction: column;
  }
  @media (forced-colors: active) {
    .bar,
    .navigation--plain {
      border-block-end-color: CanvasText;
    }
    .logo-link:focus-visible,
    a.service-name:focus-visible,
    ::slotted(a:is([slot='account'], [slot='navigation']):focus-visible) {
      outline: ${t.focusWidth} solid Highlight;
      outline-offset: 2px;
    }
    ::slotted(a:is([slot='account'], [slot='navigation'])) {
      color: LinkText;
    }
  }
`;
