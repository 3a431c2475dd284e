import { css } from 'lit';
import * as t from '../../styles/token-values.js';

/** The element's own box: the region that scrolls sideways when the table is too wide. */
export const tableStyles = css`
  :host {
    display: block;
    /* In a flex or grid row, it may be narrower than its content: the content wraps or scrolls. */
    min-inline-size: 0;
    margin-block-end: ${t.space6};
  }
  .base {
    min-inline-size: 0;
  }
  /* Scrolls, not the page (WCAG 1.4.10). Focusable and named only while it does. */
  .region {
    max-inline-size: 100%;
    overflow-x: auto;
  }
  .region:focus-visible {
    outline: ${t.focusWidth} solid ${t.focusRingColor};
    outline-offset: 0;
    box-shadow: inset 0 0 0 ${t.borderWidth} ${t.focusOutlineColor};
  }
  @media (forced-colors: active) {
    .region:focus-visible {
      outline-color: Highlight;
    }
  }
`;

/**
 * Styles for the page's own table. Its cells are in the page's tree, which `::slotted()`
 * cannot reach (it selects only the `<table>` itself), so these rules are adopted by the
 * document (or shadow root) the element is in, as a constructable stylesheet (allowed under a
 * strict Content-Security-Policy). Every rule starts with the element's custom state
 * `:state(polis-table)`, so nothing applies before it upgrades and no other table is touched.
 * Before that, the table has the browser's and the page's own styles.
 */
export const tableDocumentStyles = css`
  :state(polis-table) > table {
    --_border: var(--polis-table-border-color, ${t.colorBorderSubtle});
    inline-size: 100%;
    margin: 0;
    border-collapse: collapse;
    border-spacing: 0;
    font-family: ${t.fontFamily};
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
    color: ${t.colorText};
  }
  :state(polis-table) > table > caption {
    margin-block-end: ${t.space3};
    text-align: start;
    font-size: ${t.fontSize24};
    line-height: ${t.lineHeightHeading};
    font-weight: ${t.fontWeightBold};
    overflow-wrap: break-word;
  }
  :state(polis-table-caption-s) > table > caption {
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
  }
  :state(polis-table-caption-l) > table > caption {
    font-size: ${t.fontSize36};
  }
  :state(polis-table-caption-xl) > table > caption {
    font-size: ${t.fontSize48};
  }
  :state(polis-table) > table > :is(thead, tbody, tfoot) > tr > :is(th, td),
  :state(polis-table) > table > tr > :is(th, td) {
    margin: 0;
    padding-block: ${t.space2};
    padding-inline: 0 ${t.space4};
    border: 0;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  :state(polis-table) > table > :is(thead, tbody, tfoot) > tr > :is(th, td):last-child,
  :state(polis-table) > table > tr > :is(th, td):last-child {
    padding-inline-end: 0;
  }
  :state(polis-table) > table th {
    font-weight: ${t.fontWeightBold};
  }
  /* Numbers: at the inline end (the right in English, the left in Arabic), figures of one width. */
  :state(polis-table) > table :is(th, td)[data-polis-numeric]:not([data-polis-numeric='false']) {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  /* The sort button: the header's text, in the link colour, with an arrow that says the order. */
  :state(polis-table) > table th > [data-polis-sort-button] {
    display: inline-flex;
    align-items: center;
    gap: ${t.space1};
    min-block-size: 1.5rem;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: ${t.colorLink};
    font: inherit;
    font-weight: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    text-align: inherit;
    cursor: pointer;
  }
  :state(polis-table) > table th > [data-polis-sort-button]:hover {
    color: ${t.colorLinkHover};
    text-decoration: underline;
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  :state(polis-table) > table th > [data-polis-sort-button]:focus-visible {
    outline: ${t.focusWidth} solid transparent;
    background-color: ${t.focusRingColor};
    box-shadow:
      0 -2px ${t.focusRingColor},
      0 4px ${t.focusOutlineColor};
    color: ${t.colorFocusText};
    text-decoration: none;
  }
  :state(polis-table) > table th > [data-polis-sort-button] > .polis-sort-icon {
    flex: none;
    inline-size: 0.625em;
    block-size: 0.9375em;
    fill: currentColor;
  }
  /* Sorted: only the arrow of its direction. Not mirrored: up and down mean the same both ways. */
  :state(polis-table) > table th[aria-sort='ascending'] > [data-polis-sort-button] .polis-sort-down,
  :state(polis-table) > table th[aria-sort='descending'] > [data-polis-sort-button] .polis-sort-up {
    visibility: hidden;
  }

  /* A narrow window (a phone, or 200% text): smaller text, so more of the table fits. */
  @media (width < 40rem) {
    :state(polis-table) > table {
      font-size: ${t.fontSize16};
    }
  }

  @media (forced-colors: active) {
    :state(polis-table) > table > :is(thead, tbody, tfoot) > tr > :is(th, td),
    :state(polis-table) > table > tr > :is(th, td) {
      border-block-end-color: CanvasText;
    }
    :state(polis-table) > table th > [data-polis-sort-button] {
      color: ButtonText;
    }
    :state(polis-table) > table th > [data-polis-sort-button]:focus-visible {
      outline: ${t.focusWidth} solid Highlight;
      outline-offset: 2px;
      color: ButtonText;
    }
  }
`;
