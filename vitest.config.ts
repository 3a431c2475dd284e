import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { launchOptions } from './scripts/chromium.mjs';
import { sourceAliases } from './scripts/source-aliases.mjs';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';

/** Chromium for a browser-mode project; each project names its instance (names must be unique). */
const browser = (name: string) => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: launchOptions() }),
  instances: [{ browser: 'chromium' as const, name: `${name} (chromium)` }],
  screenshotFailures: false,
  api: { host: '127.0.0.1' },
});

export default defineConfig({
  server: { host: '127.0.0.1' },
  // The tests run the package sources with their templates minified, as they are published.
  plugins: [minifyTemplatesPlugin()],
  // CommonJS, so Vite pre-bundles it; listed up front so a first run does not reload mid-test.
  optimizeDeps: { include: ['json-logic-js'] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'bench/**/*.test.ts',
            'packages/*/test/**/*.test.ts',
            'packages/*/src/**/*.node.test.ts',
            'apps/*/test/**/*.test.ts',
            '.storybook/**/*.test.ts',
            'scripts/test/**/*.test.ts',
          ],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['packages/*/src/**/*.test.ts'],
          exclude: ['packages/*/src/**/*.node.test.ts'],
          setupFiles: ['packages/components/src/test/setup.ts'],
          alias: sourceAliases,
          browser: browser('browser'),
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook', storybookScript: 'pnpm start' })],
        test: {
          name: 'storybook',
          browser: browser('storybook'),
        },
      },
    ],
  },
});
