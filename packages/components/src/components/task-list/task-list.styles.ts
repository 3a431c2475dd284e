import { css } from 'lit';
import * as t from '../../styles/token-values.js';

export const taskListStyles = css`
  :host {
    display: block;
    margin-block-end: ${t.space6};
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
  }
  .summary {
    margin-block: 0 ${t.space6};
    overflow-wrap: break-word;
  }
  .group-heading {
    margin-block: 0 ${t.space3};
    font-size: ${t.fontSize24};
    line-height: ${t.lineHeightHeading};
    font-weight: ${t.fontWeightBold};
    overflow-wrap: break-word;
  }
  .list {
    margin-block: 0 ${t.space6};
    margin-inline: 0;
    padding: 0;
    list-style: none;
    border-block-start: 1px solid ${t.colorBorderSubtle};
  }
  .list:last-child {
    margin-block-end: 0;
  }
  /* Name and hint at the start, status at the end; the status wraps under the name when narrow. */
  .task {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: ${t.space4};
    row-gap: ${t.space1};
    margin: 0;
    padding-block: ${t.space3};
    padding-inline: ${t.space1};
    border-block-end: 1px solid ${t.colorBorderSubtle};
  }
  .name-and-hint {
    flex: 1 1 12em;
    min-inline-size: 0;
    overflow-wrap: break-word;
  }
  .status {
    flex: 0 1 auto;
    margin-inline-start: auto;
    min-inline-size: 0;
    text-align: end;
    overflow-wrap: break-word;
  }
  .hint {
    margin-block-start: ${t.space1};
    color: ${t.colorTextSecondary};
  }
  /* The whole row answers the pointer: the link's box is stretched over it (only the link takes focus). */
  .task--link {
    position: relative;
  }
  .task--link:hover {
    background: ${t.colorSurface};
  }
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .link {
    color: ${t.colorLink};
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.1578em;
  }
  .link:visited {
    color: ${t.colorLinkVisited};
  }
  .task--link:hover .link {
    color: ${t.colorLinkHover};
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  .link:active {
    color: ${t.colorLinkActive};
  }
  .link:focus-visible {
    outline: 3px solid transparent;
    background-color: ${t.focusRingColor};
    box-shadow:
      0 -2px ${t.focusRingColor},
      0 4px ${t.focusOutlineColor};
    color: ${t.colorFocusText};
    text-decoration: none;
  }
  @media (forced-colors: active) {
    .link {
      color: LinkText;
    }
    .link:focus-visible {
      outline-color: Highlight;
      outline-offset: 2px;
      color: LinkText;
      text-decoration: underline;
    }
    .list,
    .task {
      border-color: CanvasText;
    }
  }
`;
