import { css } from 'lit';
import * as t from '../../styles/token-values.js';

/** Focus, error and disabled states, also under forced colours, come from `inputStateStyles`. */
export const dateInputStyles = css`
  .group {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .legend {
    box-sizing: border-box;
    display: table;
    max-inline-size: 100%;
    margin-block-end: ${t.space1};
    padding: 0;
    white-space: normal;
    overflow-wrap: break-word;
  }
  /* The parts sit side by side and wrap onto new lines on narrow screens (WCAG 1.4.10). */
  .parts {
    display: flex;
    flex-wrap: wrap;
    gap: ${t.space3} ${t.space4};
  }
  .item {
    display: flex;
    flex-direction: column;
  }
  .part-label {
    display: block;
    margin-block-end: ${t.space1};
  }
  .input {
    box-sizing: border-box;
    block-size: 2.5em;
    margin: 0;
    padding: ${t.space1};
    border: ${t.borderWidth} solid var(--polis-date-input-border-color, ${t.inputBorderColor});
    border-radius: ${t.radius};
    background: var(--polis-date-input-background, ${t.inputBackground});
    color: ${t.colorText};
    font: inherit;
    /* Text spacing (WCAG 1.4.12): let people's own spacing settings reach the fields. */
    letter-spacing: inherit;
    word-spacing: inherit;
    appearance: none;
  }
  /* Widths fit the answer: 2 characters for day and month, 4 for the year. */
  .input--day,
  .input--month {
    inline-size: calc(2ex + 3ex);
  }
  .input--year {
    inline-size: calc(4ex + 3ex);
  }
`;
