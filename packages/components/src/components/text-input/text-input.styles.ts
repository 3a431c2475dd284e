import { css } from 'lit';
import * as t from '../../styles/token-values.js';

/** Focus, error and disabled states, also under forced colours, come from `inputStateStyles`. */
export const textInputStyles = css`
  .wrapper {
    display: flex;
    align-items: stretch;
    max-inline-size: 100%;
  }
  .input {
    box-sizing: border-box;
    inline-size: 100%;
    min-inline-size: 0;
    block-size: 2.5em;
    margin: 0;
    padding: ${t.space1};
    border: ${t.borderWidth} solid var(--polis-text-input-border-color, ${t.inputBorderColor});
    border-radius: ${t.radius};
    background: var(--polis-text-input-background, ${t.inputBackground});
    color: ${t.colorText};
    font: inherit;
    /* Text spacing (WCAG 1.4.12): let people's own spacing settings reach the field. */
    letter-spacing: inherit;
    word-spacing: inherit;
    appearance: none;
  }
  .affix {
    display: flex;
    align-items: center;
    justify-content: center;
    flex: 0 0 auto;
    min-inline-size: 2.5em;
    padding-inline: ${t.space1};
    border: ${t.borderWidth} solid ${t.inputBorderColor};
    background: ${t.colorSurface};
    white-space: nowrap;
    cursor: default;
  }
  .affix--prefix {
    border-inline-end: 0;
  }
  .affix--suffix {
    border-inline-start: 0;
  }
  /* Widths fit the expected answer, which helps people see what to type. */
  .width-2 {
    max-inline-size: calc(2ex + 3ex);
  }
  .width-3 {
    max-inline-size: calc(3ex + 3ex);
  }
  .width-4 {
    max-inline-size: calc(4ex + 3ex);
  }
  .width-5 {
    max-inline-size: calc(5ex + 3ex);
  }
  .width-10 {
    max-inline-size: calc(10ex + 3ex);
  }
  .width-20 {
    max-inline-size: calc(20ex + 3ex);
  }
  .width-30 {
    max-inline-size: calc(30ex + 3ex);
  }
  .width-three-quarters {
    max-inline-size: 75%;
  }
  .width-two-thirds {
    max-inline-size: 66.66%;
  }
  .width-one-half {
    max-inline-size: 50%;
  }
  .width-one-third {
    max-inline-size: 33.33%;
  }
  .width-one-quarter {
    max-inline-size: 25%;
  }
  @media (max-width: 40rem) {
    .width-three-quarters,
    .width-two-thirds,
    .width-one-half,
    .width-one-third,
    .width-one-quarter {
      max-inline-size: 100%;
    }
  }
`;
