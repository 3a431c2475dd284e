import { css } from 'lit';
import * as t from '../../styles/token-values.js';

export const passwordInputStyles = css`
  .wrapper {
    display: flex;
    flex-wrap: wrap;
    align-items: stretch;
    gap: ${t.space1};
    max-inline-size: 100%;
  }
  .input {
    box-sizing: border-box;
    flex: 1 1 10em;
    min-inline-size: 0;
    block-size: 2.5em;
    margin: 0;
    padding: ${t.space1};
    border: ${t.borderWidth} solid var(--polis-password-input-border-color, ${t.inputBorderColor});
    border-radius: ${t.radius};
    background: var(--polis-password-input-background, ${t.inputBackground});
    color: ${t.colorText};
    font: inherit;
    /* Text spacing (WCAG 1.4.12): let people's own spacing settings reach the field. */
    letter-spacing: inherit;
    word-spacing: inherit;
    appearance: none;
  }
  /* A secondary button, at least 44px high (WCAG 2.5.8 asks 24px; 2.5.5 asks 44px). */
  .toggle {
    flex: 0 0 auto;
    box-sizing: border-box;
    min-inline-size: 5em;
    min-block-size: max(2.5em, 2.75rem);
    margin: 0 0 2px;
    padding: ${t.space1} ${t.space3};
    border: ${t.borderWidth} solid transparent;
    border-radius: ${t.radius};
    background: var(--polis-password-input-toggle-background, ${t.buttonSecondaryBackground});
    box-shadow: 0 2px 0 ${t.colorSecondaryShadow};
    color: ${t.buttonSecondaryText};
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    cursor: pointer;
    appearance: none;
  }
  .toggle:hover {
    background: ${t.colorSecondaryHover};
  }
  .toggle:focus {
    outline: ${t.focusWidth} solid transparent;
  }
  .toggle:focus-visible {
    border-color: ${t.focusRingColor};
    background: ${t.focusRingColor};
    box-shadow: 0 2px 0 ${t.focusOutlineColor};
    color: ${t.colorFocusText};
  }
  .toggle:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    .toggle {
      border-color: ButtonText;
    }
    .toggle:focus-visible {
      outline: ${t.focusWidth} solid Highlight;
      outline-offset: 2px;
    }
    .toggle:disabled {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
