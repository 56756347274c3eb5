import { describe, expect, it } from 'vitest';
import { checkDisplay, DISPLAY_SCHEMAS, isDisplayKind, type DisplayKind } from '../../../src/lib/notebook/display-schemas';
import { imagePayload, plotPayload, tableFromRows } from '../../../src/lib/notebook/display';
import { toValueView } from '../../../src/lib/notebook/value-view';
import { featureMapsPayload, kernelsPayload } from '../../../src/lib/viz/payloads';

// What the worker's builders produce, kind by kind: the page must accept every one of them.
const built: { [K in DisplayKind]: unknown } = {
  value: toValueView({ name: 'x', list: [1, 'two', [3, { deep: true }]], nothing: null, f: () => 1, big: 10n }),
  table: tableFromRows([{ a: 1, b: 'x' }, { a: 2 }], 'two rows'),
  plot: plotPayload({ marks: [{ mark: 'line', data: [{ x: 1, y: 2 }], options: { x: 'x', y: 'y' } }], width: 300 }),
  image: imagePayload({ shape: [2, 3], values: [0, 0.5, 1, 1, 0.5, 0] }),
  progress: { value: 3, max: 10, label: 'epoch 3 of 10' },
  kernels: kernelsPayload([3, 3, 2, 1], new Float32Array(18)),
  featureMaps: featureMapsPayload([4, 4, 2], new Float32Array(32), 'after the depthwise step'),
};

describe('the display table', () => {
  it.each(Object.keys(built) as DisplayKind[])('accepts what the worker builds for %s, unchanged', (kind) => {
    const checked = checkDisplay(kind, built[kind]);
    expect(checked).toEqual({ ok: true, payload: built[kind] });
  });

  it('names every kind the page renders, and nothing inherited from Object', () => {
    expect(Object.keys(DISPLAY_SCHEMAS).sort()).toEqual(['featureMaps', 'image', 'kernels', 'plot', 'progress', 'table', 'value']);
    expect(isDisplayKind('table')).toBe(true);
    for (const kind of ['tables', 'constructor', '__proto__', 'toString', '']) expect(isDisplayKind(kind)).toBe(false);
  });

  it.each([
    ['table', { columns: ['a'], rows: [[1]], total: 1 }, '"rows.0.0": expected string'],
    ['table', { columns: ['a'], rows: [], total: -1 }, '"total"'],
    ['image', { width: 2, height: 2, label: 'x', data: new Uint8ClampedArray(4) }, '"data": expected width · height · 4 bytes'],
    ['image', { width: 1, height: 1, label: 'x', data: [0, 0, 0, 255] }, '"data": expected a Uint8ClampedArray'],
    ['progress', { value: 1, max: 0 }, '"max"'],
    ['kernels', { filterHeight: 3, filterWidth: 3, inChannels: 1, chMul: 1, values: Array.from({ length: 9 }, () => 0) }, '"values": expected a Float32Array'],
    ['featureMaps', { height: 2, width: 2.5, channels: 1, values: new Float32Array(5) }, '"width"'],
    ['plot', { marks: [{ data: [] }], options: {} }, '"marks.0.mark"'],
    ['value', { kind: 'array', label: 'Array(1)', length: 1, items: [{ kind: 'primitive', text: '1' }] }, '"items.0.type"'],
    ['value', { kind: 'shape', text: '?' }, 'kind'],
  ] as const)('refuses a malformed %s payload and says where: %j', (kind, payload, where) => {
    const checked = checkDisplay(kind, payload);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.reason).toContain(where);
  });
});
