#!/usr/bin/env node
// `node scripts/add-strings.mjs <strings.json>`: adds new built-in strings of
// @polis-ds/components to the `Messages` interface and to all 26 locale files at once, so a
// component's strings arrive translated everywhere in one step (the type-check and
// test/locale-files.test.ts then check them). The JSON file maps each new key to its
// documentation and its text in every built-in locale:
//
//   {
//     "skipLink": { "doc": "Text of the skip link.", "en": "Skip to main content", "fr": "…", … },
//     "pageCount": { "doc": "…", "plural": true, "en": { "one": "…", "other": "…" }, … }
//   }
//
// Keys that already exist are refused (change those by hand). Several people (or helpers)
// may run it at once: a lock directory serialises the edits.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const file = process.argv[2];
if (!file) {
  console.error('Usage: node scripts/add-strings.mjs <strings.json>');
  process.exit(1);
}
const root = new URL('../packages/components/src/i18n/', import.meta.url);
const localeDir = new URL('locales/', root);
const locales = readdirSync(localeDir)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => name.slice(0, -3));
const strings = JSON.parse(readFileSync(file, 'utf8'));

const problems = [];
for (const [key, entry] of Object.entries(strings)) {
  if (!/^[a-z][A-Za-z0-9]*$/.test(key)) problems.push(`${key}: keys are camelCase`);
  if (typeof entry.doc !== 'string' || !entry.doc) problems.push(`${key}: "doc" is missing`);
  for (const code of locales) {
    const text = entry[code];
    if (text === undefined) problems.push(`${key}: no "${code}" text`);
    else if (
      entry.plural ? typeof text !== 'object' || typeof text.other !== 'string' : typeof text !== 'string'
    )
      problems.push(
        `${key}: "${code}" must be ${entry.plural ? 'an object with at least "other"' : 'a string'}`,
      );
  }
}
if (problems.length) {
  console.error(`Nothing added:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

const lock = new URL('.add-strings.lock', root);
const deadline = Date.now() + 60_000;
for (;;) {
  try {
    mkdirSync(lock);
    break;
  } catch {
    if (Date.now() > deadline) {
      console.error(`Could not take the lock ${lock.pathname}; remove it if no one else is adding strings.`);
      process.exit(1);
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  }
}

const quote = (text) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('\n', '\\n')}'`;
const literal = (value) =>
  typeof value === 'string'
    ? quote(value)
    : `{\n${Object.entries(value)
        .map(([category, text]) => `    ${category}: ${quote(text)},`)
        .join('\n')}\n  }`;

try {
  const typesFile = new URL('types.ts', root);
  let types = readFileSync(typesFile, 'utf8');
  const existing = Object.keys(strings).filter((key) => new RegExp(`^  ${key}\\??:`, 'm').test(types));
  if (existing.length) throw new Error(`already in Messages: ${existing.join(', ')}`);
  const start = types.indexOf('export interface Messages {');
  const end = types.indexOf('\n}', start);
  const declarations = Object.entries(strings)
    .map(([key, entry]) => `  /** ${entry.doc} */\n  ${key}: ${entry.plural ? 'PluralMessage' : 'string'};`)
    .join('\n');
  types = `${types.slice(0, end)}\n${declarations}${types.slice(end)}`;
  writeFileSync(typesFile, types);

  const touched = [typesFile.pathname];
  for (const code of locales) {
    const localeFile = new URL(`${code}.ts`, localeDir);
    const text = readFileSync(localeFile, 'utf8');
    const at = text.lastIndexOf('} satisfies Messages;');
    if (at < 0) throw new Error(`${code}.ts has no "} satisfies Messages;"`);
    const lines = Object.entries(strings)
      .map(([key, entry]) => `  ${key}: ${literal(entry[code])},\n`)
      .join('');
    writeFileSync(localeFile, text.slice(0, at) + lines + text.slice(at));
    touched.push(localeFile.pathname);
  }
  execFileSync('pnpm', ['exec', 'prettier', '--write', '--log-level', 'warn', ...touched], {
    stdio: 'inherit',
  });
  console.log(`Added ${Object.keys(strings).join(', ')} to Messages and ${locales.length} locales.`);
} catch (error) {
  console.error(`Nothing more added: ${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(lock, { recursive: true, force: true });
}
