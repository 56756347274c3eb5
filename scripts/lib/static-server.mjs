// The built site's server: sirv (precompressed brotli/gzip files, ETag/304, safe decoding) wrapped
// for what it lacks — a method and path check that answers hostile requests with a 4xx instead of
// dying, the trailing-slash redirect, a real 404 page, long caching for hashed files, and the
// cross-origin isolation headers and the Content Security Policy on every answer, 304s included
// (sirv skips `setHeaders` there).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import sirv from 'sirv';
import { sitePolicies, TEXT_POLICY } from './csp.mjs';

/** Headers sent with every response: isolation so `crossOriginIsolated` is true, and no sniffing. */
export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
};

/** Hashed build output: its name changes with its content, so a browser may keep it a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else keeps its URL across builds: the browser revalidates it (ETag → 304). */
const REVALIDATE = 'no-cache';
const MAX_PATH = 2048;
const REFUSALS = { 400: 'Bad request', 404: 'Not found', 414: 'URI too long' };
// Types mrmime does not know or gets wrong for this site; sirv would send an empty Content-Type.
const TYPES = {
  '.webmanifest': 'application/manifest+json', '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream', '.pf_meta': 'application/octet-stream', '.pagefind': 'application/octet-stream',
  '.ipynb': 'application/x-ipynb+json',
};

function plain(response, status, text, extra = {}) {
  if (response.headersSent) return response.destroy();
  response.writeHead(status, { ...ISOLATION_HEADERS, 'Content-Security-Policy': TEXT_POLICY, 'Content-Type': 'text/plain; charset=utf-8', ...extra });
  response.end(`${text}\n`);
}

/**
 * The request's path once decoded, or the status that refuses it: 400 for a malformed target or
 * percent-encoding, NUL bytes, backslashes or `..` segments (in any encoding), 414 for a long path,
 * 404 for hidden files (the build stamp).
 */
export function checkPath(target) {
  if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//')) return { status: 400 };
  const raw = target.split(/[?#]/, 1)[0];
  if (raw.length > MAX_PATH) return { status: 414 };
  let path;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return { status: 400 };
  }
  // A second decoding catches double-encoded traversal (%252e%252e) aimed at any later decoder.
  let twice = path;
  try { twice = decodeURIComponent(path); } catch { /* a literal % is fine once decoded */ }
  for (const candidate of [path, twice]) {
    if (/[\0\\]/.test(candidate) || candidate.split('/').some((segment) => segment === '..' || segment === '.')) return { status: 400 };
  }
  if (path.split('/').some((segment) => segment.startsWith('.'))) return { status: 404 };
  return { path, raw };
}

/**
 * The built site's policies (scripts/lib/csp.mjs), read again when a new build's stamp appears, so
 * a rebuild while the server runs is served with its own script hashes.
 */
function policiesOf(base) {
  let stamp;
  let policies;
  return () => {
    const stampPath = join(base, '.build-stamp');
    const current = existsSync(stampPath) ? statSync(stampPath).mtimeMs : 0;
    if (!policies || current !== stamp) [stamp, policies] = [current, sitePolicies(base)];
    return policies;
  };
}

/** A request handler serving `root` (the built site); exported so tests can mount it on any server. */
export function siteHandler(root) {
  const base = root.endsWith(sep) ? root : root + sep;
  const notFoundPage = join(base, '404.html');
  const policies = policiesOf(base);
  // `dev: true` makes sirv look files up on each request rather than once at start, so a rebuild
  // while the server runs (a new deployment, the update e2e test) is served without a restart.
  const files = sirv(base, {
    dev: true, etag: true, brotli: true, gzip: true, extensions: [], dotfiles: false,
    setHeaders(response, pathname) {
      const type = TYPES[extname(pathname)];
      if (type) response.setHeader('Content-Type', type);
    },
  });
  return (request, response) => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') return plain(response, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      const checked = checkPath(request.url);
      if (checked.status) return plain(response, checked.status, REFUSALS[checked.status]);
      const { path, raw } = checked;
      for (const [name, value] of Object.entries(ISOLATION_HEADERS)) response.setHeader(name, value);
      // A worker script gets its own policy (a module worker takes it from its own response); everything else the pages'.
      response.setHeader('Content-Security-Policy', policies().forPath(path));
      response.setHeader('Cache-Control', path.startsWith('/_astro/') ? IMMUTABLE : REVALIDATE);
      const onDisk = join(base, path);
      if (!path.endsWith('/') && existsSync(onDisk) && statSync(onDisk).isDirectory()) {
        response.writeHead(308, { Location: `${raw}/${request.url.slice(raw.length)}` });
        return response.end();
      }
      if (path.endsWith('/')) request.url = `${raw}index.html`;
      files(request, response, () => {
        response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': REVALIDATE });
        response.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
      });
    } catch {
      plain(response, 400, 'Bad request');
    }
  };
}

/** Starts serving `root` on `port` (0 picks a free one); resolves with the server once listening. */
export function serveStatic({ root, port, host = '127.0.0.1' }) {
  const server = createServer(siteHandler(root));
  // A broken socket or a request Node cannot parse ends that connection, never the server.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
