// size-limit 12 (`pnpm run size`, after `pnpm run build:packages`): what a service team pays,
// minified and gzipped, Lit included, for each public component's `define` entry, for everything
// (`/all`) and for the tokens stylesheet. Limits are the sizes measured on 2026-11-23 plus ~12 %
// (kB = 1000 bytes); raise them deliberately, in the same change that explains why.
//
// Locales other than English load on demand (a dynamic import per language), so they are not
// part of what a page downloads up front: they are left out here and measured on their own.
const lazyLocales = {
  name: 'polis-lazy-locales',
  setup(build) {
    build.onResolve({ filter: /\/locales\/[\w-]+\.js$/ }, (args) =>
      args.kind === 'dynamic-import' && !args.path.endsWith('/en.js') ? { path: args.path, external: true } : undefined,
    );
  },
};
const modifyEsbuildConfig = (config) => ({ ...config, plugins: [...(config.plugins ?? []), lazyLocales] });
const define = (name, limit) => ({
  name: `@polis-ds/components/${name}/define`,
  path: `packages/components/dist/components/${name}/define.js`,
  gzip: true,
  limit,
  modifyEsbuildConfig,
});

export default [
  define('button', '17.8 kB'), // measured 15,830 B
  define('text-input', '20.1 kB'), // measured 17,932 B
  define('error-summary', '19.5 kB'), // measured 17,393 B
  define('notification-banner', '17.8 kB'), // measured 15,876 B
  define('alert', '18.1 kB'), // measured 16,153 B
  define('service-alert', '18.6 kB'), // measured 16,562 B
  define('tag', '16.2 kB'), // measured 14,377 B
  define('phase-banner', '17.5 kB'), // measured 15,553 B
  define('warning-text', '16.1 kB'), // measured 14,302 B
  define('inset-text', '15.7 kB'), // measured 13,929 B
  define('toast', '19.0 kB'), // measured 16,929 B
  define('toast-region', '20.6 kB'), // measured 18,338 B
  define('textarea', '20.4 kB'), // measured 18,196 B
  define('select', '18.9 kB'), // measured 16,868 B
  define('password-input', '20.2 kB'), // measured 18,035 B
  define('radios', '21.1 kB'), // measured 18,824 B
  define('checkboxes', '22.0 kB'), // measured 19,567 B
  define('date-input', '21.5 kB'), // measured 19,177 B
  define('fieldset', '16.6 kB'), // measured 14,748 B
  define('file-upload', '22.2 kB'), // measured 19,783 B
  define('display-settings', '25.2 kB'), // measured 22,470 B (includes radios)
  {
    name: '@polis-ds/components/all',
    path: 'packages/components/dist/all.js',
    gzip: true,
    modifyEsbuildConfig,
    limit: '50.0 kB', // measured 44,616 B
  },
  {
    name: '@polis-ds/tokens/tokens.css',
    path: 'packages/tokens/dist/tokens.css',
    gzip: true,
    limit: '2.5 kB', // measured 2,260 B (four themes and text sizes), minified by esbuild
  },
];
