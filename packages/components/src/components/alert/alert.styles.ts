import { css } from 'lit';
import * as t from '../../styles/token-values.js';

export const alertStyles = css`
  :host {
    display: block;
    margin-block-end: ${t.space6};
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
  }
  .alert {
    --_color: var(--polis-alert-color, ${t.colorLink});
    display: flex;
    align-items: flex-start;
    gap: ${t.space3};
    padding: ${t.space3};
    border-inline-start: 5px solid var(--_color);
    background: ${t.colorSurface};
    color: ${t.colorText};
    overflow-wrap: break-word;
  }
  .alert--success {
    --_color: var(--polis-alert-color, ${t.colorSuccess});
  }
  /* Yellow is too light against the surface for a meaningful graphic (WCAG 1.4.11): it only
     marks the border; the icon is drawn in the text colour. */
  .alert--warning {
    --_color: var(--polis-alert-color, ${t.colorYellow500});
  }
  .alert--error {
    --_color: var(--polis-alert-color, ${t.colorError});
  }
  .icon {
    flex: 0 0 auto;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin-block-start: 0.0625rem;
    fill: var(--_color);
  }
  .icon-mark {
    fill: ${t.colorSurface};
  }
  .alert--warning .icon {
    fill: ${t.colorText};
  }
  .body {
    flex: 1 1 auto;
    min-inline-size: 0;
  }
  .heading {
    margin-block: 0 ${t.space2};
    font-size: ${t.fontSize19};
    line-height: ${t.lineHeightBody};
    font-weight: ${t.fontWeightBold};
  }
  .content ::slotted(*) {
    margin-block: 0 ${t.space3};
  }
  .content ::slotted(:last-child) {
    margin-block-end: 0;
  }
  @media (forced-colors: active) {
    .alert {
      border-inline-start-color: CanvasText;
      outline: 1px solid CanvasText;
    }
    .icon {
      fill: CanvasText;
    }
    .alert--warning .icon {
      fill: CanvasText;
    }
    .icon-mark {
      fill: Canvas;
    }
  }
`;
