// Build step after Astro and Pagefind: bundles the service worker, writes the precache list into it
// with Workbox's injectManifest (so the list is whatever the build wrote: new routes join it with
// no edit here), and lists the TF.js files it leaves for first use or Save for offline.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as bundle } from 'esbuild';
import { injectManifest } from 'workbox-build';

// Pagefind also writes UI bundles the site does not use (it has its own search box).
const UNUSED = ['pagefind/pagefind-*ui*', 'pagefind/pagefind-highlight.js'];
const SHELL = ['**/*.{html,css,js,json,ipynb,svg,png,jpg,webp,woff2,webmanifest}', 'pagefind/**/*'];

/**
 * The TF.js side of the build: every worker bundle in `_astro/`, the chunks they import (followed
 * transitively), and the wasm binaries. Pages never import these, so the shell precache skips them.
 */
export function runtimeFiles(dist) {
  const dir = join(dist, '_astro');
  const names = existsSync(dir) ? readdirSync(dir).sort() : [];
  const found = new Set(names.filter((name) => /\.worker-[\w-]+\.js$/.test(name) || name.endsWith('.wasm')));
  const queue = [...found].filter((name) => name.endsWith('.js'));
  while (queue.length > 0) {
    const source = readFileSync(join(dir, queue.pop()), 'utf8');
    for (const match of source.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) {
      if (!found.has(match[1]) && names.includes(match[1])) {
        found.add(match[1]);
        queue.push(match[1]);
      }
    }
  }
  return [...found].sort().map((name) => `_astro/${name}`);
}

/**
 * Binary data the site serves outside `_astro/` (the packed digits, the trained models' weights):
 * too large for the install-time precache, so, like TF.js, cached on first use or by Save for offline.
 */
export function dataFiles(dist, dir = '') {
  const here = join(dist, dir);
  if (!existsSync(here) || dir === 'test') return [];
  return readdirSync(here, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)).flatMap((entry) => {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return entry.name === '_astro' ? [] : dataFiles(dist, path);
    return entry.name.endsWith('.bin') ? [path] : [];
  });
}

/** Bundles src/workers/service-worker.ts, injects the precache list, writes `sw.js` and `offline-files.json`. */
export async function writeServiceWorker({ root, dist }) {
  const runtime = runtimeFiles(dist);
  const files = [...runtime, ...dataFiles(dist)].map((path) => ({ url: `/${path}`, bytes: gzipSync(readFileSync(join(dist, path))).length }));
  writeFileSync(join(dist, 'offline-files.json'), `${JSON.stringify({ files })}\n`);
  const bundled = join(dist, 'sw.src.js');
  await bundle({
    entryPoints: [join(root, 'src/workers/service-worker.ts')], outfile: bundled, bundle: true, format: 'iife',
    minify: true, target: 'es2020', define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'warning',
  });
  try {
    const { count, size, warnings } = await injectManifest({
      swSrc: bundled, swDest: join(dist, 'sw.js'), globDirectory: dist, globPatterns: SHELL,
      globIgnores: [...runtime, ...UNUSED, '**/*.{br,gz}', 'sw.js', 'sw.src.js', 'test/**'],
      // Hashed names change with their content: no revision needed (and none would differ).
      dontCacheBustURLsMatching: /^_astro\//, maximumFileSizeToCacheInBytes: 4_000_000,
    });
    for (const warning of warnings) console.warn(`service worker: ${warning}`);
    // MB as the site counts it (src/lib/strings/units.ts): 2²⁰ bytes.
    console.log(`Service worker precaches ${count} files (${(size / 2 ** 20).toFixed(1)} MB); ${files.length} TF.js and data files are cached on use.`);
  } finally {
    rmSync(bundled, { force: true });
  }
}
