// Serves the built demo on 127.0.0.1 with the strict security headers of scripts/secure-server.mjs.
import { fileURLToPath } from 'node:url';
import { CSP, serveSecurely } from '../../scripts/secure-server.mjs';

export { CSP };

export function serve(root = fileURLToPath(new URL('dist', import.meta.url)), port = 0) {
  return serveSecurely({ root, port });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await serve(undefined, Number(process.env.PORT ?? 4173));
  console.log(`Polis demo on ${url}`);
}
