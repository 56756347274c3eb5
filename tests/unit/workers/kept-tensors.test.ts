import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { keptTensorIds } from '../../../src/workers/kept-tensors';
import type { Tf } from '../../../src/workers/tf-backend';

const tfjs = tf as unknown as Tf;
const made: Array<{ dispose(): void }> = [];
const keep = <T extends { dispose(): void }>(value: T): T => {
  made.push(value);
  return value;
};

beforeAll(async () => {
  tf.env().set('IS_TEST', true);
  await tf.setBackend('cpu');
});
afterEach(() => made.splice(0).forEach((value) => value.dispose()));

describe('keptTensorIds', () => {
  it('finds tensors held directly, in arrays, in maps and in plain objects', () => {
    const [a, b, c, d] = [1, 2, 3, 4].map((n) => keep(tf.scalar(n)));
    const ids = keptTensorIds(tfjs, { a, list: [b], map: new Map([['c', c]]), nested: { inner: { d } } });
    expect(ids).toEqual(new Set([a, b, c, d].map((tensor) => tensor?.id)));
  });

  it('ignores disposed tensors and values that hold none', () => {
    const gone = tf.scalar(1);
    gone.dispose();
    expect(keptTensorIds(tfjs, { gone, n: 3, s: 'text', nothing: null }).size).toBe(0);
  });

  it('counts the weights of a layer or model as kept, however deep they sit', () => {
    const model = keep(tf.sequential({ layers: [tf.layers.dense({ units: 2, inputShape: [3] }), tf.layers.dense({ units: 1 })] }));
    const ids = keptTensorIds(tfjs, { wrapped: { model } });
    expect(ids.size).toBe(4);
    expect(ids).toEqual(new Set(model.weights.map((weight) => weight.read().id)));
  });

  it('stops at depth 3 of plain nesting and survives cycles', () => {
    const deep = keep(tf.scalar(1));
    const cycle: Record<string, unknown> = { deep: { a: { b: { c: deep } } } };
    cycle.self = cycle;
    expect(keptTensorIds(tfjs, { cycle }).size).toBe(0);
  });
});
