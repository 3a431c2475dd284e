import { css } from 'lit';
import * as t from '../../styles/token-values.js';

export const panelStyles = css`
  :host {
    display: block;
    margin-block-end: ${t.space6};
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
  }
  /*
   * White (text-inverse) on the success green: a declared contrast pair, 4.5:1 in every theme
   * and 7:1 in high contrast. The transparent border is there for forced colours, which drop
   * the fill: the border then shows in CanvasText.
   */
  .panel {
    padding: ${t.space4};
    border: 5px solid transparent;
    background: ${t.colorSuccess};
    color: ${t.colorTextInverse};
    /* Start-aligned, not centred: easier to read when text is large or wraps onto many lines. */
    text-align: start;
    overflow-wrap: break-word;
  }
  .heading,
  .heading-slot ::slotted(*) {
    margin-block: 0 ${t.space3};
    color: inherit;
    font-size: ${t.fontSize36};
    line-height: ${t.lineHeightHeading};
    font-weight: ${t.fontWeightBold};
  }
  .heading:last-child,
  .heading-slot:last-child ::slotted(*) {
    margin-block-end: 0;
  }
  .reference-block {
    margin-block: 0 ${t.space3};
    font-size: ${t.fontSize24};
    line-height: ${t.lineHeightHeading};
  }
  .reference-block:last-child {
    margin-block-end: 0;
  }
  .reference-label {
    display: block;
    margin-block-end: ${t.space1};
  }
  /*
   * The number exactly as given: no case change or letter spacing (they change what screen
   * readers read and what is copied), a font that tells 0 from O and 1 from l, broken only
   * where it would overflow, and selected whole with one click. It is inline and isolated with
   * its direction taken from its own first letter, so a Latin reference such as "HDJ-2123-F"
   * keeps its order on a right-to-left page while it stays aligned with its label.
   */
  .reference {
    font-family: ${t.fontFamilyMono};
    font-size: ${t.fontSize36};
    font-weight: ${t.fontWeightBold};
    overflow-wrap: anywhere;
    user-select: all;
    unicode-bidi: plaintext;
  }
  .body {
    font-size: ${t.fontSize24};
    line-height: ${t.lineHeightHeading};
  }
  .body[hidden] {
    display: none;
  }
  .body ::slotted(*) {
    margin-block: 0 ${t.space3};
    color: inherit;
  }
  .body ::slotted(:last-child) {
    margin-block-end: 0;
  }
  @media (min-width: 40rem) {
    .panel {
      padding: ${t.space6};
    }
    .heading,
    .heading-slot ::slotted(*) {
      font-size: ${t.fontSize48};
    }
  }
  @media (forced-colors: active) {
    .panel {
      border-color: CanvasText;
    }
  }
`;
