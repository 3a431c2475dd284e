import { css } from 'lit';
import * as t from '../../styles/token-values.js';

/**
 * The element's own box and, in a card, the card's frame and title bar. The rows are the
 * page's own `<dl>`, styled by `summaryListDocumentStyles`.
 */
export const summaryListStyles = css`
  :host {
    display: block;
    /* In a flex or grid row, it may be narrower than its content: the content wraps or scrolls. */
    min-inline-size: 0;
    margin-block-end: ${t.space6};
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
  }
  .base {
    min-inline-size: 0;
  }
  .card {
    border: 1px solid var(--polis-summary-list-border-color, ${t.colorBorderSubtle});
  }
  .card-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: ${t.space2} ${t.space4};
    padding-block: ${t.space3};
    padding-inline: ${t.space4};
    border-block-end: 1px solid transparent;
    background: var(--polis-summary-list-card-header-background, ${t.colorSurface});
  }
  .card-title,
  ::slotted([slot='card-title']) {
    flex: 1 1 12rem;
    min-inline-size: 0;
    margin: 0;
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
    font-weight: ${t.fontWeightBold};
    overflow-wrap: anywhere;
  }
  .card-actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${t.space2} ${t.space4};
    min-inline-size: 0;
  }
  .card .content {
    padding-inline: ${t.space4};
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    /* The title bar's fill is gone: a rule keeps it apart from the rows. */
    .card-header {
      border-block-end-color: CanvasText;
    }
  }
`;

/**
 * Styles for the page's own `<dl>`, its rows, their actions and the card's actions. They are
 * in the page's tree, which `::slotted()` cannot reach below the first level, so these rules
 * are adopted by the document (or shadow root) the element is in, as a constructable
 * stylesheet (allowed under a strict Content-Security-Policy). Every rule starts with the
 * element's custom state `:state(polis-summary-list)`, so nothing applies before it upgrades
 * and no other content on the page is touched.
 *
 * Wide (40rem and more): a grid of three columns shared by every row (subgrid), so keys,
 * values and actions line up, also in rows without actions. Narrower (the element measures
 * its own width and sets `:state(polis-summary-list-narrow)`): stacked.
 */
export const summaryListDocumentStyles = css`
  :state(polis-summary-list) > dl {
    --_border: var(--polis-summary-list-border-color, ${t.colorBorderSubtle});
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(0, 5fr) minmax(0, 2fr);
    margin: 0;
    padding: 0;
    font-family: ${t.fontFamily};
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
    color: ${t.colorText};
  }
  :state(polis-summary-list-no-actions) > dl {
    grid-template-columns: minmax(0, 3fr) minmax(0, 7fr);
  }
  :state(polis-summary-list) > dl > div {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    margin: 0;
    border-block-end: 1px solid var(--_border);
  }
  :state(polis-summary-list-card) > dl > div:last-child,
  :state(polis-summary-list)[no-border] > dl > div {
    border-block-end: 0;
  }
  :state(polis-summary-list) > dl > div > :is(dt, dd) {
    min-inline-size: 0;
    margin: 0;
    padding-block: ${t.space2};
    padding-inline: 0 ${t.space4};
    overflow-wrap: anywhere;
  }
  :state(polis-summary-list)[no-border] > dl > div > :is(dt, dd) {
    padding-block: ${t.space1};
  }
  :state(polis-summary-list) > dl > div > :last-child {
    padding-inline-end: 0;
  }
  :state(polis-summary-list) > dl > div > dt {
    grid-column: 1;
    font-weight: ${t.fontWeightBold};
  }
  :state(polis-summary-list) > dl > div > dd {
    grid-column: 2;
  }
  :state(polis-summary-list) > dl > div > dd ~ dd {
    grid-column: 3;
    text-align: end;
  }
  :state(polis-summary-list) > dl > div > :is(dt, dd) > :first-child {
    margin-block-start: 0;
  }
  :state(polis-summary-list) > dl > div > :is(dt, dd) > :last-child {
    margin-block-end: 0;
  }
  /* Several actions: a list on one line, divided by a rule, wrapping when it must. */
  :state(polis-summary-list) > dl > div > dd ~ dd :is(ul, ol),
  :state(polis-summary-list) > :is(ul, ol)[slot='card-actions'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: ${t.space1} 0;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :state(polis-summary-list) > dl > div > dd ~ dd li,
  :state(polis-summary-list) > :is(ul, ol)[slot='card-actions'] > li {
    margin: 0;
    padding-inline: ${t.space2};
    border-inline-start: 1px solid var(--_border, ${t.colorBorderSubtle});
  }
  :state(polis-summary-list) > dl > div > dd ~ dd li:first-child,
  :state(polis-summary-list) > :is(ul, ol)[slot='card-actions'] > li:first-child {
    padding-inline-start: 0;
    border-inline-start: 0;
  }
  :state(polis-summary-list) > dl > div > dd ~ dd li:last-child,
  :state(polis-summary-list) > :is(ul, ol)[slot='card-actions'] > li:last-child {
    padding-inline-end: 0;
  }
  /* The actions: links, or buttons drawn as links. */
  :state(polis-summary-list) > dl > div > dd ~ dd :is(a[href], button),
  :state(polis-summary-list) > :is(a[href], button)[slot='card-actions'],
  :state(polis-summary-list) > [slot='card-actions'] :is(a[href], button) {
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: ${t.colorLink};
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    text-align: inherit;
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.1578em;
    cursor: pointer;
  }
  :state(polis-summary-list) > dl > div > dd ~ dd a[href]:visited,
  :state(polis-summary-list) > a[href][slot='card-actions']:visited,
  :state(polis-summary-list) > [slot='card-actions'] a[href]:visited {
    color: ${t.colorLink};
  }
  :state(polis-summary-list) > dl > div > dd ~ dd :is(a[href], button):hover,
  :state(polis-summary-list) > :is(a[href], button)[slot='card-actions']:hover,
  :state(polis-summary-list) > [slot='card-actions'] :is(a[href], button):hover {
    color: ${t.colorLinkHover};
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  :state(polis-summary-list) > dl > div > dd ~ dd :is(a[href], button):focus-visible,
  :state(polis-summary-list) > :is(a[href], button)[slot='card-actions']:focus-visible,
  :state(polis-summary-list) > [slot='card-actions'] :is(a[href], button):focus-visible {
    outline: ${t.focusWidth} solid transparent;
    background-color: ${t.focusRingColor};
    box-shadow:
      0 -2px ${t.focusRingColor},
      0 4px ${t.focusOutlineColor};
    color: ${t.colorFocusText};
    text-decoration: none;
  }

  /* Narrow (less than 40rem wide: a phone, a sidebar, 200% text): key, value and actions stack. */
  :state(polis-summary-list-narrow) > dl {
    display: block;
  }
  :state(polis-summary-list-narrow) > dl > div {
    display: block;
    padding-block: ${t.space3};
  }
  :state(polis-summary-list-narrow)[no-border] > dl > div {
    padding-block: ${t.space1};
  }
  :state(polis-summary-list-narrow) > dl > div > :is(dt, dd),
  :state(polis-summary-list-narrow)[no-border] > dl > div > :is(dt, dd) {
    padding: 0;
  }
  :state(polis-summary-list-narrow) > dl > div > dt {
    margin-block-end: ${t.space1};
  }
  :state(polis-summary-list-narrow) > dl > div > dd ~ dd {
    margin-block-start: ${t.space2};
    text-align: start;
  }
  :state(polis-summary-list-narrow) > dl > div > dd ~ dd :is(ul, ol) {
    justify-content: flex-start;
  }

  @media (forced-colors: active) {
    :state(polis-summary-list) > dl > div,
    :state(polis-summary-list) > dl > div > dd ~ dd li,
    :state(polis-summary-list) > :is(ul, ol)[slot='card-actions'] > li {
      border-color: CanvasText;
    }
    :state(polis-summary-list) > dl > div > dd ~ dd :is(a[href], button),
    :state(polis-summary-list) > :is(a[href], button)[slot='card-actions'],
    :state(polis-summary-list) > [slot='card-actions'] :is(a[href], button) {
      color: LinkText;
    }
    :state(polis-summary-list) > dl > div > dd ~ dd :is(a[href], button):focus-visible,
    :state(polis-summary-list) > :is(a[href], button)[slot='card-actions']:focus-visible,
    :state(polis-summary-list) > [slot='card-actions'] :is(a[href], button):focus-visible {
      outline: ${t.focusWidth} solid Highlight;
      outline-offset: 2px;
      color: LinkText;
      text-decoration: underline;
    }
  }
`;
