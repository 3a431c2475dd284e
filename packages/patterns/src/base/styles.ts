import { css } from 'lit';
import { baseStyles } from '@polis-ds/components';
import * as t from '@polis-ds/components/tokens';

const patternLinkStyles = css`
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
    .link:focus {
      outline: ${t.focusWidth} solid Highlight;
    }
  }
`;

/**
 * What every pattern element shares: the components' `baseStyles` (box model, font, `hidden`,
 * visually hidden text, the forced-colours focus floor) and the Polis link look, which the
 * pattern elements draw in their own shadow roots.
 */
export const patternBaseStyles = [baseStyles, patternLinkStyles];
