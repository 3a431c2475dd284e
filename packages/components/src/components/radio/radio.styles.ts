import { css } from 'lit';

/**
 * The option itself draws nothing: its group draws the radio; this box holds the conditional
 * content. Nothing here has a colour, so forced colours need no rules: polis-radios has them.
 */
export const radioStyles = css`
  :host {
    display: block;
  }
  :host([hidden]),
  :host([divider]) {
    display: none !important;
  }
`;
