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
      args.kind === 'dynamic-import' && !args.path.endsWith('/en.js')
        ? { path: args.path, external: true }
        : undefined,
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
const pattern = (name, path, limit) => ({
  name: `@polis-ds/patterns/${name}`,
  path: `packages/patterns/${path}`,
  gzip: true,
  limit,
  modifyEsbuildConfig,
});

export default [
  define('button', '15.0 kB'), // measured 13,343 B
  define('text-input', '17.2 kB'), // measured 15,272 B
  define('error-summary', '16.5 kB'), // measured 14,671 B
  define('notification-banner', '14.9 kB'), // measured 13,285 B
  define('alert', '15.2 kB'), // measured 13,546 B
  define('service-alert', '15.8 kB'), // measured 14,082 B
  define('tag', '13.7 kB'), // measured 12,175 B
  define('phase-banner', '15.0 kB'), // measured 13,333 B
  define('warning-text', '13.1 kB'), // measured 11,696 B
  define('inset-text', '12.8 kB'), // measured 11,346 B
  define('toast', '16.0 kB'), // measured 14,239 B
  define('toast-region', '17.6 kB'), // measured 15,626 B
  define('textarea', '17.4 kB'), // measured 15,533 B
  define('select', '16.0 kB'), // measured 14,205 B
  define('password-input', '17.3 kB'), // measured 15,412 B
  define('radios', '17.9 kB'), // measured 15,902 B
  define('checkboxes', '18.7 kB'), // measured 16,666 B
  define('date-input', '18.2 kB'), // measured 16,199 B
  define('fieldset', '13.7 kB'), // measured 12,210 B
  define('file-upload', '19.2 kB'), // measured 17,119 B
  define('display-settings', '20.0 kB'), // measured 17,856 B
  define('skip-link', '18.0 kB'), // issue 4: placeholder until measured
  define('header', '18.0 kB'), // issue 4: placeholder until measured
  define('service-navigation', '18.0 kB'), // issue 4: placeholder until measured
  define('footer', '18.0 kB'), // issue 4: placeholder until measured
  define('back-link', '18.0 kB'), // issue 4: placeholder until measured
  define('breadcrumbs', '18.0 kB'), // issue 4: placeholder until measured
  define('pagination', '18.0 kB'), // issue 4: placeholder until measured
  define('language-switcher', '18.0 kB'), // issue 4: placeholder until measured
  define('accordion', '18.0 kB'), // issue 4: placeholder until measured
  define('accordion-section', '18.0 kB'), // issue 4: placeholder until measured
  define('details', '18.0 kB'), // issue 4: placeholder until measured
  define('tabs', '18.0 kB'), // issue 4: placeholder until measured
  define('summary-list', '18.0 kB'), // issue 4: placeholder until measured
  define('table', '18.0 kB'), // issue 4: placeholder until measured
  define('panel', '18.0 kB'), // issue 4: placeholder until measured
  define('task-list', '18.0 kB'), // issue 4: placeholder until measured
  define('step-indicator', '18.0 kB'), // issue 4: placeholder until measured
  define('exit-this-page', '18.0 kB'), // issue 4: placeholder until measured
  pattern('consent', 'dist/consent/index.js', '9.9 kB'), // measured 8,760 B, no Lit: the headless store
  pattern('consent-banner/define', 'dist/consent-banner/define.js', '18.0 kB'), // measured 16,040 B
  pattern('consent-settings/define', 'dist/consent-settings/define.js', '27.6 kB'), // measured 24,607 B (radios, error summary, banner)
  pattern('proactive', 'dist/proactive/index.js', '20.7 kB'), // measured 18,430 B: engine, json-logic-js, example rule set
  pattern('service-prompt/define', 'dist/service-prompt/define.js', '23.0 kB'), // measured 20,462 B
  pattern('prompt-list/define', 'dist/prompt-list/define.js', '25.1 kB'), // measured 22,355 B
  pattern('proactive-preferences/define', 'dist/proactive-preferences/define.js', '28.5 kB'), // measured 25,368 B
  {
    name: '@polis-ds/components/all',
    path: 'packages/components/dist/all.js',
    gzip: true,
    modifyEsbuildConfig,
    limit: '49.3 kB', // measured 44,019 B
  },
  {
    // Issue 9's budget: the JavaScript and CSS of the standard form (bench/src/polis.ts: a text
    // input with hint, radios, a checkbox, a select, a textarea) plus tokens.css and
    // pre-upgrade.css (which keeps the layout still while the elements upgrade), together.
    name: 'Standard form (bench): JS + CSS',
    path: [
      'bench/src/standard-form.js',
      'packages/tokens/dist/tokens.css',
      'packages/components/dist/pre-upgrade.css',
    ],
    gzip: true,
    // Measured 23,867 B. The target is 20 kB (issue 9, open): this limit stops it growing
    // while the remaining 3.9 kB are cut; lower it with every saving.
    limit: '24.2 kB',
    modifyEsbuildConfig,
  },
  {
    name: '@polis-ds/tokens/tokens.css',
    path: 'packages/tokens/dist/tokens.css',
    gzip: true,
    limit: '2.5 kB', // measured 2,260 B (four themes and text sizes), minified by esbuild
  },
];
