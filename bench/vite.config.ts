import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Two production pages: polis.html (tokens + only the five components the block uses) and
// plain.html (the same block in plain HTML, with a small stylesheet and no JavaScript).
// The server puts N blocks into each page where the <!--blocks--> comment is.
export default defineConfig({
  root: here('.'),
  logLevel: 'warn',
  server: { host: '127.0.0.1' },
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rollupOptions: { input: { polis: here('polis.html'), plain: here('plain.html') } },
  },
});
