import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// One entry, no HTML: the server renders the pages and reads the file names from the manifest.
export default defineConfig({
  root: here('.'),
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    manifest: true,
    // No inline scripts or styles, so the pages run under a strict Content-Security-Policy.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rollupOptions: { input: { main: here('src/main.ts') } },
  },
});
