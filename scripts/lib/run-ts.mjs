// Runs a TypeScript entry point under Node: esbuild (Astro's own bundler) compiles it and the
// project's .ts imports into one ES module in .cache/, leaving npm packages to Node, so TF.js in
// Node is the same single copy the unit tests use. Each process compiles to a file of its own
// (removed when the script ends), so several runs of one script (one per seed) can start side by side.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { watEsbuild } from '../../src/integrations/wat.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;

/** Compiles `entry` (a path from the project root) and imports it: its top-level code runs; resolves with its exports. */
export async function runTypeScript(entry) {
  const outfile = join(ROOT, '.cache', 'scripts', `${basename(entry, '.ts')}-${process.pid}.mjs`);
  await build({
    entryPoints: [join(ROOT, entry)], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node22',
    packages: 'external', logLevel: 'warning', sourcemap: 'inline', plugins: [watEsbuild()],
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true });
  }
}
