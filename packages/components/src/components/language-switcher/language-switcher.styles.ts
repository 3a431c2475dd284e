import { css } from 'lit';
import * as t from '../../styles/token-values.js';

export const languageSwitcherStyles = css`
  :host {
    display: block;
    font-size: ${t.fontSize16};
    line-height: ${t.lineHeightBody};
  }
  .switcher {
    display: flex;
    align-items: flex-start;
    gap: ${t.space2};
    min-inline-size: 0;
  }
  /* A globe: the usual sign for languages, for people who cannot read the page's language. Never mirrored. */
  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-block-start: calc(${t.space1} + 0.05em);
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
  }
  .list {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    row-gap: ${t.space1};
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    overflow-wrap: anywhere;
  }
  /* A thin line between languages: decoration, not text, so nothing extra is read out. */
  .item + .item {
    margin-inline-start: ${t.space2};
    padding-inline-start: ${t.space2};
    border-inline-start: 1px solid var(--polis-language-switcher-separator-color, ${t.colorBorder});
  }
  .link,
  .current,
  .unlinked {
    display: inline-block;
    padding-block: ${t.space1};
  }
  .link {
    color: ${t.colorLink};
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.1578em;
  }
  .link:visited {
    color: ${t.colorLink};
  }
  .link:hover {
    color: ${t.colorLinkHover};
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
  /* The current language: bold text, not underlined, not a link. */
  .current {
    color: ${t.colorText};
    font-weight: ${t.fontWeightBold};
  }
  @media (forced-colors: active) {
    .item + .item {
      border-inline-start-color: CanvasText;
    }
    .link {
      color: LinkText;
    }
    .current {
      color: CanvasText;
    }
    .link:focus-visible {
      outline: ${t.focusWidth} solid Highlight;
      outline-offset: 2px;
    }
  }
`;
