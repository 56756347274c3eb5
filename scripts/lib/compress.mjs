// Build step last of all: brotli and gzip copies beside every text asset (and wasm), so `npm start`
// and hosts that look for them (nginx gzip_static/brotli_static, Netlify, Caddy) send them as they
// are instead of compressing on each request or not at all.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);
/** Extensions worth compressing; images, fonts and Pagefind's files are compressed already. */
const TEXT = new Set(['.html', '.css', '.js', '.mjs', '.json', '.ipynb', '.svg', '.txt', '.xml', '.webmanifest', '.wasm']);
const MIN_BYTES = 1024;
// Brotli's best level costs seconds per megabyte; above this size level 9 keeps builds quick for a few % more bytes.
const BEST_UP_TO = 256 * 1024;
// sw.js is fetched only to compare bytes on update checks; keeping one copy keeps those checks simple.
const SKIP = new Set(['sw.js']);

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Writes `<file>.br` and `<file>.gz` beside each compressible file of `dist` where that saves bytes; returns totals. */
export async function precompress(dist) {
  const files = [...walk(dist)].filter((path) => TEXT.has(extname(path)) && !SKIP.has(path.slice(dist.length + 1))
    && statSync(path).size >= MIN_BYTES);
  let original = 0;
  let compressed = 0;
  await Promise.all(files.map(async (path) => {
    const data = readFileSync(path);
    const [br, gzipped] = await Promise.all([
      brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: data.length <= BEST_UP_TO ? 11 : 9, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
      gz(data, { level: 9 }),
    ]);
    original += data.length;
    if (br.length < data.length) writeFileSync(`${path}.br`, br);
    if (gzipped.length < data.length) writeFileSync(`${path}.gz`, gzipped);
    compressed += Math.min(br.length, data.length);
  }));
  // MB as the site counts it (src/lib/strings/units.ts): 2²⁰ bytes.
  console.log(`Precompressed ${files.length} files: ${(original / 2 ** 20).toFixed(1)} MB → ${(compressed / 2 ** 20).toFixed(1)} MB with brotli.`);
}
