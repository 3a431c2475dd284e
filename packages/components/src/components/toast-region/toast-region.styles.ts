import { css } from 'lit';
import * as t from '../../styles/token-values.js';

export const toastRegionStyles = css`
  :host {
    display: contents;
  }
  .region {
    --_offset: var(--polis-toast-region-offset, ${t.space3});
    position: fixed;
    z-index: var(--polis-toast-region-z-index, 1000);
    display: flex;
    flex-direction: column;
    gap: ${t.space2};
    box-sizing: border-box;
    inline-size: min(var(--polis-toast-region-inline-size, 26rem), calc(100vw - 2 * var(--_offset)));
    max-block-size: calc(100vh - 2 * var(--_offset));
    margin: 0;
    /* Room for the toasts' shadows and focus indicators inside the scrolling box. */
    padding: ${t.space1};
    overflow-y: auto;
    overscroll-behavior: contain;
    /* Clicks between toasts reach the page; the toasts themselves take them. */
    pointer-events: none;
  }
  .region[hidden] {
    display: none;
  }
  ::slotted(*) {
    pointer-events: auto;
  }
  .region--block-end-inline-end {
    inset-block-end: var(--_offset);
    inset-inline-end: var(--_offset);
  }
  .region--block-start-inline-end {
    inset-block-start: var(--_offset);
    inset-inline-end: var(--_offset);
  }
  .region--block-end-inline-start {
    inset-block-end: var(--_offset);
    inset-inline-start: var(--_offset);
  }
  .region--block-start-inline-start {
    inset-block-start: var(--_offset);
    inset-inline-start: var(--_offset);
  }
  /* Every corner would cover the focused element: out of sight until focus moves on. */
  .region--receded {
    visibility: hidden;
  }
  /* Forced colours: the region draws nothing itself; each polis-toast keeps its own border. */
`;
