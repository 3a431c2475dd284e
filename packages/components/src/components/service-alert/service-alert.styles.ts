import { css } from 'lit';
import * as t from '../../styles/token-values.js';

export const serviceAlertStyles = css`
  :host {
    display: block;
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
  }
  /* In the flow of the page, never fixed or sticky, so it cannot cover focus (WCAG 2.4.11). */
  .alert {
    --_color: var(--polis-service-alert-color, ${t.colorLink});
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: ${t.space3};
    padding: ${t.space3};
    border-block-start: 5px solid var(--_color);
    border-block-end: 1px solid ${t.colorBorderSubtle};
    background: ${t.colorSurface};
    color: ${t.colorText};
    overflow-wrap: break-word;
  }
  /* Yellow is too light for a meaningful graphic on the surface: border only, dark icon. */
  .alert--warning {
    --_color: var(--polis-service-alert-color, ${t.colorYellow500});
  }
  .alert--emergency {
    --_color: var(--polis-service-alert-color, ${t.colorError});
    border: 5px solid var(--_color);
  }
  .icon {
    flex: 0 0 auto;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    fill: var(--_color);
  }
  .alert--warning .icon {
    fill: ${t.colorText};
  }
  .icon-mark {
    fill: ${t.colorSurface};
  }
  .body {
    flex: 1 1 20rem;
    min-inline-size: 0;
  }
  .heading {
    margin-block: 0 ${t.space1};
    font-size: ${t.fontSize24};
    line-height: ${t.lineHeightHeading};
    font-weight: ${t.fontWeightBold};
  }
  .content ::slotted(*) {
    margin-block: 0 ${t.space2};
  }
  .content ::slotted(:last-child) {
    margin-block-end: 0;
  }
  /* At least 44 by 44 px, well above the 24 px minimum (WCAG 2.5.8). */
  .dismiss {
    flex: 0 0 auto;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    margin: 0;
    padding-block: ${t.space1};
    padding-inline: ${t.space2};
    border: 0;
    background: transparent;
    color: ${t.colorLink};
    font: inherit;
    font-size: ${t.fontSize19};
    letter-spacing: inherit;
    word-spacing: inherit;
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.1578em;
    cursor: pointer;
  }
  .dismiss:hover {
    color: ${t.colorLinkHover};
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  .dismiss:focus-visible {
    outline: ${t.focusWidth} solid transparent;
    background: ${t.colorFocus};
    box-shadow:
      0 -2px ${t.colorFocus},
      0 4px ${t.colorFocusText};
    color: ${t.colorFocusText};
    text-decoration: none;
  }
  @media (forced-colors: active) {
    .alert {
      border-color: CanvasText;
    }
    .icon,
    .alert--warning .icon {
      fill: CanvasText;
    }
    .icon-mark {
      fill: Canvas;
    }
    .dismiss {
      color: LinkText;
    }
    .dismiss:focus-visible {
      outline: ${t.focusWidth} solid Highlight;
    }
  }
`;
