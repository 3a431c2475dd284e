import { css } from 'lit';
import * as t from '../../styles/token-values.js';

/** The element's own box. Its content stays in the light DOM: see `tabsDocumentStyles`. */
export const tabsStyles = css`
  :host {
    display: block;
    margin-block-end: ${t.space6};
  }
  .base {
    min-inline-size: 0;
  }
`;

/**
 * Styles for the page's own HTML while the element shows tabs. The tabs are the page's links,
 * inside its list items, which `::slotted()` cannot reach, so these rules are adopted by the
 * document (or shadow root) the element is in, as a constructable stylesheet (allowed under a
 * strict Content-Security-Policy). Every rule starts with one of the element's custom states:
 * `:state(polis-tabs)` while it shows tabs, `:state(polis-tabs-list)` while it shows its list
 * of links on a narrow screen (the page's own styles, links spaced apart). Any other page
 * content is never touched.
 */
export const tabsDocumentStyles = css`
  :state(polis-tabs) {
    --_border: var(--polis-tabs-border-color, ${t.colorBorder});
  }
  /* The title names the tab list (aria-labelledby) and is not shown above the tabs. */
  :state(polis-tabs) > :is(h1, h2, h3, h4, h5, h6, [role='heading']):has(+ [role='tablist']) {
    display: none;
  }
  :state(polis-tabs) > [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: ${t.space1};
    margin: 0;
    padding: 0;
    border-block-end: 1px solid var(--_border);
    list-style: none;
  }
  :state(polis-tabs) > [role='tablist'] > li {
    display: block;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :state(polis-tabs) > [role='tablist'] > li::before,
  :state(polis-tabs) > [role='tablist'] > li::marker {
    content: none;
  }
  :state(polis-tabs) > [role='tablist'] > li [role='tab'] {
    position: relative;
    display: block;
    margin: 0;
    padding-block: ${t.space2};
    padding-inline: ${t.space4};
    border: 1px solid transparent;
    border-block-end: 0;
    background: var(--polis-tabs-tab-background, ${t.colorSurface});
    color: ${t.colorLink};
    font-family: ${t.fontFamily};
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.1578em;
    overflow-wrap: anywhere;
  }
  :state(polis-tabs) > [role='tablist'] > li [role='tab']:visited {
    color: ${t.colorLink};
  }
  :state(polis-tabs) > [role='tablist'] > li [role='tab']:hover {
    color: ${t.colorLinkHover};
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  /* The selected tab is joined to its panel: it covers the line under the tabs. */
  :state(polis-tabs) > [role='tablist'] > li [role='tab'][aria-selected='true'] {
    margin-block-end: -1px;
    padding-block: ${t.space3} calc(${t.space3} + 1px);
    border-color: var(--_border);
    background: ${t.colorBackground};
    color: ${t.colorText};
    text-decoration: none;
  }
  :state(polis-tabs) > [role='tablist'] > li [role='tab']:focus {
    outline: 3px solid transparent;
  }
  :state(polis-tabs) > [role='tablist'] > li [role='tab']:focus-visible {
    background-color: ${t.focusRingColor};
    box-shadow:
      0 -2px ${t.focusRingColor},
      0 4px ${t.focusOutlineColor};
    color: ${t.colorFocusText};
    text-decoration: none;
  }
  :state(polis-tabs) > [role='tabpanel'] {
    display: block;
    margin: 0 0 ${t.space6};
    padding-block: ${t.space6};
    padding-inline: ${t.space4};
    border: 1px solid var(--_border);
    border-block-start: 0;
    min-inline-size: 0;
    overflow-wrap: break-word;
  }
  :state(polis-tabs) > [role='tabpanel'][hidden] {
    display: none !important;
  }
  :state(polis-tabs) > [role='tabpanel']:focus-visible {
    outline: ${t.focusWidth} solid ${t.focusRingColor};
    outline-offset: 0;
    box-shadow: inset 0 0 0 ${t.borderWidth} ${t.focusOutlineColor};
  }
  :state(polis-tabs) > [role='tabpanel'] > :last-child {
    margin-block-end: 0;
  }
  /*
   * As a list of links (narrow screens), the page's own styles apply; the links are only
   * spaced apart, so that each is an easy target (WCAG 2.5.8).
   */
  :state(polis-tabs-list) > :is(ul, ol) > li {
    margin-block: 0 ${t.space2};
  }
  @media (forced-colors: active) {
    :state(polis-tabs) > [role='tablist'],
    :state(polis-tabs) > [role='tabpanel'] {
      border-color: CanvasText;
    }
    :state(polis-tabs) > [role='tablist'] > li [role='tab'] {
      color: LinkText;
    }
    /* Without fills, the selected tab is the one with a box round it, in bold, not underlined. */
    :state(polis-tabs) > [role='tablist'] > li [role='tab'][aria-selected='true'] {
      border-color: CanvasText;
      color: CanvasText;
      font-weight: ${t.fontWeightBold};
    }
    :state(polis-tabs) > [role='tablist'] > li [role='tab']:focus-visible,
    :state(polis-tabs) > [role='tabpanel']:focus-visible {
      outline: ${t.focusWidth} solid Highlight;
      outline-offset: 2px;
    }
  }
`;
