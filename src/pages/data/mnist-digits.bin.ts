// The MNIST digit pack (docs/digit-pack.md), built from the `mnist` package at build time (and on
// request in dev), gzip-compressed: 7.5 MB of pixels travel as about 1.5 MB (MB as src/lib/strings/units.ts counts it, 2²⁰ bytes).
import type { APIRoute } from 'astro';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { encodePack, packFromGreyLevels } from '../../lib/digits';

/** The gzip-compressed pack of all 10,000 digits, split 8,000 / 2,000 by the site's fixed seed. */
export const GET: APIRoute = () => {
  const require = createRequire(import.meta.url);
  const perLabel = Array.from({ length: 10 }, (_, label) => (require(`mnist/src/digits/${label}.json`) as { data: number[] }).data);
  const packed = gzipSync(encodePack(packFromGreyLevels(perLabel)), { level: 9 });
  return new Response(new Uint8Array(packed), { headers: { 'Content-Type': 'application/octet-stream' } });
};
