import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import {
  conv2dInfo, effectiveFilterSize, outputChannels, outputShape, outputSize, outputSpatialShape,
} from '../../../src/lib/conv';

describe('outputSize (one axis)', () => {
  it.each([
    [{ inSize: 5, filterSize: 3, stride: 2, pad: 'same' }, 3],
    [{ inSize: 5, filterSize: 3, stride: 2, pad: 'valid' }, 2],
    [{ inSize: 28, filterSize: 3, pad: 'valid' }, 26],
    [{ inSize: 28, filterSize: 3, pad: 'same' }, 28],
    [{ inSize: 7, filterSize: 3, dilation: 2, pad: 'valid' }, 3],
    [{ inSize: 6, filterSize: 1, stride: 4, pad: 'same' }, 2],
    [{ inSize: 7, filterSize: 2, stride: 3, pad: 'valid' }, 2],
    [{ inSize: 3, filterSize: 3, pad: 'valid' }, 1],
  ] as const)('outputSize(%j) is %i', (options, expected) => {
    expect(outputSize(options)).toBe(expected);
  });

  it("outputSize refuses a filter that spans more than the input with pad 'valid'", () => {
    expect(() => outputSize({ inSize: 4, filterSize: 3, dilation: 2 })).toThrow("invalid filterSize: 3 (spans 5 > inSize 4 with pad 'valid')");
    expect(() => outputSize({ inSize: 4, filterSize: 3, stride: 0 })).toThrow('invalid stride: 0');
  });

  it('effectiveFilterSize(3, 2) is 5 and effectiveFilterSize(5, 1) is 5', () => {
    expect([effectiveFilterSize(3, 2), effectiveFilterSize(5, 1)]).toEqual([5, 5]);
  });
});

describe('output shapes', () => {
  it("outputSpatialShape({inHeight: 5, kernelSize: 3, stride: 2, pad: 'same'}) is [3, 3]", () => {
    expect(outputSpatialShape({ inHeight: 5, kernelSize: 3, stride: 2, pad: 'same' })).toEqual([3, 3]);
  });

  it("outputSpatialShape({inHeight: 6, inWidth: 9, kernelSize: [3, 5], stride: [2, 1], pad: 'same'}) is [3, 9]", () => {
    expect(outputSpatialShape({ inHeight: 6, inWidth: 9, kernelSize: [3, 5], stride: [2, 1], pad: 'same' })).toEqual([3, 9]);
  });

  it("the seed's depthwise example: [1, 28, 28, 3], 3×3, same → [1, 28, 28, 3]", () => {
    expect(outputShape({ kind: 'depthwise', inHeight: 28, inChannels: 3, kernelSize: 3, pad: 'same' })).toEqual([1, 28, 28, 3]);
  });

  it('depthwise output channels are inChannels · chMul, whatever the padding or stride', () => {
    const shapes = (['valid', 'same'] as const).flatMap((pad) => [1, 2].map((stride) =>
      outputShape({ kind: 'depthwise', batch: 2, inHeight: 28, inChannels: 3, chMul: 2, kernelSize: 3, stride, pad })));
    expect(shapes).toEqual([[2, 26, 26, 6], [2, 13, 13, 6], [2, 28, 28, 6], [2, 14, 14, 6]]);
  });

  it("the seed's pointwise example: [1, 28, 28, 3] → 16 channels gives [1, 28, 28, 16]", () => {
    expect(outputShape({ kind: 'pointwise', inHeight: 28, inChannels: 3, outChannels: 16 })).toEqual([1, 28, 28, 16]);
  });

  it('standard and pointwise need outChannels; depthwise ignores it', () => {
    expect(() => outputChannels({ kind: 'standard', inChannels: 3 })).toThrow('invalid outChannels: undefined');
    expect(outputChannels({ kind: 'depthwise', inChannels: 3, outChannels: 99 })).toBe(3);
    expect(() => outputChannels({ kind: 'depthwise', inChannels: 3, chMul: 0 })).toThrow('invalid chMul: 0');
  });
});

describe("padding amounts ('same' puts the odd extra pixel at the bottom/right)", () => {
  it.each([
    [{ inHeight: 5, kernelSize: 3, stride: 2 }, { top: 1, bottom: 1 }],
    [{ inHeight: 6, kernelSize: 3, stride: 2 }, { top: 0, bottom: 1 }],
    [{ inHeight: 4, kernelSize: 4 }, { top: 1, bottom: 2 }],
    [{ inHeight: 7, kernelSize: 3, dilation: 2 }, { top: 2, bottom: 2 }],
    [{ inHeight: 8, kernelSize: 1, stride: 3 }, { top: 0, bottom: 0 }],
  ])("%j with pad 'same' pads %j", (options, expected) => {
    const { padInfo } = conv2dInfo({ ...options, pad: 'same' });
    expect({ top: padInfo.top, bottom: padInfo.bottom }).toEqual(expected);
    expect({ top: padInfo.left, bottom: padInfo.right }).toEqual(expected);
  });

  it("pad 'valid' pads nothing", () => {
    expect(conv2dInfo({ inHeight: 9, kernelSize: 3, stride: 2 }).padInfo).toEqual({ top: 0, bottom: 0, left: 0, right: 0 });
  });
});

describe('conv2dInfo agrees with TF.js computeConv2DInfo on a grid of geometries', () => {
  type Pair = number | [number, number];
  const cases: { inHeight: number; inWidth: number; filterHeight: number; filterWidth: number; stride: Pair; dilation: Pair; pad: 'valid' | 'same' }[] = [];
  for (const inHeight of [1, 4, 7, 10]) for (const inWidth of [3, 8]) for (const filterHeight of [1, 2, 3]) {
    for (const filterWidth of [1, 3]) for (const [stride, dilation] of [[1, 1], [2, 1], [3, 1], [1, 2], [[2, 1], 1]] as [Pair, Pair][]) {
      for (const pad of ['valid', 'same'] as const) cases.push({ inHeight, inWidth, filterHeight, filterWidth, stride, dilation, pad });
    }
  }
  it(`${cases.length} geometries: same outHeight, outWidth and padding, or refused where TF.js's output would be empty`, () => {
    let compared = 0;
    for (const options of cases) {
      const theirs = tf.backend_util.computeConv2DInfo(
        [1, options.inHeight, options.inWidth, 2], [options.filterHeight, options.filterWidth, 2, 3],
        options.stride, options.dilation, options.pad);
      if (theirs.outHeight < 1 || theirs.outWidth < 1) {
        expect(() => conv2dInfo({ ...options, inChannels: 2 })).toThrow(/pad 'valid' leaves no output/);
        continue;
      }
      const ours = conv2dInfo({ ...options, inChannels: 2 });
      expect([ours.outHeight, ours.outWidth, ours.effectiveFilterHeight, ours.effectiveFilterWidth])
        .toEqual([theirs.outHeight, theirs.outWidth, theirs.effectiveFilterHeight, theirs.effectiveFilterWidth]);
      const { top, bottom, left, right } = theirs.padInfo;
      expect(ours.padInfo).toEqual({ top, bottom, left, right });
      compared += 1;
    }
    expect(compared).toBeGreaterThan(cases.length / 2);
  });
});
