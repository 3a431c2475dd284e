import { css } from 'lit';
import * as t from '../../styles/token-values.js';

export const warningTextStyles = css`
  :host {
    display: block;
    margin-block-end: ${t.space6};
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
  }
  .warning {
    display: flex;
    align-items: flex-start;
    gap: ${t.space4};
  }
  .icon {
    flex: 0 0 auto;
    /* In em, so it grows with the text when people enlarge it. */
    inline-size: 1.875em;
    block-size: 1.875em;
    /* The text colour reaches 4.5:1 on the page, so the circle is well over 3:1 (WCAG 1.4.11). */
    fill: var(--polis-warning-text-icon-color, ${t.colorText});
  }
  .text {
    flex: 1 1 auto;
    min-inline-size: 0;
    /* Centres the first line on the icon; later lines run on below it. */
    padding-block-start: max(0px, calc((1.875em - 1lh) / 2));
    font-weight: ${t.fontWeightBold};
    overflow-wrap: break-word;
  }
  @media (forced-colors: active) {
    /* SVG fills are not forced: draw the circle in the system text colour. */
    .icon {
      fill: CanvasText;
    }
  }
`;
