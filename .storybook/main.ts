import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkGfm from 'remark-gfm';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { sourceAliases } from '../scripts/source-aliases.mjs';
import { docsSourcesPlugin } from './blocks/sources-plugin.ts';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
// The docs blocks (blocks/*.ts) import `react`, which is not a dependency of the repository: it is
// the copy Storybook's docs addon renders with. The addon aliases it for the docs build only, so
// the story tests in Vitest would not find it; this alias names the same copy for both.
const docsAddon = createRequire(import.meta.url).resolve('@storybook/addon-docs/package.json');
const reactDirectory = path.dirname(createRequire(docsAddon).resolve('react/package.json'));

const config: StorybookConfig = {
  stories: [
    './docs/**/*.mdx',
    './docs/**/*.stories.ts',
    '../packages/*/src/**/*.mdx',
    '../packages/*/src/**/*.stories.ts',
  ],
  addons: [
    // GitHub-flavoured Markdown in MDX, so the guidance pages' tables render as tables.
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'API' },
  // One copy of every package, from source (see scripts/source-aliases.mjs).
  viteFinal: (config) => ({
    ...config,
    resolve: {
      ...config.resolve,
      alias: [
        ...sourceAliases,
        { find: /^react$/, replacement: reactDirectory },
        ...toArray(config.resolve?.alias),
      ],
    },
    // Where each page's source and tests are, read when the site is built (blocks/source-links.ts).
    plugins: [...(config.plugins ?? []), docsSourcesPlugin(repositoryRoot)],
    optimizeDeps: {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), 'json-logic-js'],
    },
  }),
};

function toArray(alias: unknown): { find: string | RegExp; replacement: string }[] {
  if (!alias) return [];
  if (Array.isArray(alias)) return alias;
  return Object.entries(alias as Record<string, string>).map(([find, replacement]) => ({
    find,
    replacement,
  }));
}

export default config;
