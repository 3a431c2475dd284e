// Serves the built demo on 127.0.0.1 with the strict security headers a government site
// would send, so the demo proves Polis runs under them.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
  // Lit creates one Trusted Types policy, named lit-html; Polis needs none of its own.
  'trusted-types lit-html',
].join('; ');

export function serve(root = fileURLToPath(new URL('dist', import.meta.url)), port = 0) {
  const files = sirv(root, { dev: false, etag: true });
  const server = createServer((req, res) => {
    res.setHeader('Content-Security-Policy', CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await serve(undefined, Number(process.env.PORT ?? 4173));
  console.log(`Polis demo on ${url}`);
}
