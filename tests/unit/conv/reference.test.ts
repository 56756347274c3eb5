import { describe, expect, it } from 'vitest';
import {
  conv2d, depthwiseConv2d, pointwiseConv2d, randomTensor, separableConv2d, tensor4d,
} from '../../../src/lib/conv';

const ones = (shape: [number, number, number, number]) => tensor4d(shape, new Array(shape.reduce((a, b) => a * b)).fill(1));

describe('reference convolutions on hand-worked cases', () => {
  it("depthwise 3×3 of ones over a 3×3 ones image with pad 'same' counts the taps inside the image: corners 4, edges 6, centre 9", () => {
    const output = depthwiseConv2d({ input: ones([1, 3, 3, 1]), filter: ones([3, 3, 1, 1]), pad: 'same' });
    expect(Array.from(output.values)).toEqual([4, 6, 4, 6, 9, 6, 4, 6, 4]);
  });

  it('conv2d with filter [[1, 0], [0, -1]] on 1..9 (valid) gives in[r][c] - in[r+1][c+1] = -4 everywhere', () => {
    const input = tensor4d([1, 3, 3, 1], [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const output = conv2d({ input, filter: tensor4d([2, 2, 1, 1], [1, 0, 0, -1]) });
    expect(output.shape).toEqual([1, 2, 2, 1]);
    expect(Array.from(output.values)).toEqual([-4, -4, -4, -4]);
  });

  it('conv2d sums over all input channels: two channels of ones with weights 1 and 2 give 3 per tap', () => {
    const filter = tensor4d([1, 1, 2, 1], [1, 2]);
    expect(Array.from(conv2d({ input: ones([1, 2, 2, 2]), filter }).values)).toEqual([3, 3, 3, 3]);
  });

  it('pointwise is a matrix multiply per pixel: [1, 2] × [[1, 2, 3], [4, 5, 6]] = [9, 12, 15], plus bias', () => {
    const input = tensor4d([1, 1, 1, 2], [1, 2]);
    const filter = tensor4d([1, 1, 2, 3], [1, 2, 3, 4, 5, 6]);
    expect(Array.from(pointwiseConv2d({ input, filter }).values)).toEqual([9, 12, 15]);
    expect(Array.from(pointwiseConv2d({ input, filter, bias: [1, 0, -1] }).values)).toEqual([10, 12, 14]);
  });

  it('depthwise chMul 2 puts inChannel c, slice m at output channel c·2 + m', () => {
    const input = tensor4d([1, 1, 1, 2], [10, 100]);
    const filter = tensor4d([1, 1, 2, 2], [1, 2, 3, 4]);
    expect(Array.from(depthwiseConv2d({ input, filter }).values)).toEqual([10, 20, 300, 400]);
  });

  it('depthwise with stride 2 and same padding on 5×5 samples rows/cols 0, 2, 4 at the centre of each window', () => {
    const input = tensor4d([1, 5, 5, 1], Array.from({ length: 25 }, (_, i) => i));
    const filter = tensor4d([3, 3, 1, 1], [0, 0, 0, 0, 1, 0, 0, 0, 0]);
    expect(Array.from(depthwiseConv2d({ input, filter, stride: 2, pad: 'same' }).values)).toEqual([0, 2, 4, 10, 12, 14, 20, 22, 24]);
  });

  it('dilation 2 spreads a 2×2 filter over a 3×3 footprint: corners of each 3×3 patch', () => {
    const input = tensor4d([1, 3, 3, 1], [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const output = conv2d({ input, filter: ones([2, 2, 1, 1]), dilation: 2 });
    expect(Array.from(output.values)).toEqual([1 + 3 + 7 + 9]);
  });

  it('separable equals depthwise followed by pointwise', () => {
    const input = randomTensor([1, 6, 7, 3], 11);
    const depthwiseFilter = randomTensor([3, 3, 3, 2], 12);
    const pointwiseFilter = randomTensor([1, 1, 6, 4], 13);
    const chained = pointwiseConv2d({ input: depthwiseConv2d({ input, filter: depthwiseFilter, pad: 'same' }), filter: pointwiseFilter });
    expect(separableConv2d({ input, depthwiseFilter, pointwiseFilter, pad: 'same' })).toEqual(chained);
  });
});

describe('reference convolutions refuse bad tensors with TF.js-style messages', () => {
  const input = randomTensor([1, 5, 5, 3], 1);
  it.each([
    ['conv2d with a filter for 4 input channels on a 3-channel input', () => conv2d({ input, filter: randomTensor([3, 3, 4, 2], 2) }), 'Error in conv2d: depth of input (3) must match input depth for filter 4.'],
    ['depthwiseConv2d with a filter for 2 input channels on a 3-channel input', () => depthwiseConv2d({ input, filter: randomTensor([3, 3, 2, 1], 2) }),
      'Error in depthwiseConv2d: number of input channels (3) must match the inChannels dimension in filter 2.'],
    ['pointwiseConv2d with a 3×3 filter', () => pointwiseConv2d({ input, filter: randomTensor([3, 3, 3, 2], 2) }), 'Error in pointwiseConv2d: filter must be 1×1, but got 3×3.'],
    ['separableConv2d whose pointwise filter expects 3 channels, not inChannels · chMul = 6', () => separableConv2d({ input, depthwiseFilter: randomTensor([3, 3, 3, 2], 2), pointwiseFilter: randomTensor([1, 1, 3, 4], 3) }),
      'Error in separableConv2d: the third dimension of pointwise filter must be 6, but got 3.'],
    ['a bias of the wrong length', () => conv2d({ input, filter: randomTensor([3, 3, 3, 2], 2), bias: [1] }), 'invalid bias: length 1 (expected outChannels 2)'],
    ['an input with too few values', () => conv2d({ input: { shape: [1, 5, 5, 3], values: new Float32Array(3) }, filter: randomTensor([1, 1, 3, 1], 2) }),
      'invalid input: 3 values for shape [1, 5, 5, 3]'],
    ['a rank-3 input', () => conv2d({ input: { shape: [5, 5, 3], values: new Float32Array(75) } as never, filter: randomTensor([1, 1, 3, 1], 2) }),
      'invalid input.shape: [5, 5, 3] (must be rank 4)'],
    ['stride 2 with dilation 2', () => depthwiseConv2d({ input, filter: randomTensor([3, 3, 3, 1], 2), stride: 2, dilation: 2 }),
      "Error in depthwiseConv2d: Either strides or dilations must be 1. Got strides 2,2 and dilations '2,2'"],
  ])('%s is refused with its message', (_label, run, message) => {
    expect(run).toThrow(message);
  });
});
