import { css } from 'lit';
import * as t from '@polis-ds/components/tokens';

/**
 * What every pattern element shares with the components' `baseStyles`: box model, font,
 * `hidden`, visually hidden text, and a focus indicator that survives forced colours; plus
 * the Polis link and native button looks the consent elements draw in their own shadow roots.
 */
export const patternBaseStyles = css`
  :host {
    box-sizing: border-box;
    font-family: ${t.fontFamily};
    color: ${t.colorText};
    -webkit-font-smoothing: antialiased;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
    user-select: none;
  }
  .link {
    color: ${t.colorLink};
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.1578em;
    overflow-wrap: break-word;
  }
  .link:visited {
    color: ${t.colorLinkVisited};
  }
  .link:hover {
    color: ${t.colorLinkHover};
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  .link:active {
    color: ${t.colorLinkActive};
  }
  .link:focus {
    outline: ${t.focusWidth} solid transparent;
    background: ${t.colorFocus};
    box-shadow:
      0 -2px ${t.colorFocus},
      0 4px ${t.colorFocusText};
    color: ${t.colorFocusText};
    text-decoration: none;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline: ${t.focusWidth} solid Highlight;
    }
    .link:focus {
      outline: ${t.focusWidth} solid Highlight;
    }
  }
`;
