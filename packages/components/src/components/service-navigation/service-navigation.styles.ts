import { css } from 'lit';
import * as t from '../../styles/token-values.js';

/** The element's own boxes: the band, the service name, the landmark and the Menu button. */
export const serviceNavigationStyles = css`
  :host {
    display: block;
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
  }
  .base {
    --_border: var(--polis-service-navigation-border-color, ${t.colorLink});
    position: relative;
    border-block-end: 1px solid ${t.colorBorderSubtle};
    background: var(--polis-service-navigation-background, ${t.colorSurface});
    color: ${t.colorText};
  }
  /* 1rem wide: when the root font size changes, the element measures itself again. */
  .probe {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    inline-size: 1rem;
    block-size: 0;
    visibility: hidden;
    pointer-events: none;
  }
  .container {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: ${t.space6};
    max-inline-size: var(--polis-page-max-width, 64rem);
    margin-inline: auto;
    padding-inline: ${t.space4};
  }
  .base--embedded .container {
    padding-inline: ${t.space4};
  }
  .service-name {
    flex: 0 1 auto;
    min-inline-size: 0;
    padding-block: ${t.space3};
    font-size: ${t.fontSize19};
    font-weight: ${t.fontWeightBold};
    overflow-wrap: anywhere;
  }
  .service-name[hidden],
  .list[hidden] {
    display: none !important;
  }
  ::slotted([slot='service-name']) {
    margin: 0;
    font: inherit;
  }
  ::slotted(a[slot='service-name']) {
    color: ${t.colorText};
    text-decoration: none;
  }
  ::slotted(a[slot='service-name']:hover) {
    text-decoration: underline;
    text-decoration-thickness: max(3px, 0.1875rem);
    text-underline-offset: 0.1578em;
  }
  ::slotted(a[slot='service-name']:focus) {
    outline: ${t.focusWidth} solid transparent;
  }
  ::slotted(a[slot='service-name']:focus-visible) {
    background-color: ${t.focusRingColor};
    box-shadow:
      0 -2px ${t.focusRingColor},
      0 4px ${t.focusOutlineColor};
    color: ${t.colorFocusText};
    text-decoration: none;
  }
  .nav {
    flex: 1 1 auto;
    min-inline-size: 0;
  }
  .base--narrow .nav {
    flex-basis: 100%;
  }
  .base--narrow .list {
    padding-block-end: ${t.space2};
  }
  @media (forced-colors: active) {
    .base {
      border-block-end-color: CanvasText;
    }
    ::slotted(a[slot='service-name']) {
      color: LinkText;
    }
    ::slotted(a[slot='service-name']:focus-visible) {
      outline: ${t.focusWidth} solid Highlight;
      outline-offset: 2px;
    }
  }
`;

/**
 * Styles for the page's own list of links. `::slotted()` cannot reach the links inside the list
 * items, so these rules are adopted by the document (or shadow root) the element is in, as a
 * constructable stylesheet (allowed under a strict Content-Security-Policy). Every rule starts
 * with the element's custom state, so they apply only once it has upgraded (before that, the
 * list shows as the page styles it) and touch nothing else on the page.
 *
 * The current page is marked three ways besides colour: bold, not underlined, and a bar (under
 * the link on wide screens, beside it when the links are stacked). The bar is a border, so it
 * stays in forced colours.
 */
export const serviceNavigationDocumentStyles = css`
  :state(polis-service-navigation) > :is(ul, ol) {
    display: flex;
    flex-wrap: wrap;
    column-gap: ${t.space6};
    row-gap: 0;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :state(polis-service-navigation) > :is(ul, ol) > li {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :state(polis-service-navigation) > :is(ul, ol) > li::before,
  :state(polis-service-navigation) > :is(ul, ol) > li::marker {
    content: none;
  }
  :state(polis-service-navigation) > :is(ul, ol) > li > a {
    display: inline-block;
    max-inline-size: 100%;
    padding-block: ${t.space3} calc(${t.space3} + 5px);
    color: ${t.colorLink};
    font-family: ${t.fontFamily};
    font-size: ${t.fontSize19};
    font-weight: ${t.fontWeightRegular};
    line-height: ${t.lineHeightBody};
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.1578em;
    overflow-wrap: anywhere;
  }
  :state(polis-service-navigation) > :is(ul, ol) > li > a:visited {
    color: ${t.colorLink};
  }
  :state(polis-service-navigation) > :is(ul, ol) > li > a:hover {
    color: ${t.colorLinkHover};
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  :state(polis-service-navigation) > :is(ul, ol) > li > a:is([aria-current='page'], [aria-current='true']) {
    padding-block-end: ${t.space3};
    border-block-end: 5px solid var(--polis-service-navigation-border-color, ${t.colorLink});
    color: ${t.colorText};
    font-weight: ${t.fontWeightBold};
    text-decoration: none;
  }
  :state(polis-service-navigation) > :is(ul, ol) > li > a:focus {
    outline: ${t.focusWidth} solid transparent;
  }
  :state(polis-service-navigation) > :is(ul, ol) > li > a:focus-visible {
    background-color: ${t.focusRingColor};
    box-shadow:
      0 -2px ${t.focusRingColor},
      0 4px ${t.focusOutlineColor};
    color: ${t.colorFocusText};
    text-decoration: none;
  }
  /* Stacked on narrow screens: each link a full-width target, the bar at the inline start. */
  :state(polis-service-navigation-narrow) > :is(ul, ol) {
    flex-direction: column;
  }
  :state(polis-service-navigation-narrow) > :is(ul, ol) > li > a {
    display: block;
    padding-block: ${t.space2};
    padding-inline: calc(${t.space3} + 5px) 0;
  }
  :state(polis-service-navigation-narrow)
    > :is(ul, ol)
    > li
    > a:is([aria-current='page'], [aria-current='true']) {
    padding-block-end: ${t.space2};
    padding-inline-start: ${t.space3};
    border-block-end: 0;
    border-inline-start: 5px solid var(--polis-service-navigation-border-color, ${t.colorLink});
  }
  @media (forced-colors: active) {
    :state(polis-service-navigation) > :is(ul, ol) > li > a {
      color: LinkText;
    }
    :state(polis-service-navigation) > :is(ul, ol) > li > a:is([aria-current='page'], [aria-current='true']) {
      border-color: CanvasText;
      color: CanvasText;
    }
    :state(polis-service-navigation) > :is(ul, ol) > li > a:focus-visible {
      outline: ${t.focusWidth} solid Highlight;
      outline-offset: 2px;
    }
  }
`;
