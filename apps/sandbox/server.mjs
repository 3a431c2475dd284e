// The sandbox server: serves the built page and echoes what a form posted, so tests (and
// people) can see exactly what a service's back end would receive. It parses
// application/x-www-form-urlencoded and multipart/form-data with busboy, and writes every
// value into the page as text (escaped), never as HTML.
import { fileURLToPath } from 'node:url';
import busboy from 'busboy';
import { CSP, serveSecurely } from '../../scripts/secure-server.mjs';

export { CSP };

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
  return serveSecurely({
    root,
    port,
    async handle(req, res) {
      if (req.method !== 'POST' || !req.url?.startsWith('/submit')) return false;
      try {
        const entries = await readBody(req);
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(echoPage(entries, (req.headers['content-type'] ?? '').split(';')[0]));
      } catch (error) {
        res.statusCode = 400;
        res.end(`Could not read the form: ${escape(error.message)}`);
      }
      return true;
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await serve(undefined, Number(process.env.PORT ?? 4174));
  console.log(`Polis sandbox on ${url}`);
}
