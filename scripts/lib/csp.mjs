// The site's Content Security Policy, defined once: Astro's per-page <meta> (astro.config.mjs),
// the header the `npm start` server sends, and the headers the build writes for static hosts
// (dist/_headers) and nginx (dist/csp-nginx.conf) all come from here. The policy keeps everything on
// the site's own origin, so a shared notebook's code cannot send a reader's data anywhere.
//
// Each document and each worker gets its own policy: a module worker takes its policy from its own
// response, not from the page, so the cell worker can be allowed to compile the reader's code while
// the pages cannot. Any directive not named here falls back to default-src 'self'.
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Directives every document and worker shares. */
const SHARED = {
  // Everything the site uses is its own: pages, scripts, styles, KaTeX's fonts, photos, the search index, TF.js's wasm.
  'default-src': ["'self'"],
  // fetch, XHR, WebSocket and EventSource reach only the site: a cell's `fetch("https://…")` is refused.
  'connect-src': ["'self'"],
  // data: the feature maps drawn at build time are PNGs inlined in the page (src/notebook/static-views.ts).
  'img-src': ["'self'", 'data:'],
  // data: the build inlines KaTeX's smallest fonts (under Vite's 4 KB limit) into the stylesheet.
  'font-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  // The lab's and the class page's forms are handled by script; unscripted, they may only reload the page itself.
  'form-action': ["'self'"],
};

/** Script sources of every page; the build adds the hashes of the page's inline scripts (Astro computes them). */
export const PAGE_SCRIPT_SOURCES = ["'self'"];

/**
 * Style sources of every page. 'unsafe-inline': KaTeX and Shiki write style attributes into the
 * lessons at build time, and Observable Plot adds a <style> element to each chart it draws in the
 * browser; an injected style could not send anything away, since images, fonts and fetches are
 * limited to the site. (It also makes Astro leave the style hashes out: a hash would disable it.)
 */
export const PAGE_STYLE_SOURCES = ["'self'", "'unsafe-inline'"];

/** Directives of every page besides script-src and style-src, which Astro writes with its hashes. */
export const PAGE_DIRECTIVES = {
  ...SHARED,
  // The cells', lab's, training and search workers and the service worker are all files of the site (no blob: workers).
  'worker-src': ["'self'"],
};

/**
 * Directives only a response header can carry (a <meta> policy ignores them, with a console error):
 * the site may be framed only by itself.
 */
const HEADER_ONLY = { 'frame-ancestors': ["'self'"] };

/**
 * What TF.js needs in a worker: 'wasm-unsafe-eval' compiles its wasm backend; blob: because the
 * threaded wasm backend starts its threads as workers made from blob: URLs of its own glue code
 * (tfjs-backend-wasm), which import a second blob with importScripts.
 */
const TFJS = { 'script-src': ["'self'", "'wasm-unsafe-eval'", 'blob:'], 'worker-src': ["'self'", 'blob:'] };

/** The policies by name: which file gets which is {@link WORKER_FILES}' business; every other response gets `page`. */
const POLICIES = {
  page: (scriptHashes) => ({ ...PAGE_DIRECTIVES, 'script-src': [...PAGE_SCRIPT_SOURCES, ...scriptHashes.map((hash) => `'${hash}'`)], 'style-src': PAGE_STYLE_SOURCES, ...HEADER_ONLY }),
  // The notebook worker runs the reader's cells, compiled with the AsyncFunction constructor
  // (src/lib/notebook/runtime.ts): 'unsafe-eval' is the point of a cell, and only this worker has it.
  // It has no DOM, and connect-src 'self' keeps whatever the code computes on the site.
  cells: () => ({ ...SHARED, ...TFJS, 'script-src': [...TFJS['script-src'], "'unsafe-eval'"], ...HEADER_ONLY }),
  // The lab's and the training page's workers run TF.js only.
  tfjs: () => ({ ...SHARED, ...TFJS, ...HEADER_ONLY }),
  // Pagefind's search worker runs its index engine as wasm; the lab's roofline probes run their own
  // wasm kernels (src/workers/probes/), compiled from the site's .wat files, on their own threads.
  wasm: () => ({ ...SHARED, 'script-src': ["'self'", "'wasm-unsafe-eval'"], ...HEADER_ONLY }),
  // The WebGL probe and the service worker (Workbox) need nothing beyond the site's own scripts.
  plain: () => ({ ...SHARED, 'script-src': ["'self'"], ...HEADER_ONLY }),
};

/** The policy of the server's own plain-text answers (a refused request): text needs nothing. */
export const TEXT_POLICY = serializePolicy({ 'default-src': ["'none'"], ...HEADER_ONLY });

/** Worker scripts, by URL path, and the policy each takes from its own response. */
export const WORKER_FILES = [
  { pattern: /^\/_astro\/cell\.worker-[\w-]+\.js$/, policy: 'cells' },
  { pattern: /^\/_astro\/(?:lab|train|train-bench)\.worker-[\w-]+\.js$/, policy: 'tfjs' },
  { pattern: /^\/_astro\/gpu-probe\.worker-[\w-]+\.js$/, policy: 'plain' },
  { pattern: /^\/_astro\/(?:probes|probe-thread)\.worker-[\w-]+\.js$/, policy: 'wasm' },
  { pattern: /^\/pagefind\/pagefind-worker\.js$/, policy: 'wasm' },
  { pattern: /^\/sw\.js$/, policy: 'plain' },
];

/** A policy's header value: `name source …; …` in a stable order. */
export function serializePolicy(directives) {
  return Object.entries(directives).map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** Astro's `security.csp` option: its per-page <meta> carries everything but the header-only directives. */
export const ASTRO_CSP = {
  algorithm: 'SHA-256',
  directives: Object.entries(PAGE_DIRECTIVES).map(([name, sources]) => `${name} ${sources.join(' ')}`),
  scriptDirective: { resources: PAGE_SCRIPT_SOURCES },
  styleDirective: { resources: PAGE_STYLE_SOURCES },
};

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** Every file under `dist`, as a URL path (`/depthwise/index.html`). */
function builtFiles(dist, dir = dist) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? builtFiles(dist, path) : [`/${relative(dist, path).split(sep).join('/')}`];
  });
}

/** The script hashes of every built page's <meta> policy (Astro's), in first-seen order, without quotes. */
export function builtScriptHashes(dist) {
  const hashes = new Set();
  for (const path of builtFiles(dist).filter((each) => each.endsWith('.html'))) {
    const content = META.exec(readFileSync(join(dist, path), 'utf8'))?.[1] ?? '';
    const scriptSrc = content.split(';').map((part) => part.trim()).find((part) => part.startsWith('script-src '));
    for (const token of scriptSrc?.split(/\s+/) ?? []) {
      const hash = /^'(sha(?:256|384|512)-[A-Za-z0-9+/=]+)'$/.exec(token)?.[1];
      if (hash) hashes.add(hash);
    }
  }
  return [...hashes];
}

/**
 * The built site's policies: `page` (every document, and every response that is not a worker
 * script) with the union of the pages' inline-script hashes — each page's own <meta> narrows it to
 * that page's scripts — and `forPath(urlPath)`, the policy a response for that path carries.
 */
export function sitePolicies(dist) {
  const page = serializePolicy(POLICIES.page(builtScriptHashes(dist)));
  const named = Object.fromEntries(Object.entries(POLICIES).filter(([name]) => name !== 'page').map(([name, make]) => [name, serializePolicy(make())]));
  const forPath = (path) => {
    const worker = WORKER_FILES.find(({ pattern }) => pattern.test(path));
    return worker ? named[worker.policy] : page;
  };
  return { page, named, forPath };
}

/**
 * `_headers` rules giving each document and each worker script its policy, by exact path. Not one
 * `/*` rule: hosts join the values of overlapping rules, and a response with two policies must pass
 * both, which would take the cell worker's allowances away. Pages are listed at their route and
 * at their file (the service worker stores them by file name).
 */
export function headersFileRules(dist) {
  const { forPath } = sitePolicies(dist);
  const paths = builtFiles(dist).flatMap((path) => {
    if (path.endsWith('/index.html')) return [path.slice(0, -'index.html'.length), path];
    if (path.endsWith('.html') || WORKER_FILES.some(({ pattern }) => pattern.test(path))) return [path];
    return [];
  }).sort();
  return paths.map((path) => `${path}\n  Content-Security-Policy: ${forPath(path)}\n`).join('\n');
}

/** An nginx `map` (http context) and the line that sends it: every response gets its policy. */
export function nginxConfig(dist) {
  const { page, named } = sitePolicies(dist);
  const quote = (value) => `"${value.replaceAll('"', '\\"')}"`;
  const lines = WORKER_FILES.map(({ pattern, policy }) => `  ~${pattern.source} ${quote(named[policy])};`);
  return [
    '# Depthwise Lab: Content-Security-Policy for nginx, written by the build (scripts/lib/csp.mjs).',
    '# Include this file in the http block; then, in the site\'s server block:',
    '#   add_header Content-Security-Policy $depthwise_csp always;',
    'map $uri $depthwise_csp {',
    `  default ${quote(page)};`,
    ...lines,
    '}',
    '',
  ].join('\n');
}

/** Build step: appends the policy rules to dist/_headers (public/_headers' copy) and writes dist/csp-nginx.conf. */
export function writeSecurityHeaders(dist) {
  const header = '\n# Content-Security-Policy of each document and worker script, written by the build (scripts/lib/csp.mjs).\n';
  appendFileSync(join(dist, '_headers'), header + headersFileRules(dist));
  writeFileSync(join(dist, 'csp-nginx.conf'), nginxConfig(dist));
}
