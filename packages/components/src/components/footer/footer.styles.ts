import { css } from 'lit';
import * as t from '../../styles/token-values.js';

export const footerStyles = css`
  :host {
    display: block;
    font-size: ${t.fontSize16};
    line-height: ${t.lineHeightBody};
  }
  .footer {
    padding-block: ${t.space6} ${t.space4};
    border-block-start: 0.625rem solid var(--polis-footer-border-color, ${t.colorLink});
    background: var(--polis-footer-background, ${t.colorSurface});
    color: ${t.colorText};
  }
  .container {
    max-inline-size: var(--polis-page-max-width, 64rem);
    margin-inline: auto;
    padding-inline: ${t.space4};
  }
  [hidden] {
    display: none !important;
  }
  /* Columns side by side where they fit, stacked on a narrow screen. */
  .navigation {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: ${t.space4} ${t.space6};
    margin-block-end: ${t.space6};
    padding-block-end: ${t.space6};
    border-block-end: 1px solid ${t.colorBorderSubtle};
  }
  ::slotted([slot='navigation']) {
    min-inline-size: 0;
    margin: 0;
    overflow-wrap: break-word;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: ${t.space4} ${t.space6};
  }
  .meta-main {
    flex: 1 1 20rem;
    min-inline-size: 0;
  }
  .meta-links,
  .licence,
  .other {
    margin-block-end: ${t.space4};
    overflow-wrap: break-word;
  }
  .meta-main > :last-child {
    margin-block-end: 0;
  }
  /* The page's list of support links, in a line that wraps. */
  ::slotted(:is(ul, ol)[slot='meta']) {
    display: flex;
    flex-wrap: wrap;
    gap: ${t.space2} ${t.space4};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  ::slotted(a[slot='meta']) {
    display: inline-block;
    margin-inline-end: ${t.space4};
    padding-block: ${t.space1};
  }
  ::slotted([slot='licence']),
  ::slotted([slot='copyright']) {
    margin: 0;
  }
  .copyright {
    flex: 0 1 auto;
    min-inline-size: 0;
    overflow-wrap: break-word;
  }
  @media (forced-colors: active) {
    .footer,
    .navigation {
      border-color: CanvasText;
    }
  }
`;

/**
 * Styles for the page's own columns and lists, which `::slotted()` cannot reach inside: adopted
 * by the document (or shadow root) the element is in, and scoped to its custom state, so they
 * apply once it has upgraded and touch nothing else. Links in lists are spaced so that each is
 * an easy target (WCAG 2.5.8); column headings are sized for a footer, not a page.
 */
export const footerDocumentStyles = css`
  :state(polis-footer) > [slot='navigation'] :is(h2, h3, h4) {
    margin-block: 0 ${t.space3};
    font-size: ${t.fontSize19};
    font-weight: ${t.fontWeightBold};
    line-height: ${t.lineHeightBody};
  }
  :state(polis-footer) > [slot='navigation'] :is(ul, ol) {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :state(polis-footer) > [slot='navigation'] li {
    margin-block: 0 ${t.space2};
  }
  :state(polis-footer) > [slot='navigation'] li a,
  :state(polis-footer) > [slot='meta'] li a {
    display: inline-block;
    padding-block: 2px;
  }
`;
