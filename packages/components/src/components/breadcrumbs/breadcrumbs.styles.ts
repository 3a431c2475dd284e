import { css } from 'lit';
import * as t from '../../styles/token-values.js';

export const breadcrumbsStyles = css`
  :host {
    --_color: var(--polis-breadcrumbs-color, ${t.colorText});
    position: relative;
    display: block;
    margin-block: ${t.space3} ${t.space6};
    font-size: ${t.fontSize16};
    /* 24 px per line at the default size: each link is a target at least 24 px tall. */
    line-height: 1.5;
    color: var(--_color);
  }
  :host([inverse]) {
    --_color: var(--polis-breadcrumbs-color, ${t.colorTextInverse});
  }
  /* 1rem wide: when the root font size changes (200% text), the element measures itself again. */
  .probe {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    inline-size: 1rem;
    block-size: 0;
    visibility: hidden;
    pointer-events: none;
  }
  .breadcrumbs {
    min-inline-size: 0;
  }
  .list {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    row-gap: ${t.space1};
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: flex;
    align-items: flex-start;
    min-inline-size: 0;
    margin: 0;
    padding: 0;
  }
  /* The chevron between items: drawn, not text, so nothing extra is read out. */
  .separator {
    flex: none;
    inline-size: 0.5em;
    block-size: 0.75em;
    /* Centred on the first line of the item after it. */
    margin-block-start: calc((1.5em - 0.75em) / 2);
    margin-inline: ${t.space2};
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* Right to left, the trail runs from the right: the chevrons point left. */
  :host(:dir(rtl)) .separator {
    transform: scaleX(-1);
  }
  .link,
  .current,
  .text {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .link {
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
  /* The current page is text: not underlined, so it does not look like a link. */
  .current {
    color: var(--_color);
  }
  /*
   * The button that shows the rest of a collapsed trail: "…" in a box at least 24 px square,
   * underlined like the links next to it, with the same focus style.
   */
  .expand {
    min-inline-size: 1.5rem;
    min-block-size: 1.5rem;
    margin: 0;
    padding-block: 0;
    padding-inline: ${t.space1};
    border: 1px solid currentColor;
    border-radius: ${t.radius};
    background: transparent;
    color: var(--_color);
    font: inherit;
    line-height: 1;
    cursor: pointer;
  }
  .expand:hover {
    border-width: 2px;
    padding-inline: calc(${t.space1} - 1px);
  }
  .expand:focus {
    outline: ${t.focusWidth} solid transparent;
  }
  .expand:focus-visible {
    border-color: ${t.focusOutlineColor};
    background-color: ${t.focusRingColor};
    box-shadow: 0 0 0 2px ${t.focusOutlineColor};
    color: ${t.colorFocusText};
  }
  @media (forced-colors: active) {
    .separator {
      stroke: CanvasText;
    }
    .link,
    .link:visited {
      color: LinkText;
    }
    .current,
    .text {
      color: CanvasText;
    }
    .expand {
      border-color: ButtonText;
      color: ButtonText;
    }
    .link:focus-visible,
    .expand:focus-visible {
      outline: ${t.focusWidth} solid Highlight;
      outline-offset: 2px;
      box-shadow: none;
    }
  }
`;
