// The built site's page routes, read from dist/: tests and benchmarks visit the same list.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './build.mjs';

/** Every built page route (`/`, `/convolution/`, …) except the 404 page, Pagefind's files and test pages. */
export function builtRoutesFromDist() {
  if (!existsSync(DIST)) throw new Error("dist/ is missing: run `npm run build` first.");
  const routes = ["/"];
  for (const entry of readdirSync(DIST, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('_') || ['pagefind', 'test'].includes(entry.name)) continue;
    if (existsSync(join(DIST, entry.name, 'index.html'))) routes.push(`/${entry.name}/`);
  }
  return routes.sort();
}
