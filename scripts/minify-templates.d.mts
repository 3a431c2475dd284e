import type { Plugin } from 'vite';

/** Minifies the html`` and css`` templates of one module; null when there is nothing to change. */
export function minifySource(
  source: string,
  fileName: string,
): Promise<{ code: string; map: unknown } | null>;

/** Vite plugin: the package sources' templates, minified as `pnpm build` publishes them. */
export function minifyTemplatesPlugin(): Plugin;
