// The sandbox server: serves the built page and echoes what a form posted, so tests (and
// people) can see exactly what a service's back end would receive. It parses
// application/x-www-form-urlencoded and multipart/form-data with busboy, and writes every
// value into the page as text (escaped), never as HTML.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import busboy from 'busboy';
import sirv from 'sirv';

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const escape = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/** Reads a posted body into [name, value] pairs; files become { filename, type, size }. */
function readBody(req) {
  return new Promise((resolve, reject) => {
    const entries = [];
    const parser = busboy({ headers: req.headers, limits: { fileSize: 10 * 1024 * 1024, files: 20 } });
    parser.on('field', (name, value) => entries.push([name, value]));
    parser.on('file', (name, stream, info) => {
      let size = 0;
      stream.on('data', (chunk) => (size += chunk.length));
      stream.on('end', () => entries.push([name, { filename: info.filename, type: info.mimeType, size }]));
    });
    parser.on('close', () => resolve(entries));
    parser.on('error', reject);
    req.pipe(parser);
  });
}

function echoPage(entries, contentType) {
  const rows = entries
    .map(([name, value]) => {
      const shown =
        typeof value === 'string' ? value : `${value.filename} (${value.type}, ${value.size} bytes)`;
      return `<div><dt>${escape(name)}</dt><dd>${escape(shown)}</dd></div>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>What the server received – Polis sandbox</title><link rel="icon" href="/favicon.svg"></head>
<body><main>
<h1>What the server received</h1>
<p>Encoding: <code id="encoding">${escape(contentType)}</code></p>
<dl id="received">${rows}</dl>
<pre id="echo">${escape(JSON.stringify(entries, null, 1))}</pre>
<p><a href="/">Back to the form</a></p>
</main></body></html>`;
}

export function serve(root = fileURLToPath(new URL('dist', import.meta.url)), port = 0) {
  const files = sirv(root, { dev: false, etag: true });
  const server = createServer(async (req, res) => {
    res.setHeader('Content-Security-Policy', CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (req.method === 'POST' && req.url?.startsWith('/submit')) {
      try {
        const entries = await readBody(req);
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(echoPage(entries, (req.headers['content-type'] ?? '').split(';')[0]));
      } catch (error) {
        res.statusCode = 400;
        res.end(`Could not read the form: ${escape(error.message)}`);
      }
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await serve(undefined, Number(process.env.PORT ?? 4174));
  console.log(`Polis sandbox on ${url}`);
}
