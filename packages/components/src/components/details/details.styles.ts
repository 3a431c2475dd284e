import { css, type CSSResult } from 'lit';
import * as t from '../../styles/token-values.js';

/** Where each rule applies: the element's own shadow root, or the page's `<details>`. */
interface Selectors {
  /** The `<details>`. */
  details: CSSResult;
  /** Its `<summary>`. */
  summary: CSSResult;
  /** The `<summary>` of an open `<details>`. */
  openSummary: CSSResult;
  /** The box around the help text, while it is shown. */
  text: CSSResult;
}

/**
 * The look of a details, written once for both ways of writing it. The summary is a link-like
 * control with a triangle at its inline start, pointing at the text when closed and down when
 * open. The triangle is drawn with borders on logical sides, so it points the right way in
 * right-to-left text without a rule of its own.
 */
const disclosure = ({ details, summary, openSummary, text }: Selectors) => css`
  ${details} {
    display: block;
    margin: 0;
    min-inline-size: 0;
  }
  ${summary} {
    position: relative;
    display: inline-block;
    margin-block-end: ${t.space1};
    padding-inline-start: 1.5625rem;
    color: ${t.colorLink};
    cursor: pointer;
    list-style: none;
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.1578em;
    overflow-wrap: break-word;
  }
  ${summary}::-webkit-details-marker {
    display: none;
  }
  ${summary}::before {
    content: '';
    position: absolute;
    inset-block-start: 0.31em;
    inset-inline-start: 0;
    inline-size: 0;
    block-size: 0;
    border-block: 0.35em solid transparent;
    border-inline-start: 0.6em solid currentColor;
    border-inline-end: 0;
  }
  ${openSummary}::before {
    inset-block-start: 0.36em;
    border-block-start: 0.6em solid currentColor;
    border-block-end: 0;
    border-inline: 0.35em solid transparent;
  }
  ${summary}:hover {
    color: ${t.colorLinkHover};
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  ${summary}:focus {
    outline: ${t.focusWidth} solid transparent;
  }
  ${summary}:focus-visible {
    background-color: ${t.focusRingColor};
    box-shadow:
      0 -2px ${t.focusRingColor},
      0 4px ${t.focusOutlineColor};
    color: ${t.colorFocusText};
    text-decoration: none;
  }
  ${text} {
    padding-block: ${t.space3};
    padding-inline: ${t.space4} 0;
    border-inline-start: 5px solid var(--polis-details-border-color, ${t.colorBorder});
    overflow-wrap: break-word;
  }
  @media (forced-colors: active) {
    ${summary} {
      color: LinkText;
    }
    /* Its borders keep their colours: the transparent ones are what makes it a triangle. */
    ${summary}::before {
      forced-color-adjust: none;
    }
    ${summary}:focus-visible {
      outline: ${t.focusWidth} solid Highlight;
      outline-offset: 2px;
      color: LinkText;
      text-decoration: underline;
    }
    ${text} {
      border-inline-start-color: CanvasText;
    }
  }
`;

/** The element's box, and the details it renders in its shadow root. */
export const detailsStyles = css`
  :host {
    display: block;
    margin-block-end: ${t.space6};
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
  }
  ${disclosure({
    details: css`.details`,
    summary: css`.summary`,
    openSummary: css`.details[open] > .summary`,
    text: css`.text`,
  })}
  .text ::slotted(:first-child) {
    margin-block-start: 0;
  }
  .text ::slotted(:last-child) {
    margin-block-end: 0;
  }
`;

/**
 * The same look for a `<details>` of the page's own, which `::slotted()` cannot reach inside.
 * Adopted by the document (or shadow root) the element is in, as a constructable stylesheet
 * (allowed under a strict Content-Security-Policy); every rule starts with the element's
 * custom state, so nothing else on the page is touched. The help text's box is the details'
 * `::details-content`: browsers without it show the text without the line beside it.
 */
export const detailsDocumentStyles = css`
  ${disclosure({
    details: css`:state(polis-details) > details`,
    summary: css`:state(polis-details) > details > summary`,
    openSummary: css`:state(polis-details) > details[open] > summary`,
    text: css`:state(polis-details) > details[open]::details-content`,
  })}
  :state(polis-details) > details > summary + * {
    margin-block-start: 0;
  }
  :state(polis-details) > details > :last-child:not(summary) {
    margin-block-end: 0;
  }
`;
