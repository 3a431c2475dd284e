import type { StorybookConfig } from '@storybook/web-components-vite';
import { sourceAliases } from '../scripts/source-aliases.mjs';

const config: StorybookConfig = {
  stories: ['./docs/**/*.mdx', '../packages/*/src/**/*.mdx', '../packages/*/src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'API' },
  // One copy of every package, from source (see scripts/source-aliases.mjs).
  viteFinal: (config) => ({
    ...config,
    resolve: { ...config.resolve, alias: [...sourceAliases, ...toArray(config.resolve?.alias)] },
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
