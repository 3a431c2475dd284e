// Writes src/version.ts from package.json so the version that PolisElement reports when two
// copies of Polis meet on one page is always the one being published.
import { readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const file = new URL('../src/version.ts', import.meta.url);
const text = `// Written by scripts/write-version.mjs from package.json; do not edit by hand.\nexport const VERSION = '${pkg.version}';\n`;
let current = '';
try {
  current = readFileSync(file, 'utf8');
} catch {
  // first build
}
if (current !== text) writeFileSync(file, text);
