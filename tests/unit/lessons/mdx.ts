// Reads the lesson MDX files: their cells' code, and the layer specs their prose computes numbers from.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folder the lessons live in. */
export const LESSONS_DIR = join(import.meta.dirname, '../../../src/content/lessons');

/** Every lesson file name (convolution.mdx, …), sorted. */
export function lessonFiles(): string[] {
  return readdirSync(LESSONS_DIR).filter((name) => name.endsWith('.mdx')).sort();
}

/** One lesson's source. */
export function lessonSource(file: string): string {
  return readFileSync(join(LESSONS_DIR, file), 'utf8');
}

/** The runnable cells of a lesson, in page order: id and the code of the ```js fence inside <Cell>. */
export function lessonCells(source: string): { id: string; code: string }[] {
  const cells: { id: string; code: string }[] = [];
  for (const match of source.matchAll(/<Cell\s+id="([^"]+)"[^>]*>\s*```js\n([\s\S]*?)```\s*<\/Cell>/g)) {
    cells.push({ id: match[1]!, code: match[2]! });
  }
  return cells;
}

/** The plain layer specs a lesson's prose computes from: `export const name = { kind: … }` literals without spreads. */
export function lessonSpecs(source: string): { name: string; spec: Record<string, unknown> }[] {
  const specs = [];
  for (const match of source.matchAll(/^export const (\w+) = \{ (kind: [^}]*) \};$/gm)) {
    specs.push({ name: match[1]!, spec: flatLiteral(match[2]!, match[1]!) });
  }
  return specs;
}

/** Reads `key: 3, key: 'text', key: true` (the only shape a lesson's layer literal takes), refusing anything else: no evaluation. */
function flatLiteral(body: string, name: string): Record<string, unknown> {
  const spec: Record<string, unknown> = {};
  for (const pair of body.split(',')) {
    const found = /^\s*(\w+): (?:'([^']*)'|(-?\d+(?:\.\d+)?)|(true|false))\s*$/.exec(pair);
    if (!found) throw new Error(`lesson spec ${name}: cannot read "${pair.trim()}" (numbers, quoted strings and booleans only)`);
    const [, key, text, number, flag] = found;
    spec[key!] = text ?? (number === undefined ? flag === 'true' : Number(number));
  }
  return spec;
}
