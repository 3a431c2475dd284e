// One static server for the apps and their end-to-end tests: 127.0.0.1 only, with the strict
// security headers a government site would send, so every app proves Polis runs under them.
import { createServer } from 'node:http';
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

/**
 * Serves the files in `root`. `handle(req, res)` may answer a request first (return true
 * when it did), as the sandbox does for its form posts.
 */
export function serveSecurely({ root, port = 0, handle }) {
  const files = sirv(root, { dev: false, etag: true });
  const server = createServer(async (req, res) => {
    res.setHeader('Content-Security-Policy', CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (handle && (await handle(req, res))) return;
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
