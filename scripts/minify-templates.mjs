#!/usr/bin/env node
// Minifies the HTML and CSS inside Lit's html`` and css`` templates of a package's built
// JavaScript, in place, and keeps its source maps true:
//
//   node ../../scripts/minify-templates.mjs dist
//
// `minifyTemplatesPlugin()` does the same in Vite, so that the browser tests and the stories
// run the templates as they are published.
//
// Why: every whitespace-only text node between two tags of a template is a real DOM node in
// every shadow root, cloned, walked by Lit and kept in memory for every field on the page. In a
// 500-field form that was a third of all nodes. Collapsing it in the published files means every
// service gets the saving, whatever its bundler does. Whitespace that shows (between inline
// elements, inside text) is kept, by html-minifier-next's rules.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { minifyHTMLLiterals } from 'minify-literals';
import { minify } from 'html-minifier-next';
import remapping from '@jridgewell/remapping';

/** What is safe to change in a Lit template: whitespace and comments, nothing that has meaning. */
const htmlOptions = {
  caseSensitive: true, // Lit's .prop, ?attr and @event bindings
  collapseWhitespace: true,
  conservativeCollapse: false,
  removeComments: true,
  removeEmptyAttributes: false, // alt="" and value="" mean something
  removeAttributeQuotes: false,
  removeRedundantAttributes: false, // type="text" is read by tests and selectors
  decodeEntities: false,
  minifyJS: false,
  minifyCSS: false,
  sortClassNames: false,
  sortAttributes: false,
};

/**
 * minify-literals joins a template's parts with one placeholder, the same for every `${}`; the
 * HTML minifier then sees `class="a @X @X"` and drops the "duplicate" class, losing an
 * expression. Each placeholder is made unique before minifying and restored after. (A template
 * that already holds the text "x-polis-expr-" would confuse this: the parts check then fails.)
 */
async function html(template) {
  const placeholder = template.match(/@TEMPLATE_EXPRESSION_*/)?.[0];
  if (!placeholder) return minify(template, htmlOptions);
  // A tag name from an expression (lit/static-html headings): its opening and closing tags would
  // get different names here, so that template is left as it is.
  if (template.includes(`<${placeholder}`) || template.includes(`</${placeholder}`)) return template;
  const pieces = template.split(placeholder);
  // A name that is valid where an expression can stand: in text and in attribute values.
  const unique = (i) => `x-polis-expr-${i}-z`;
  const marked = pieces.reduce((out, piece, i) => (i ? `${out}${unique(i - 1)}${piece}` : piece), '');
  // The minifier takes elements it does not know for blocks and drops the spaces around them;
  // custom elements (polis-tag in a heading, say) are often inline, so their spaces are kept.
  const customElements = [...new Set([...marked.matchAll(/<([a-z][a-z0-9]*-[a-z0-9-]*)/g)].map((m) => m[1]))];
  const minified = await minify(marked, { ...htmlOptions, inlineCustomElements: customElements });
  // A template's own leading or trailing space (html` <polis-tag>`) separates it from what is
  // around it where it is used: the minifier trims it as the edge of a document, so it goes back.
  const edge = (space) => (space && !space.includes('\n') ? ' ' : '');
  const lead = edge(/^\s*/.exec(template)[0]);
  const trail = edge(/\s*$/.exec(template)[0]);
  return `${lead}${minified.trim()}${trail}`.replace(/x-polis-expr-\d+-z/g, placeholder);
}

/**
 * CSS: comments out, whitespace collapsed, no space around braces, semicolons and commas.
 * Nothing else: a full CSS minifier merges and drops declarations, and with Lit's ${} values in
 * them it cannot know which ones are the same.
 */
const css = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .trim();

async function* files(folder) {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (entry.name.endsWith('.js')) yield full;
  }
}

/** Minifies the templates of one module; null when there is nothing to change. */
export async function minifySource(source, fileName) {
  if (!/\b(html|css|svg)\s*`/.test(source)) return null;
  try {
    return await minifyHTMLLiterals(source, { fileName, html, css, sourceMap: true });
  } catch (error) {
    throw new Error(`minify-templates: ${path.relative(process.cwd(), fileName)}: ${error.message}`);
  }
}

/** Vite plugin: the package sources' templates, minified as `pnpm build` publishes them. */
export function minifyTemplatesPlugin() {
  const packageSource = /\/packages\/(components|patterns)\/src\/(?!test\/).*(?<!\.test|\.stories)\.ts$/;
  return {
    name: 'polis:minify-templates',
    enforce: 'post',
    async transform(code, id) {
      if (!packageSource.test(id.split('?')[0])) return null;
      const result = await minifySource(code, id);
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}

async function main(dir) {
  let changed = 0;
  let before = 0;
  let after = 0;
  for await (const file of files(dir)) {
    const source = await readFile(file, 'utf8');
    const result = await minifySource(source, file);
    if (!result || result.code === source) continue;
    const mapFile = `${file}.map`;
    const original = await readFile(mapFile, 'utf8').catch(() => null);
    if (original) {
      // The minifier's map goes from the minified file to tsc's output; tsc's map goes on to the
      // TypeScript source. Chained, the published map points at the source as before.
      const chained = remapping(JSON.parse(JSON.stringify(result.map)), (name) =>
        path.resolve(name) === path.resolve(file) || name === path.basename(file)
          ? JSON.parse(original)
          : null,
      );
      chained.file = path.basename(file);
      await writeFile(mapFile, JSON.stringify(chained));
    }
    await writeFile(file, result.code);
    changed += 1;
    before += source.length;
    after += result.code.length;
  }
  console.log(
    `minify-templates: ${changed} files in ${path.relative(process.cwd(), dir) || '.'}, ${before} → ${after} bytes`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main(path.resolve(process.argv[2] ?? 'dist'));
}
