import { polisTagNames } from '../../scripts/cem-plugins.mjs';

/** Generated from JSDoc at build time; never committed (see ARCHITECTURE.md). */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/test/**'],
  outdir: '.',
  litelement: true,
  dev: false,
  plugins: [polisTagNames()],
};
