/**
 * No import cycles among the source files (static, dynamic and side-effect imports, type-only ones
 * included): a cycle is how the notebook, its cells and their notices once became one tangle.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

/** The source files `file` imports by relative path, resolved as the bundler would (extension or index.ts). */
function localImports(file: string, known: Set<string>): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)]
    .map((match) => match[1] ?? match[2] ?? match[3] ?? '')
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => resolve(dirname(file), spec.replace(/\?.*$/, '')))
    .map((base) => [base, `${base}.ts`, join(base, 'index.ts')].find((path) => known.has(path) && existsSync(path)))
    .filter((path): path is string => path !== undefined);
}

/** Every cycle found by a depth-first walk, as `a → b → a` paths relative to src/. */
function importCycles(root: string): string[] {
  const sources = files(root).filter((file) => /\.(ts|astro|mjs|js)$/.test(file));
  const known = new Set(sources);
  const graph = new Map(sources.map((file) => [file, localImports(file, known)]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].map((path) => relative(root, path)).join(' → '));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of sources) if (!state.has(file)) visit(file);
  return cycles;
}

describe('imports', () => {
  it('form no cycle anywhere in src/', () => {
    expect(importCycles(SRC)).toEqual([]);
  });
});
