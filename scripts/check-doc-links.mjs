#!/usr/bin/env node
// Every link between docs pages (`?path=/docs/<id>` or `?path=/story/<id>`) in the MDX
// sources must name an entry of the built site's index.json: a renamed story or page must
// not leave designers on a "not found" page. Links into the repository written with
// `repositoryLink('<path>')` (.storybook/blocks/source-links.ts) must name a file or folder
// that exists, so "Source code" links never lead to a 404 on the hosting site.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const site = process.argv[2] ?? 'storybook-static';
const index = JSON.parse(readFileSync(path.join(site, 'index.json'), 'utf8'));
const ids = new Set(Object.keys(index.entries));

function* files(dir, extensions = ['.mdx']) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full, extensions);
    else if (extensions.some((extension) => name.endsWith(extension))) yield full;
  }
}

let passed = 0;
let failed = 0;
for (const root of ['.storybook', 'packages']) {
  for (const file of files(root)) {
    const text = readFileSync(file, 'utf8');
    for (const [, id] of text.matchAll(/\?path=\/(?:docs|story)\/([a-z0-9-]+)/g)) {
      if (ids.has(id)) passed++;
      else {
        failed++;
        console.log(`${file}: link to "${id}", which the docs site does not have`);
      }
    }
  }
}
for (const file of files('.storybook', ['.mdx', '.ts'])) {
  const text = readFileSync(file, 'utf8');
  for (const [, target] of text.matchAll(/repositoryLink\(\s*'([^'`]+)'/g)) {
    if (existsSync(target)) passed++;
    else {
      failed++;
      console.log(`${file}: repository link to "${target}", which does not exist`);
    }
  }
}
console.log(`doc-links: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
