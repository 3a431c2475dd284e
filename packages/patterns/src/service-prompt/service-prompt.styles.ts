import { css } from 'lit';
import * as t from '@polis-ds/components/tokens';

export const servicePromptStyles = css`
  :host {
    display: block;
    margin-block-end: ${t.space6};
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
  }
  .prompt {
    padding: ${t.space4} ${t.space4} 0;
    border: 1px solid ${t.colorBorderSubtle};
    /* A bar of colour marks the prompt; the heading and the region's name say what it is. */
    border-block-start: 5px solid var(--polis-service-prompt-accent, ${t.colorLink});
    background: ${t.colorBackground};
    container-type: inline-size;
  }
  .heading {
    margin-block: 0 ${t.space3};
    font-size: ${t.fontSize24};
    line-height: ${t.lineHeightHeading};
    font-weight: ${t.fontWeightBold};
    overflow-wrap: break-word;
  }
  /* Focus is moved to the heading only after the prompt before it was hidden, so a screen reader reads it. */
  .heading:focus {
    outline: ${t.focusWidth} solid ${t.focusRingColor};
    outline-offset: 2px;
  }
  .tag {
    vertical-align: middle;
    font-size: ${t.fontSize16};
  }
  .summary,
  .deadline {
    max-inline-size: 40em;
    margin-block: 0 ${t.space4};
    overflow-wrap: break-word;
  }
  .days-left {
    color: ${t.colorTextSecondary};
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0 ${t.space3};
  }
  .actions polis-button {
    margin-block-end: ${t.space4};
  }
  /* On a narrow screen every button takes the whole width, as GOV.UK buttons do on mobile. */
  @container (max-width: 30rem) {
    .actions polis-button {
      inline-size: 100%;
    }
  }

  /* "Why am I seeing this?": a native <details>, drawn like GOV.UK's details component. */
  .details {
    margin-block: 0 ${t.space4};
    font-size: ${t.fontSize19};
  }
  .details-summary {
    position: relative;
    display: inline-block;
    margin-block-end: ${t.space1};
    padding-inline-start: ${t.space5};
    color: ${t.colorLink};
    cursor: pointer;
    list-style: none;
  }
  .details-summary::-webkit-details-marker {
    display: none;
  }
  /* The triangle: borders, so it is drawn in forced colours too. Points to the end when closed, down when open. */
  .details-summary::before {
    content: '';
    position: absolute;
    inset-block-start: -1px;
    inset-block-end: 0;
    inset-inline-start: 0;
    margin-block: auto;
    display: block;
    inline-size: 0;
    block-size: 0;
    border-style: solid;
    border-color: transparent;
    border-width: 7px 0 7px 12.124px;
    border-inline-start-color: currentColor;
  }
  :host(:dir(rtl)) .details-summary::before {
    border-width: 7px 12.124px 7px 0;
  }
  .details[open] > .details-summary::before {
    border-width: 12.124px 7px 0;
    border-color: currentColor transparent transparent;
  }
  .details-summary-text {
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.1578em;
  }
  .details-summary:hover {
    color: ${t.colorLinkHover};
  }
  .details-summary:hover .details-summary-text {
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  .details-summary:focus {
    outline: ${t.focusWidth} solid transparent;
    color: ${t.colorFocusText};
    background: ${t.colorFocus};
    box-shadow:
      0 -2px ${t.colorFocus},
      0 4px ${t.colorFocusText};
  }
  .details-summary:focus .details-summary-text {
    text-decoration: none;
  }
  .details-text {
    padding-block: ${t.space3};
    padding-inline-start: ${t.space4};
    border-inline-start: 5px solid ${t.colorBorderSubtle};
  }
  .details-text > :first-child {
    margin-block-start: 0;
  }
  .details-text > :last-child {
    margin-block-end: 0;
  }
  .details-text p {
    max-inline-size: 40em;
    margin-block: 0 ${t.space3};
  }
  .reason {
    font-weight: ${t.fontWeightBold};
  }
  .facts {
    margin: 0 0 ${t.space3};
  }
  .fact {
    padding-block: ${t.space2};
    border-block-end: 1px solid ${t.colorBorderSubtle};
  }
  .fact:first-child {
    border-block-start: 1px solid ${t.colorBorderSubtle};
  }
  .fact-label {
    font-weight: ${t.fontWeightBold};
  }
  .fact-value {
    margin: 0;
  }
  .fact-source {
    display: block;
    color: ${t.colorTextSecondary};
    font-size: ${t.fontSize16};
  }
  @media (forced-colors: active) {
    .prompt {
      border-color: CanvasText;
    }
    .details-summary:focus {
      outline: ${t.focusWidth} solid Highlight;
    }
    .heading:focus {
      outline-color: Highlight;
    }
  }
`;
