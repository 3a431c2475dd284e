import { css } from 'lit';
import * as t from '../../styles/token-values.js';

export const paginationStyles = css`
  :host {
    display: block;
    margin-block-end: ${t.space6};
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
  }
  .pagination {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${t.space1} ${t.space3};
    min-inline-size: 0;
  }
  .list {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    margin: 0;
    padding: 0;
  }
  /* Each page is a box at least 40 px square (2.5rem): a target well over 24 px. */
  .number,
  .item--ellipsis {
    display: flex;
    align-items: center;
    justify-content: center;
    min-inline-size: 2.5rem;
    min-block-size: 2.5rem;
    padding-inline: ${t.space2};
  }
  .number,
  .direction-link {
    color: ${t.colorLink};
    font-weight: ${t.fontWeightBold};
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.1578em;
  }
  .number--text {
    color: ${t.colorText};
    text-decoration: none;
  }
  /* Links keep their colour once visited: every page would otherwise be purple after a while. */
  .number:visited,
  .direction-link:visited {
    color: ${t.colorLink};
  }
  .number:hover,
  .direction-link:hover {
    color: ${t.colorLinkHover};
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  /*
   * The current page: a filled box, bold and not underlined, so it is told apart without
   * relying on colour. The transparent border shows in forced colours, which drop the fill.
   */
  .item--current .number {
    border: 2px solid transparent;
    background: var(--polis-pagination-current-background, ${t.colorLink});
    color: var(--polis-pagination-current-color, ${t.colorTextInverse});
    text-decoration: none;
  }
  .item--ellipsis {
    color: ${t.colorText};
    font-weight: ${t.fontWeightBold};
  }
  .direction-link {
    display: inline-flex;
    flex-direction: column;
    justify-content: center;
    min-block-size: 2.5rem;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .title {
    display: inline-flex;
    align-items: center;
    gap: ${t.space2};
  }
  .arrow {
    flex: none;
    inline-size: 1em;
    block-size: 0.875em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* Arrows show the direction of reading: right to left, previous points right. */
  :host(:dir(rtl)) .arrow {
    transform: scaleX(-1);
  }
  .number:focus,
  .direction-link:focus {
    outline: ${t.focusWidth} solid transparent;
  }
  .number:focus-visible,
  .direction-link:focus-visible {
    background-color: ${t.focusRingColor};
    box-shadow:
      0 -2px ${t.focusRingColor},
      0 4px ${t.focusOutlineColor};
    color: ${t.colorFocusText};
    text-decoration: none;
  }
  .item--current .number:focus-visible {
    border-color: ${t.focusOutlineColor};
  }

  /* The block variant: previous and next stacked, each with the title of its page under it. */
  .pagination--block {
    flex-direction: column;
    align-items: flex-start;
    gap: ${t.space4};
  }
  .pagination--block .direction {
    max-inline-size: 100%;
  }
  .pagination--block .title {
    font-size: ${t.fontSize19};
  }
  /* With a title under it, the title is what is underlined. */
  .direction-link--labelled {
    text-decoration: none;
  }
  .label {
    /* Lined up with the word above it, after the arrow. */
    padding-inline-start: calc(1em + ${t.space2});
    font-weight: ${t.fontWeightRegular};
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.1578em;
  }
  .direction-link--labelled:hover .label {
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  .direction-link--labelled:focus-visible .label {
    text-decoration: none;
  }

  @media (forced-colors: active) {
    .number,
    .number:visited,
    .direction-link,
    .direction-link:visited {
      color: LinkText;
    }
    .number--text,
    .item--ellipsis {
      color: CanvasText;
    }
    .item--current .number {
      border-color: CanvasText;
      color: CanvasText;
    }
    .number:focus-visible,
    .direction-link:focus-visible {
      outline: ${t.focusWidth} solid Highlight;
      outline-offset: 2px;
      box-shadow: none;
    }
  }
`;
