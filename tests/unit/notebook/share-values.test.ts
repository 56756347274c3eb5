import { describe, expect, test } from 'vitest';
import { decodeSharedCode, encodeSharedCode, parseShareHash, shareHash, MAX_SHARED_CODE } from '../../../src/lib/notebook/share';
import { formatValueView, toValueView } from '../../../src/lib/notebook/value-view';
import { previewValues, tensorView } from '../../../src/lib/notebook/tensor-summary';
import { PageMessageSchema, parseWith, WorkerMessageSchema } from '../../../src/lib/jobs';

const parseWorkerMessage = (data: unknown) => parseWith(WorkerMessageSchema, data);
const parsePageMessage = (data: unknown) => parseWith(PageMessageSchema, data);
import { hintFor } from '../../../src/lib/notebook/hints';

describe('share format', () => {
  test('round-trips unicode code through a share hash', async () => {
    const code = 'const π = 3.14; // ünïcødé 🎉\nshow(π);\n'.repeat(20);
    const payload = await encodeSharedCode(code);
    expect(payload).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(payload.length).toBeLessThan(code.length);
    const parsed = parseShareHash(`#${shareHash('dw-shape', payload)}`);
    expect(parsed).toEqual({ cellId: 'dw-shape', payload });
    expect(await decodeSharedCode(parsed?.payload ?? '')).toBe(code);
  });

  test('rejects garbage with a message naming the payload', async () => {
    await expect(decodeSharedCode('2.abc')).rejects.toThrow('invalid share payload: unknown version');
    await expect(decodeSharedCode('1.not base64!')).rejects.toThrow('invalid share payload: not base64url');
    await expect(decodeSharedCode('1.AAAAAAAA')).rejects.toThrow('invalid share payload');
  });

  test('rejects a payload that inflates beyond the limit (zip bomb)', async () => {
    const bomb = await encodeSharedCode('a'.repeat(MAX_SHARED_CODE));
    expect(await decodeSharedCode(bomb)).toHaveLength(MAX_SHARED_CODE);
    await expect(encodeSharedCode('a'.repeat(MAX_SHARED_CODE + 1))).rejects.toThrow('invalid code');
  });

  test('parseShareHash ignores hashes that are not share links', () => {
    expect(parseShareHash('#section-2')).toBeUndefined();
    expect(parseShareHash('#cell=<script>&code=1.x')).toBeUndefined();
  });
});

describe('value views', () => {
  test('primitives, arrays and objects print like a console', () => {
    expect(formatValueView(toValueView({ a: 1, b: 'x', c: [1, 2.5, null], 'd-e': undefined }))).toBe('{ a: 1, b: "x", c: [1, 2.5, null], "d-e": undefined }');
    expect(formatValueView(toValueView(0.1 + 0.2))).toBe('0.3');
    expect(formatValueView(toValueView(10n))).toBe('10n');
  });

  test('cycles, functions, symbols and weak maps become text', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    expect(formatValueView(toValueView(cyclic))).toBe('{ name: "loop", self: [circular] }');
    expect(formatValueView(toValueView(function conv() {}))).toBe('ƒ conv(…)');
    expect(formatValueView(toValueView(new WeakMap()))).toBe('WeakMap (contents cannot be listed)');
    expect(formatValueView(toValueView(Symbol('s')))).toBe('Symbol(s)');
  });

  test('long arrays are clipped with a count of the rest', () => {
    expect(formatValueView(toValueView(Array.from({ length: 25 }, (_, i) => i)))).toMatch(/, 19, … 5 more\]$/);
    expect(formatValueView(toValueView(new Float32Array([1, 2])))).toBe('Float32Array(2) [1, 2]');
  });

  test('a view survives structuredClone (it is plain data)', () => {
    const view = toValueView({ f: () => 1, m: new Map([[1, { deep: [1] }]]), s: new Set([1]) });
    expect(structuredClone(view)).toEqual(view);
  });

  test('a getter that throws is described, not thrown', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('no keys'); } });
    expect(formatValueView(toValueView(hostile))).toContain('no keys');
  });

  test('tensor view shows shape, dtype, stats and a clipped preview', () => {
    const values = Float32Array.from({ length: 2 * 8 }, (_, i) => i);
    const view = tensorView({ shape: [2, 8], dtype: 'float32', values });
    expect(formatValueView(view)).toBe('Tensor shape [2, 8] float32 · min 0 · max 15 · mean 7.5\n[[0, 1, 2, …, 5, 6, 7],\n [8, 9, 10, …, 13, 14, 15]]');
    expect(previewValues([7], [])).toBe('7');
  });
});

describe('protocol', () => {
  test('accepts well-formed messages and rejects junk', () => {
    expect(parseWorkerMessage({ type: 'console', id: 1, generation: 0, level: 'log', text: 'hi' })).toBeDefined();
    expect(parseWorkerMessage({ type: 'console', id: '1', generation: 0, level: 'log', text: 'hi' })).toBeUndefined();
    expect(parseWorkerMessage({ type: 'console', id: 1, level: 'log', text: 'hi' })).toBeUndefined();
    expect(parseWorkerMessage({ type: 'display', id: 1, generation: 0, payload: {} })).toBeUndefined();
    expect(parseWorkerMessage({ type: 'nope', id: 1, generation: 0 })).toBeUndefined();
    expect(parseWorkerMessage(null)).toBeUndefined();
    expect(parsePageMessage({ type: 'start', id: 1, generation: 0, job: 'cell', input: { cellId: 'a' } })).toBeDefined();
    expect(parsePageMessage({ type: 'pause', id: 1, generation: 0 })).toBeDefined();
    expect(parsePageMessage({ type: 'stop', id: 1, generation: 0 })).toBeUndefined();
  });

  test('hints name the expected layout for a TF.js rank error', () => {
    expect(hintFor('Error in depthwiseConv2d: input must be rank 4, but got rank 2.')).toMatch(/\[batch, height, width, channels\]/);
    expect(hintFor('Error in depthwiseConv2d: number of input channels (3) must match the inChannels dimension in filter 1.')).toMatch(/input has 3 channels but the filter expects 1/);
    expect(hintFor('Error in matMul: inner shapes (3) and (2) of Tensors with shapes 3,3 and 2,2 and transposeA=false and transposeB=false must match.')).toMatch(/inner sizes 3 and 2 must be equal/);
    expect(hintFor('something else')).toBeUndefined();
  });
});
