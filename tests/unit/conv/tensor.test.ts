import { describe, expect, it } from 'vitest';
import {
  depthwiseOutChannel, depthwiseSource, flatIndex, formatShape, getValue, mulberry32, randomTensor, setValue, shapeSize, tensor4d,
} from '../../../src/lib/conv';

describe('Tensor4D helpers', () => {
  it('flatIndex is row-major with the channel axis fastest: [0, 1, 2, 3] in [2, 3, 4, 5] is 1·20 + 2·5 + 3 = 33', () => {
    expect(flatIndex([2, 3, 4, 5], [0, 1, 2, 3])).toBe(33);
    expect(flatIndex([2, 3, 4, 5], [1, 2, 3, 4])).toBe(shapeSize([2, 3, 4, 5]) - 1);
  });

  it('flatIndex refuses an index outside the shape', () => {
    expect(() => flatIndex([1, 2, 2, 1], [0, 2, 0, 0])).toThrow('invalid index: [0, 2, 0, 0] for shape [1, 2, 2, 1]');
  });

  it('tensor4d zero-fills or copies, and setValue/getValue round-trip through float32', () => {
    const tensor = tensor4d([1, 2, 2, 1]);
    expect(Array.from(tensor.values)).toEqual([0, 0, 0, 0]);
    setValue(tensor, [0, 1, 0, 0], 0.1);
    expect(getValue(tensor, [0, 1, 0, 0])).toBe(Math.fround(0.1));
    expect(Array.from(tensor4d([1, 1, 1, 2], [3, 4]).values)).toEqual([3, 4]);
  });

  it('tensor4d refuses values of the wrong length and bad shapes', () => {
    expect(() => tensor4d([1, 2, 2, 1], [1, 2, 3])).toThrow('invalid values: length 3 does not match shape [1, 2, 2, 1] (4 elements)');
    expect(() => tensor4d([1, 0, 2, 1])).toThrow('invalid shape[1]: 0');
  });

  it('formatShape writes [1, 28, 28, 3]', () => {
    expect(formatShape([1, 28, 28, 3])).toBe('[1, 28, 28, 3]');
  });

  it('depthwise channel mapping: inChannel 2, m 1 with chMul 3 is output channel 7, and back', () => {
    expect(depthwiseOutChannel(2, 1, 3)).toBe(7);
    expect(depthwiseSource(7, 3)).toEqual([2, 1]);
  });
});

describe('seeded randomness', () => {
  it('mulberry32 with the same seed repeats its sequence; another seed differs', () => {
    const first = mulberry32(42);
    const second = mulberry32(42);
    const sequence = Array.from({ length: 5 }, () => first());
    expect(Array.from({ length: 5 }, () => second())).toEqual(sequence);
    expect(Array.from({ length: 5 }, mulberry32(43))).not.toEqual(sequence);
  });

  it('randomTensor fills [-1, 1) with a mean near 0 and is reproducible', () => {
    const tensor = randomTensor([2, 16, 16, 8], 7);
    const values = Array.from(tensor.values);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(-1);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(Math.abs(values.reduce((sum, value) => sum + value, 0) / values.length)).toBeLessThan(0.05);
    expect(randomTensor([2, 16, 16, 8], 7)).toEqual(tensor);
    expect(new Set(values).size).toBeGreaterThan(values.length * 0.99);
  });

  it('mulberry32 refuses a non-integer seed', () => {
    expect(() => mulberry32(1.5)).toThrow('invalid seed: 1.5');
  });
});
