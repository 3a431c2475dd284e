import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    // No inline scripts or styles, so the pages run under a strict Content-Security-Policy.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        index: here('index.html'),
        fr: here('fr/index.html'),
        confirm: here('confirm.html'),
        cookies: here('cookies.html'),
        frCookies: here('fr/cookies.html'),
      },
    },
  },
});
