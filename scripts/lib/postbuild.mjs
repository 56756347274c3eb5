// `node scripts/lib/postbuild.mjs <outDir>`: the steps after Astro and Pagefind, in order — the
// service worker (its precache list must see every file the build wrote), the Content Security
// Policy headers (they name the service worker and every page), then compressed copies (last, so
// the worker and its lists are compressed too). A child process keeps build() synchronous.
import { precompress } from './compress.mjs';
import { writeSecurityHeaders } from './csp.mjs';
import { writeServiceWorker } from './offline.mjs';

const root = new URL('../..', import.meta.url).pathname;
const dist = process.argv[2];
if (!dist) {
  console.error('usage: node scripts/lib/postbuild.mjs <outDir>');
  process.exit(2);
}
await writeServiceWorker({ root, dist });
writeSecurityHeaders(dist);
await precompress(dist);
