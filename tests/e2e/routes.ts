/** The site's public routes, read from the built site so new lessons are tested without editing tests. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Every built page route (`/`, `/convolution/`, …), excluding the 404 page and hidden test pages. */
export function builtRoutes(): string[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` (npm run test:e2e does it for you).');
  const routes = ['/'];
  for (const entry of readdirSync(DIST, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('_') || ['pagefind', 'test'].includes(entry.name)) continue;
    if (existsSync(join(DIST, entry.name, 'index.html'))) routes.push(`/${entry.name}/`);
  }
  return routes.sort();
}

/** The lesson routes the site must have once every lesson exists (issue: flat, short routes). */
export const LESSON_ROUTES = ['/convolution/', '/depthwise/', '/pointwise/', '/separable/', '/cost/', '/effective/'];
