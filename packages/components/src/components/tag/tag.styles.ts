import { css } from 'lit';
import * as t from '../../styles/token-values.js';

export const tagStyles = css`
  :host {
    display: inline-block;
    max-inline-size: 100%;
    vertical-align: baseline;
  }
  .tag {
    display: inline-block;
    max-inline-size: 100%;
    padding-block: 2px 3px;
    padding-inline: ${t.space2};
    border: 1px solid transparent;
    border-radius: ${t.radius};
    background: var(--polis-tag-background, var(--_bg));
    color: var(--polis-tag-text, var(--_text));
    font-size: ${t.fontSize16};
    line-height: 1.25;
    font-weight: ${t.fontWeightBold};
    letter-spacing: inherit;
    word-spacing: inherit;
    overflow-wrap: break-word;
  }
  /* One pair of component tokens per colour; each pair reaches 4.5:1 in every theme. */
  .tag--grey {
    --_bg: ${t.tagGreyBackground};
    --_text: ${t.tagGreyText};
  }
  .tag--green {
    --_bg: ${t.tagGreenBackground};
    --_text: ${t.tagGreenText};
  }
  .tag--turquoise {
    --_bg: ${t.tagTurquoiseBackground};
    --_text: ${t.tagTurquoiseText};
  }
  .tag--blue {
    --_bg: ${t.tagBlueBackground};
    --_text: ${t.tagBlueText};
  }
  .tag--light-blue {
    --_bg: ${t.tagLightBlueBackground};
    --_text: ${t.tagLightBlueText};
  }
  .tag--purple {
    --_bg: ${t.tagPurpleBackground};
    --_text: ${t.tagPurpleText};
  }
  .tag--pink {
    --_bg: ${t.tagPinkBackground};
    --_text: ${t.tagPinkText};
  }
  .tag--red {
    --_bg: ${t.tagRedBackground};
    --_text: ${t.tagRedText};
  }
  .tag--orange {
    --_bg: ${t.tagOrangeBackground};
    --_text: ${t.tagOrangeText};
  }
  .tag--yellow {
    --_bg: ${t.tagYellowBackground};
    --_text: ${t.tagYellowText};
  }
  /* In forced colours the fill is dropped: a border keeps the tag visible as a label. */
  @media (forced-colors: active) {
    .tag {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
