// Builds the site when its sources are newer than the last build, so `npm start` and the tests
// always serve what the sources say without rebuilding needlessly.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const STAMP = join(DIST, '.build-stamp');
const INPUTS = ['src', 'public', 'astro.config.mjs', 'package-lock.json', 'scripts/lib/build.mjs'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** True when dist/ is missing or any source is newer than the last successful build. */
export function needsBuild() {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  return INPUTS.some((input) => newestMtime(join(ROOT, input)) > built);
}

/** Runs `npm run build` (Astro + Pagefind) and stamps dist/; exits the process on failure. */
export function build() {
  console.log('Building the site (npm run build)…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('The build failed; see the messages above.');
    process.exit(result.status ?? 1);
  }
  writeFileSync(STAMP, new Date().toISOString());
}

/** Builds only when needed. */
export function buildIfNeeded() {
  if (needsBuild()) build();
}

export { DIST, ROOT };
