// A small static file server for the built site with the headers TF.js needs: cross-origin
// isolation (COOP/COEP) for wasm threads and fine timers, correct MIME types, real 404s.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8', '.ico': 'image/x-icon', '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream', '.pf_meta': 'application/octet-stream', '.pagefind': 'application/octet-stream',
};

/** Headers sent with every response: isolation so `crossOriginIsolated` is true, and no sniffing. */
export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
};

function resolveFile(root, urlPath) {
  const safe = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.(\/|\\|$))+/, '');
  const path = join(root, safe);
  if (!path.startsWith(root)) return { status: 403 };
  if (existsSync(path) && statSync(path).isFile()) return { status: 200, path };
  if (existsSync(path) && statSync(path).isDirectory()) {
    if (!urlPath.endsWith('/')) return { status: 308, location: `${urlPath}/` };
    const index = join(path, 'index.html');
    if (existsSync(index)) return { status: 200, path: index };
  }
  return { status: 404, path: join(root, '404.html') };
}

/** Starts serving `root` on `port` (0 picks a free one); resolves with the server once listening. */
export function serveStatic({ root, port, host = '127.0.0.1' }) {
  const base = root.endsWith(sep) ? root : root + sep;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const found = resolveFile(base, url.pathname);
    const headers = { ...ISOLATION_HEADERS };
    if (found.status === 308) {
      response.writeHead(308, { ...headers, Location: found.location + url.search });
      response.end();
      return;
    }
    if (!found.path || !existsSync(found.path)) {
      response.writeHead(found.status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(found.status === 403 ? 'Forbidden' : 'Not found');
      return;
    }
    headers['Content-Type'] = TYPES[extname(found.path)] ?? 'application/octet-stream';
    headers['Cache-Control'] = url.pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    response.writeHead(found.status, headers);
    if (request.method === 'HEAD') response.end();
    else createReadStream(found.path).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
