// Vite aliases that resolve the workspace packages to their TypeScript sources, for the docs
// site and the browser tests. Without them a story that imports a component from src and a
// pattern that imports '@polis-ds/components' from dist would load two copies of every class
// and two locale registries. The published packages are untouched: apps still go through dist.
import { fileURLToPath } from 'node:url';

const src = (pkg, path) => fileURLToPath(new URL(`../packages/${pkg}/src/${path}`, import.meta.url));

/** @type {import('vite').Alias[]} */
export const sourceAliases = [
  { find: /^@polis-ds\/components$/, replacement: src('components', 'index.ts') },
  { find: /^@polis-ds\/components\/all$/, replacement: src('components', 'all.ts') },
  { find: /^@polis-ds\/components\/tokens$/, replacement: src('components', 'styles/token-values.ts') },
  {
    find: /^@polis-ds\/components\/locales\/([\w-]+)$/,
    replacement: src('components', 'i18n/locales/$1.ts'),
  },
  {
    find: /^@polis-ds\/components\/([\w-]+)\/define$/,
    replacement: src('components', 'components/$1/define.ts'),
  },
  { find: /^@polis-ds\/components\/([\w-]+)$/, replacement: src('components', 'components/$1/$1.ts') },
  { find: /^@polis-ds\/patterns$/, replacement: src('patterns', 'index.ts') },
  { find: /^@polis-ds\/patterns\/all$/, replacement: src('patterns', 'all.ts') },
  {
    find: /^@polis-ds\/patterns\/(consent|proactive)\/server$/,
    replacement: src('patterns', '$1/server.ts'),
  },
  { find: /^@polis-ds\/patterns\/(consent|proactive)$/, replacement: src('patterns', '$1/index.ts') },
  { find: /^@polis-ds\/patterns\/([\w-]+)\/define$/, replacement: src('patterns', '$1/define.ts') },
  { find: /^@polis-ds\/patterns\/([\w-]+)$/, replacement: src('patterns', '$1/$1.ts') },
];
