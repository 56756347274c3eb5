/**
 * The import flow of CONTRIBUTING.md ("Layout"), checked for every source file — including .astro and .mdx, which
 * ESLint does not parse: lib imports no other folder, TF.js is imported only under src/workers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function imports(source: string): string[] {
  const found = [...source.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g)];
  return found.map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}

const sources = files(SRC).filter((file) => /\.(ts|astro|mdx|mjs|js)$/.test(file));

describe('architecture', () => {
  it('finds the source files it checks', () => {
    expect(sources.length).toBeGreaterThan(10);
  });
  it('TF.js is imported only under src/workers', () => {
    const offenders = sources
      .filter((file) => !relative(SRC, file).startsWith('workers'))
      .filter((file) => imports(readFileSync(file, 'utf8')).some((spec) => spec.startsWith('@tensorflow/')));
    expect(offenders.map((file) => relative(SRC, file))).toEqual([]);
  });
  it('src/lib imports nothing from the other folders of src', () => {
    const offenders = sources
      .filter((file) => relative(SRC, file).startsWith('lib'))
      .filter((file) => imports(readFileSync(file, 'utf8')).some((spec) => {
        if (!spec.startsWith('.')) return false;
        const top = relative(SRC, resolve(dirname(file), spec)).split('/')[0];
        return top !== 'lib';
      }));
    expect(offenders.map((file) => relative(SRC, file))).toEqual([]);
  });
  it('the import scanner sees static, dynamic and side-effect imports', () => {
    expect(imports("import a from 'x';\nconst b = import('y');\nimport 'z';\nexport { c } from 'w';")).toEqual(['x', 'y', 'z', 'w']);
  });
});
