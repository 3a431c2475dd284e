// Writes src/styles/pre-upgrade.css: how Polis form controls look in the moment between the
// page arriving and the JavaScript defining the elements. A server-rendered
// `<polis-text-input label="Full name">` is an empty element until then; without these rules it
// is 0 px tall, and the page jumps when it upgrades (cumulative layout shift 0.28 for the bench
// form). With them, each element shows its label, hint or legend from its attributes and
// reserves exactly the space its shadow root will take, with the same tokens, so nothing moves.
//
// Every rule is scoped to `:not(:defined)`, so it stops applying the moment the element is
// defined. Sizes follow the components' own styles (block-size 2.5em inputs, 40 px options,
// the field frame's margins); `src/test/pre-upgrade.test.ts` compares each element's size
// before and after upgrade, so a change to a component's box that forgets this file fails.
import { readFileSync, writeFileSync } from 'node:fs';
import * as t from '@polis-ds/tokens/vars';

/** Every control's frame: the field styles' typography and spacing. */
const field = `display: block;
  margin-block: 0 ${t.space6};
  font-family: ${t.fontFamily};
  font-size: ${t.fontSize19};
  line-height: ${t.lineHeightBody};
  color: ${t.colorText};
  overflow-wrap: break-word;`;

const controls = ':is(polis-text-input, polis-password-input, polis-select, polis-textarea)';
const groups = ':is(polis-radios, polis-checkboxes)';
const pending = (selector) => `:is(${selector}):not(:defined):not([hidden])`;

const css = `/*
 * Polis: form controls before their JavaScript arrives. Written by
 * scripts/write-pre-upgrade.mjs from the tokens; do not edit by hand.
 *
 * Load it in <head>, beside tokens.css, so a server-rendered form is visible and takes its
 * final size before the elements upgrade: no layout shift when they do.
 */
${pending(`${controls}, ${groups}, polis-checkbox`)} {
  ${field}
}
/* Label (or legend), then hint, then the control: a column, so the hint can come before the options. */
${pending(`${controls}, ${groups}`)} {
  display: flex;
  flex-direction: column;
  align-items: stretch;
}
${pending(`${controls}, ${groups}`)}::before {
  order: -2;
  content: attr(label);
  margin-block-end: ${t.space1};
}
${pending(groups)}::before {
  content: attr(legend);
  margin-block-end: ${t.space3};
  font-weight: ${t.fontWeightBold};
}
${pending(`${controls}[hint], ${groups}[hint]`)}::after {
  order: -1;
  content: attr(hint);
  margin-block-end: ${t.space3};
  color: ${t.colorTextSecondary};
}
/*
 * The box an input will occupy: --_h tall, --_b above the element's bottom edge, drawn as four
 * lines of background (--_l) so no element is needed.
 */
${pending(controls)} {
  --_h: 2.5em;
  --_b: 0px;
  --_w: ${t.borderWidth};
  --_l: linear-gradient(${t.inputBorderColor}, ${t.inputBorderColor});
  padding-block-end: calc(var(--_h) + var(--_b));
  background:
    var(--_l) 0 calc(100% - var(--_b)) / 100% var(--_w) no-repeat,
    var(--_l) 0 calc(100% - var(--_b) - var(--_h) + var(--_w)) / 100% var(--_w) no-repeat,
    var(--_l) 0 calc(100% - var(--_b)) / var(--_w) var(--_h) no-repeat,
    var(--_l) 100% calc(100% - var(--_b)) / var(--_w) var(--_h) no-repeat;
}
/* The show-password button beside the field is 2 px taller (its shadow). */
${pending('polis-password-input')} {
  --_b: 2px;
}
/* A textarea is rows lines tall, plus its padding and border (default rows: 5). */
${pending('polis-textarea')} {
  --_h: calc(5lh + 2 * ${t.space1} + 2 * var(--_w));
}
@supports (inline-size: calc(attr(rows type(<integer>), 5) * 1px)) {
  ${pending('polis-textarea[rows]')} {
    --_h: calc(max(attr(rows type(<integer>), 5), 1) * 1lh + 2 * ${t.space1} + 2 * var(--_w));
  }
}
/* A select's options are data until it upgrades. */
${pending('polis-select')} > * {
  display: none;
}
/* Options: a 40 px circle or box at the start, the label beside it. */
${pending(groups)} > :is(polis-radio, polis-checkbox, polis-divider) {
  display: block;
  min-block-size: 40px;
  margin-block-end: 10px;
  padding-inline-start: 40px;
}
${pending('polis-checkboxes')} > :last-child {
  margin-block-end: 0;
}
${pending(groups)} > * > * {
  display: none;
}
${pending(`${groups} > :is(polis-radio, polis-checkbox)`)}::before,
${pending('polis-checkbox')}::before {
  content: attr(label);
  display: inline-block;
  padding-block: calc((40px - 1lh) / 2);
  padding-inline: ${t.space3};
}
/* The circle or box, drawn where the component will draw it. */
${pending(`${groups} > :is(polis-radio, polis-checkbox)`)},
${pending('polis-checkbox')} {
  position: relative;
}
${pending(`${groups} > :is(polis-radio, polis-checkbox)`)}::after,
${pending('polis-checkbox')}::after {
  content: '';
  position: absolute;
  inset-block-start: 0;
  inset-inline-start: 0;
  box-sizing: border-box;
  inline-size: 40px;
  block-size: 40px;
  border: ${t.borderWidth} solid currentColor;
}
${pending('polis-radios > polis-radio')}::after {
  border-color: ${t.inputBorderColor};
  border-radius: 50%;
}
/* A checkbox on its own: a 40 px box, the label beside it. */
${pending('polis-checkbox')} {
  min-block-size: 40px;
  padding-inline-start: 40px;
}
${pending('polis-checkbox')}::before {
  padding-block: 8px 5px;
  padding-inline: 15px;
}
${pending('polis-checkbox')} > * {
  display: none;
}
/* The page's own skip link is hidden until it is focused, as the element will show it. */
${pending('polis-skip-link')} > a:not(:focus) {
  position: absolute;
  inline-size: 1px;
  block-size: 1px;
  margin: 0;
  padding: 0;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
`;

const file = new URL('../src/styles/pre-upgrade.css', import.meta.url);
let current = '';
try {
  current = readFileSync(file, 'utf8');
} catch {
  // first build
}
if (current !== css) writeFileSync(file, css);
