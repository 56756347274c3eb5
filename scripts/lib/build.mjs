// Builds the site when its sources are newer than the last build, so `npm start` and the tests
// always serve what the sources say without rebuilding needlessly.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
// DIST_DIR lets several builds of one checkout live side by side (e.g. a test run beside an author's build).
const DIST = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : join(ROOT, 'dist');
const STAMP = join(DIST, '.build-stamp');
const INPUTS = ['src', 'public', 'tests/fixtures', 'astro.config.mjs', 'pagefind.yml', 'package-lock.json', 'scripts/lib/build.mjs',
  'scripts/lib/postbuild.mjs', 'scripts/lib/offline.mjs', 'scripts/lib/compress.mjs', 'scripts/lib/csp.mjs'];
// Whether this build carries the e2e fixture pages (src/integrations/test-fixtures.mjs reads the same variable).
const FIXTURES = process.env.DEPTHWISE_FIXTURES === '1';

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** True when DIST is missing, was built with or without fixtures unlike now, or any source is newer than it. */
export function needsBuild() {
  if (!existsSync(STAMP)) return true;
  if (readFileSync(STAMP, 'utf8').includes('fixtures') !== FIXTURES) return true;
  const built = statSync(STAMP).mtimeMs;
  return INPUTS.some((input) => newestMtime(join(ROOT, input)) > built);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`The build failed (${command} ${args.join(' ')}); see the messages above.`);
}

/**
 * Builds the site into DIST (Astro, the Pagefind search index, the service worker, then brotli and
 * gzip copies of text files) and stamps it; exits the process
 * on failure. Astro keeps its prerender scratch files beside an outDir inside the project but in the
 * shared .astro/ for one outside it, so a DIST outside the project is built in a private folder under
 * .cache/ and copied over: concurrent builds never share scratch files.
 */
export function build() {
  console.log(`Building the site into ${DIST}${FIXTURES ? ' (with the e2e fixture pages)' : ''}…`);
  // The stamp carries the build's start time, so a source edited during the build triggers the next one.
  const started = new Date();
  const inside = !relative(ROOT, DIST).startsWith('..');
  const outDir = inside ? DIST : join(ROOT, '.cache', `build-${process.pid}`);
  const bin = (name) => join(ROOT, 'node_modules', '.bin', name);
  try {
    run(bin('astro'), ['build', '--outDir', outDir]);
    run(bin('pagefind'), ['--site', outDir, '--silent']);
    run(process.execPath, [join(ROOT, 'scripts', 'lib', 'postbuild.mjs'), outDir]);
    if (!inside) {
      rmSync(DIST, { recursive: true, force: true });
      cpSync(outDir, DIST, { recursive: true });
    }
  } catch (error) {
    if (!inside) rmSync(outDir, { recursive: true, force: true });
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  if (!inside) rmSync(outDir, { recursive: true, force: true });
  writeFileSync(STAMP, `${started.toISOString()}${FIXTURES ? ' with test fixtures' : ''}\n`);
  utimesSync(STAMP, started, started);
}

/** Builds only when needed. */
export function buildIfNeeded() {
  if (needsBuild()) build();
}

export { DIST, ROOT };
