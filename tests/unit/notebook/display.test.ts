import { describe, expect, test } from 'vitest';
import { imagePayload, MAX_PLOT_POINTS, MAX_TABLE_ROWS, plotPayload, tableFromRows } from '../../../src/lib/notebook/display';

describe('show.table payload', () => {
  test('columns are the union of row keys, cells are formatted text', () => {
    expect(tableFromRows([{ a: 1, b: 'x' }, { b: [1, 2], c: 0.5 }])).toEqual({
      columns: ['a', 'b', 'c'],
      rows: [['1', 'x', ''], ['', '[1, 2]', '0.5']],
      total: 2,
    });
  });

  test('arrays of arrays use column indices; rows beyond the limit are counted', () => {
    const rows = Array.from({ length: MAX_TABLE_ROWS + 5 }, (_, i) => [i, i * 2]);
    const table = tableFromRows(rows);
    expect(table.columns).toEqual(['0', '1']);
    expect(table.rows).toHaveLength(MAX_TABLE_ROWS);
    expect(table.total).toBe(MAX_TABLE_ROWS + 5);
  });

  test('a non-array names the bad input', () => {
    expect(() => tableFromRows(42)).toThrow('invalid rows: 42 (show.table expects an array of objects or arrays)');
  });
});

describe('show.plot payload', () => {
  test('keeps plain marks and top-level options', () => {
    const payload = plotPayload({ marks: [{ mark: 'lineY', data: new Float32Array([1, 2]), options: { stroke: 'red' } }], height: 100 });
    expect(payload).toEqual({ marks: [{ mark: 'lineY', data: [1, 2], options: { stroke: 'red' } }], options: { height: 100 } });
  });

  test('a function option is refused with the field to use instead', () => {
    expect(() => plotPayload({ marks: [{ mark: 'dot', data: [{ t: 1 }], options: { x: (d: { t: number }) => d.t } }] })).toThrow('invalid plot option marks[0].options.x: a function cannot cross to the page');
  });

  test('too many points are refused before they reach the page', () => {
    expect(() => plotPayload({ marks: [{ mark: 'dot', data: new Array(MAX_PLOT_POINTS + 1).fill(0) }] })).toThrow(`invalid plot data: ${MAX_PLOT_POINTS + 1} points`);
  });

  test('an unknown mark and missing marks are named', () => {
    expect(() => plotPayload({ marks: [{ mark: 'pie' }] })).toThrow('invalid plot mark: pie (marks[0].mark must be one of');
    expect(() => plotPayload({ height: 3 })).toThrow('invalid plot marks: undefined');
  });
});

describe('show.image payload', () => {
  test('a [2, 1] float image in [0, 1] becomes grey RGBA scaled to 255', () => {
    expect(Array.from(imagePayload({ shape: [2, 1], values: [0, 1] }).data)).toEqual([0, 0, 0, 255, 255, 255, 255, 255]);
  });

  test('a [1, 1, 1, 3] batch of one RGB image in 0..255 keeps its values and is labelled', () => {
    const image = imagePayload({ shape: [1, 1, 1, 3], values: [10, 20, 300] });
    expect(Array.from(image.data)).toEqual([10, 20, 255, 255]);
    expect(image.label).toBe('Image, 1×1 pixels, 3 channels');
  });

  test('a shape that is not an image names itself', () => {
    expect(() => imagePayload({ shape: [2, 2, 2], values: [0, 0, 0, 0, 0, 0, 0, 0] })).toThrow('invalid image shape: [2, 2, 2]');
  });
});
