/**
 * Which earlier cells a cell needs: the names each cell declares and reads (src/lib/notebook/dependencies.ts)
 * and the scheduler's rule (unmetDependencies): warn only about earlier cells, not run in this runtime
 * and not queued, that declare a name the cell reads.
 */
import { describe, expect, it } from 'vitest';
import { cellNames, type CellNames } from '../../../src/lib/notebook/dependencies';
import { initialScheduler, schedule, unmetDependencies, type SchedulerEvent, type SchedulerState } from '../../../src/lib/notebook/scheduler';
import { cellStrings } from '../../../src/lib/strings/cells';

const sorted = (names: CellNames | undefined) => names && { declares: [...names.declares].sort(), reads: [...names.reads].sort() };

describe('cellNames', () => {
  it('declares top-level variables, functions and classes, and reads what it uses without declaring', () => {
    expect(sorted(cellNames('const size = 3;\nconst ones = tf.ones([1, size, size, 2]);\nfunction double(x) { return x * 2; }\nclass Box {}\nones.shape'))).toEqual({
      declares: ['Box', 'double', 'ones', 'size'],
      reads: ['tf'],
    });
  });
  it('a name read inside a function counts; parameters, locals and property names do not', () => {
    expect(sorted(cellNames('function conv(input) {\n  const local = input.shape;\n  return tf.depthwiseConv2d(input, kernel, 1, "same").size + local.length;\n}'))).toEqual({
      declares: ['conv'],
      reads: ['kernel', 'tf'],
    });
  });
  it('destructured declarations are declared, and a shadowed name read at top level still counts', () => {
    expect(sorted(cellNames('const { a, b: [c] } = source;\nfunction f(w) { return w; }\nw + a + c'))).toEqual({ declares: ['a', 'c', 'f'], reads: ['source', 'w'] });
  });
  it('top-level await and a cell that only reads', () => {
    expect(sorted(cellNames('await tf.nextFrame();\ndouble(size)'))).toEqual({ declares: [], reads: ['double', 'size', 'tf'] });
  });
  it('a cell that does not parse has no names', () => {
    expect(cellNames('const b = ;')).toBeUndefined();
  });
});

/** Applies events in order. */
function play(state: SchedulerState, ...events: SchedulerEvent[]): SchedulerState {
  return events.reduce((current, event) => schedule(current, event).state, state);
}

const page = (count: number) => play(initialScheduler(0), ...Array.from({ length: count }, (_, index): SchedulerEvent => ({ type: 'add-cell', index })));
const names = (...codes: string[]) => codes.map(cellNames);
// The fixture page's first cells: one defines, one reads them, one reads nothing.
const CODES = names('const size = 3;\nconst ones = tf.ones([1, size, size, 2]);\nfunction double(x) { return x * 2; }', 'const shape = ones.shape;\ndouble(size)', '1', 'const b = ;', 'shape.length');

describe('unmetDependencies', () => {
  it('a cell that reads nothing from earlier cells needs none of them, though none has run', () => {
    expect(unmetDependencies(page(5), 2, CODES)).toEqual({ cells: [], names: [] });
  });
  it('a cell that reads names an earlier cell defines needs it, with the names it reads from it', () => {
    const needed = unmetDependencies(page(5), 1, CODES);
    expect(needed.cells).toEqual([0]);
    expect([...needed.names].sort()).toEqual(['double', 'ones', 'size']);
  });
  it('needs nothing once that cell has run, or while it is queued or running', () => {
    const ran = play(page(5), { type: 'queue', index: 0, limitS: 30 }, { type: 'finish', runId: 1, ok: true });
    expect(unmetDependencies(ran, 1, CODES).cells).toEqual([]);
    const running = play(page(5), { type: 'queue', index: 0, limitS: 30 });
    expect(unmetDependencies(running, 1, CODES).cells).toEqual([]);
  });
  it('needs it again after a restart made its results stale', () => {
    const restarted = play(page(5), { type: 'queue', index: 0, limitS: 30 }, { type: 'finish', runId: 1, ok: true }, { type: 'restart' });
    expect(unmetDependencies(restarted, 1, CODES).cells).toEqual([0]);
  });
  it('follows a chain only one step (the reader runs all above) and ignores a cell that does not parse', () => {
    expect(unmetDependencies(page(5), 4, CODES)).toEqual({ cells: [1], names: ['shape'] });
  });
});

describe('the notice a reader reads', () => {
  it('names the cells and the names this cell reads from them', () => {
    expect(cellStrings.notRunAbove(1, ['size', 'ones', 'double'])).toBe('An earlier cell defines size, ones and double, which this cell reads, but has not run in this runtime.');
    expect(cellStrings.notRunAbove(2, ['a', 'b', 'c', 'd', 'e'])).toBe('2 earlier cells define a, b, c and 2 more, which this cell reads, but have not run in this runtime.');
  });
});
