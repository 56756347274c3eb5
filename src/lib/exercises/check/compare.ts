// Comparing a student's result with the reference: the first difference, named in a student's words.
import { exerciseStrings as s } from '../../strings/exercises';

/** How close two numbers must be: |got - expected| ≤ absolute + relative · |expected| (0 and 0 for exact counts). */
export interface Tolerance {
  absolute: number;
  relative: number;
}

/** Exact comparison, for counts and sizes. */
export const EXACT: Tolerance = { absolute: 0, relative: 0 };

/** Float32 sums of a few dozen products: far looser than rounding, far tighter than any real mistake. */
export const FLOAT: Tolerance = { absolute: 1e-4, relative: 1e-4 };

/** A nested array's shape, read along its first elements: [[1, 2, 3], [4, 5, 6]] → [2, 3]. */
function nestedShape(value: unknown): number[] {
  const shape: number[] = [];
  let level = value;
  while (Array.isArray(level)) {
    shape.push(level.length);
    level = level[0];
  }
  return shape;
}

/** A value as a student reads it: numbers to 4 significant digits, arrays as [a, b], text quoted. */
export function describeValue(value: unknown): string {
  if (typeof value === 'number') return Number.isInteger(value) ? value.toLocaleString('en-US') : String(Number(value.toPrecision(4)));
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return `'${value}'`;
  if (Array.isArray(value)) return value.length > 6 ? s.listOf(value.length) : `[${value.map(describeValue).join(', ')}]`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

const AXIS_NAMES = ['batch', 'height', 'width', 'channels'];

function axisNote(expected: readonly number[], got: readonly number[], axisNames: readonly string[]): string {
  if (got.length !== expected.length) return s.levelsOfLists(got.length, expected.length);
  const axis = expected.findIndex((size, index) => got[index] !== size);
  const name = axisNames[axis] ?? `axis ${axis}`;
  return s.axisOff(name, got[axis], expected[axis]);
}

/** Where a value sits, in the student's own indexing: output[0][2][1][3]. */
function positionText(name: string, position: readonly number[]): string {
  return `${name}${position.map((index) => `[${index}]`).join('')}`;
}

function close(expected: number, got: number, tolerance: Tolerance): boolean {
  return Math.abs(got - expected) <= tolerance.absolute + tolerance.relative * Math.abs(expected);
}

/** What to compare and how: the result's name in messages, the tolerance, and names of the nested axes. */
export interface CompareOptions {
  name?: string;
  tolerance?: Tolerance;
  axisNames?: readonly string[];
}

/**
 * The first difference between `expected` (a number, null or nested array of numbers) and `got`, as one sentence,
 * or undefined when they match: a wrong shape is reported before any value, values in row-major order.
 */
export function firstMismatch(expected: unknown, got: unknown, options: CompareOptions = {}): string | undefined {
  const name = options.name ?? 'output';
  const tolerance = options.tolerance ?? FLOAT;
  if (got === undefined && expected !== undefined) return s.returnedNothing;
  if (Array.isArray(expected)) {
    const expectedShape = nestedShape(expected);
    const gotShape = nestedShape(got);
    if (!Array.isArray(got)) return s.notArray(name, describeValue(got));
    if (gotShape.length !== expectedShape.length || gotShape.some((size, index) => size !== expectedShape[index])) {
      return s.shapeMismatch(`[${gotShape.join(', ')}]`, `[${expectedShape.join(', ')}]`, axisNote(expectedShape, gotShape, options.axisNames ?? AXIS_NAMES));
    }
  }
  return walk(expected, got, [], { name, tolerance });
}

function walk(expected: unknown, got: unknown, position: number[], options: { name: string; tolerance: Tolerance }): string | undefined {
  const where = positionText(options.name, position);
  if (Array.isArray(expected)) {
    if (!Array.isArray(got) || got.length !== expected.length) {
      return Array.isArray(got) ? s.shapeMismatch(s.listAt(got.length, where), s.listOf(expected.length), s.raggedLists) : s.notArray(where, describeValue(got));
    }
    for (let index = 0; index < expected.length; index += 1) {
      const found = walk(expected[index], got[index], [...position, index], options);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof expected === 'number') {
    if (typeof got !== 'number' || Number.isNaN(got)) return s.notNumber(where, describeValue(got));
    return close(expected, got, options.tolerance) ? undefined : s.valueMismatch(where, describeValue(expected), describeValue(got));
  }
  return Object.is(expected, got) ? undefined : s.valueMismatch(where, describeValue(expected), describeValue(got));
}
