import { css } from 'lit';
import * as t from '../../styles/token-values.js';

export const notificationBannerStyles = css`
  :host {
    display: block;
    margin-block-end: ${t.space6};
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
  }
  .banner {
    --_color: var(--polis-notification-banner-color, ${t.colorLink});
    border: 5px solid var(--_color);
    background: var(--_color);
  }
  .banner--success {
    --_color: var(--polis-notification-banner-color, ${t.colorSuccess});
  }
  .banner:focus {
    outline: ${t.focusWidth} solid ${t.focusRingColor};
    outline-offset: 0;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${t.space2};
    padding-block: 2px ${t.space1};
    padding-inline: ${t.space3};
    border-block-end: 1px solid transparent;
  }
  .heading {
    margin: 0;
    color: ${t.colorTextInverse};
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
    font-weight: ${t.fontWeightBold};
    overflow-wrap: break-word;
  }
  .content {
    padding: ${t.space3};
    background: ${t.colorBackground};
    color: ${t.colorText};
    overflow-wrap: break-word;
  }
  .content ::slotted(*) {
    margin-block: 0 ${t.space3};
  }
  .content ::slotted(:last-child) {
    margin-block-end: 0;
  }
  .content ::slotted(:is(h2, h3, h4, h5, h6)) {
    font-size: ${t.fontSize24};
    line-height: ${t.lineHeightHeading};
    font-weight: ${t.fontWeightBold};
  }
  /* The dismiss button sits on the coloured band: white text, at least 24 by 24 px. */
  .dismiss {
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    margin: 0;
    padding-block: ${t.space1};
    padding-inline: ${t.space2};
    border: 0;
    background: transparent;
    color: ${t.colorTextInverse};
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
    .banner {
      border-color: CanvasText;
      background: Canvas;
    }
    .header {
      border-block-end-color: CanvasText;
    }
    .heading,
    .dismiss {
      color: CanvasText;
    }
    .banner:focus,
    .dismiss:focus-visible {
      outline: ${t.focusWidth} solid Highlight;
    }
  }
`;
