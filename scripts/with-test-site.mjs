// `node scripts/with-test-site.mjs <command…>`: builds the site with the e2e fixture pages
// (/test/cells/, /test/viz/) into dist-test/ when needed, then runs the command with
// DEPTHWISE_FIXTURES=1 and DIST_DIR set, so Playwright's server and the benchmarks serve that build.
// The published build (`npm run build`, `npm start`) never includes the fixture pages.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
process.env.DEPTHWISE_FIXTURES = '1';
process.env.DIST_DIR ??= join(root, 'dist-test');

const { buildIfNeeded } = await import('./lib/build.mjs');
buildIfNeeded();

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/with-test-site.mjs <command> [args…]');
  process.exit(2);
}
const bin = join(root, 'node_modules', '.bin', command);
const result = spawnSync(command === 'node' ? process.execPath : bin, args, { stdio: 'inherit', env: process.env, shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
