// Builds the two bench pages with Vite and serves them on 127.0.0.1 the way a server-rendered
// service would: GET /polis.html?n=500 (or /plain.html?n=500) returns the built page with N
// form blocks already in its body; everything else (the built JS and CSS) comes from sirv.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import sirv from 'sirv';
import { blocks } from './blocks.mjs';

export const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
export const DIST = fileURLToPath(new URL('dist', import.meta.url));
export const KINDS = ['polis', 'plain'];

/** A production build of both pages into bench/dist. */
export async function buildPages() {
  await build({ configFile: fileURLToPath(new URL('vite.config.ts', import.meta.url)), logLevel: 'warn' });
}

export function serve(root = DIST, port = 0) {
  const files = sirv(root, { dev: false, etag: true });
  const templates = Object.fromEntries(
    KINDS.map((kind) => [kind, readFileSync(`${root}/${kind}.html`, 'utf8')]),
  );
  for (const [kind, html] of Object.entries(templates)) {
    if (!html.includes('<!--blocks-->')) throw new Error(`${kind}.html has no <!--blocks--> marker`);
  }
  const pages = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const kind = url.pathname.replace(/^\/|\.html$/g, '');
    if (req.method === 'GET' && KINDS.includes(kind)) {
      const n = Math.max(0, Math.min(5000, Number.parseInt(url.searchParams.get('n') ?? '1', 10) || 0));
      const key = `${kind}:${n}`;
      if (!pages.has(key)) pages.set(key, templates[kind].replace('<!--blocks-->', blocks(kind, n)));
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      res.end(pages.get(key));
      return;
    }
    files(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    });
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({ url: `http://127.0.0.1:${actual}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}
