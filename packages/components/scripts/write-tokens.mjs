// Writes src/styles/token-values.ts from @polis-ds/tokens/vars: one CSSResult per token, each a
// separate, pure export, so a bundle keeps only the tokens its styles use. (One object of every
// token cost each entry about 10 kB minified; see ARCHITECTURE.md, size budgets.)
import { readFileSync, writeFileSync } from 'node:fs';
import * as vars from '@polis-ds/tokens/vars';

const names = Object.keys(vars).sort();
const file = new URL('../src/styles/token-values.ts', import.meta.url);
const text = `// Written by scripts/write-tokens.mjs from @polis-ds/tokens/vars; do not edit by hand.
// The values come from our own token package, never from user input, which is what makes
// unsafeCSS safe here.
import { unsafeCSS } from 'lit';
import * as vars from '@polis-ds/tokens/vars';

${names.map((name) => `export const ${name} = /* @__PURE__ */ unsafeCSS(vars.${name});`).join('\n')}
`;
let current = '';
try {
  current = readFileSync(file, 'utf8');
} catch {
  // first build
}
if (current !== text) writeFileSync(file, text);
