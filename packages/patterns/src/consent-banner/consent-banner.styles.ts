import { css } from 'lit';
import * as t from '@polis-ds/components/tokens';

export const consentBannerStyles = css`
  :host {
    display: block;
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
  }
  .banner {
    /* Scrolls with the page: a fixed or sticky banner would cover what has focus (WCAG 2.4.11). */
    position: static;
    padding-block: ${t.space4} ${t.space2};
    background: var(--polis-consent-banner-background, ${t.colorSurface});
    color: ${t.colorText};
    /* Transparent, so that forced colours draw a line between the banner and the page. */
    border-block-end: 10px solid transparent;
    container-type: inline-size;
  }
  .inner {
    max-inline-size: var(--polis-consent-banner-max-width, 60rem);
    margin-inline: auto;
    padding-inline: ${t.space3};
  }
  .message {
    margin-block-end: ${t.space3};
  }
  /* Focus is moved here so screen readers read it; a ring around a paragraph would only confuse. */
  .confirmation:focus {
    outline: none;
  }
  .heading {
    margin-block: 0 ${t.space4};
    font-size: ${t.fontSize24};
    line-height: ${t.lineHeightHeading};
    font-weight: ${t.fontWeightBold};
    overflow-wrap: break-word;
  }
  .content {
    max-inline-size: 40em;
  }
  .content p {
    margin-block: 0 ${t.space4};
    overflow-wrap: break-word;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${t.space3} ${t.space4};
    margin-block-end: ${t.space3};
  }
  /*
   * Accepting and rejecting look exactly alike and take the same space: one grid track
   * each, equal, as wide as the longer label; stacked at full width in a narrow banner.
   */
  .buttons {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: ${t.space3};
    inline-size: 100%;
  }
  @container (min-width: 30rem) {
    .buttons {
      display: inline-grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      inline-size: auto;
    }
  }
  .button {
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.75rem;
    margin: 0 0 2px;
    padding: ${t.space2} ${t.space3} calc(${t.space2} - 2px);
    border: ${t.borderWidth} solid transparent;
    border-radius: ${t.radius};
    background: ${t.buttonPrimaryBackground};
    box-shadow: 0 2px 0 ${t.buttonPrimaryShadow};
    color: ${t.buttonPrimaryText};
    font: inherit;
    font-size: ${t.fontSize19};
    line-height: 1.1875;
    font-weight: ${t.fontWeightRegular};
    text-align: center;
    letter-spacing: inherit;
    word-spacing: inherit;
    overflow-wrap: break-word;
    cursor: pointer;
    -webkit-appearance: none;
    appearance: none;
  }
  .button:hover {
    background: ${t.buttonPrimaryBackgroundHover};
  }
  .button:active {
    top: 2px;
  }
  .button:focus {
    outline: ${t.focusWidth} solid transparent;
  }
  .button:focus-visible {
    border-color: ${t.focusRingColor};
    background: ${t.focusRingColor};
    box-shadow:
      inset 0 0 0 1px ${t.focusRingColor},
      0 2px 0 ${t.focusOutlineColor};
    color: ${t.colorFocusText};
  }
  .button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .link {
    font-size: ${t.fontSize19};
  }
  @media (forced-colors: active) {
    .banner {
      border-block-end-color: CanvasText;
    }
    .button {
      border-color: ButtonText;
    }
    .button:focus-visible {
      outline: ${t.focusWidth} solid Highlight;
      outline-offset: 2px;
    }
  }
`;
