import { describe, expect, it } from 'vitest';
import {
  conv2d, depthwiseConv2d, getValue, pointwiseConv2d, randomTensor, windowProducts,
  type ConvKind, type Padding, type SizePair, type Tensor4D,
} from '../../../src/lib/conv';

interface Setup { input: Tensor4D; filter: Tensor4D; stride: SizePair; dilation: SizePair; pad: Padding }

const reference = (kind: ConvKind, setup: Setup): Tensor4D => {
  if (kind === 'standard') return conv2d(setup);
  if (kind === 'depthwise') return depthwiseConv2d(setup);
  return pointwiseConv2d({ input: setup.input, filter: setup.filter, stride: setup.stride });
};

const CASES: { name: string; kind: ConvKind; setup: Setup }[] = [
  { name: "standard 3×3, stride 2, 'same'", kind: 'standard', setup: {
    input: randomTensor([2, 7, 6, 3], 21), filter: randomTensor([3, 3, 3, 4], 22), stride: 2, dilation: 1, pad: 'same' } },
  { name: "depthwise [3, 2], chMul 2, dilation 2, 'same'", kind: 'depthwise', setup: {
    input: randomTensor([1, 8, 7, 3], 23), filter: randomTensor([3, 2, 3, 2], 24), stride: 1, dilation: 2, pad: 'same' } },
  { name: "depthwise 3×3, stride [2, 1], 'valid'", kind: 'depthwise', setup: {
    input: randomTensor([1, 9, 6, 2], 25), filter: randomTensor([3, 3, 2, 1], 26), stride: [2, 1], dilation: 1, pad: 'valid' } },
  { name: 'pointwise 5 → 3, stride 2', kind: 'pointwise', setup: {
    input: randomTensor([1, 5, 4, 5], 27), filter: randomTensor([1, 1, 5, 3], 28), stride: 2, dilation: 1, pad: 'valid' } },
];

describe.each(CASES)('windowProducts: $name', ({ kind, setup }) => {
  const output = reference(kind, setup);
  const [batch, outHeight, outWidth, outChannels] = output.shape;

  it('at every output position and channel, the products summed in order equal the reference output exactly (float32)', () => {
    let checked = 0;
    for (let batchIndex = 0; batchIndex < batch; batchIndex += 1) {
      for (let outRow = 0; outRow < outHeight; outRow += 1) {
        for (let outCol = 0; outCol < outWidth; outCol += 1) {
          for (let outChannel = 0; outChannel < outChannels; outChannel += 1) {
            const products = windowProducts({ kind, ...setup, batchIndex, outRow, outCol, outChannel });
            const sum = products.reduce((total, tap) => total + tap.product, 0);
            expect(Math.fround(sum)).toBe(getValue(output, [batchIndex, outRow, outCol, outChannel]));
            checked += 1;
          }
        }
      }
    }
    expect(checked).toBe(batch * outHeight * outWidth * outChannels);
  });

  it('lists filterHeight·filterWidth taps per input channel it reads (all channels unless depthwise)', () => {
    const [filterHeight, filterWidth, inChannels] = setup.filter.shape;
    const products = windowProducts({ kind, ...setup, outRow: 0, outCol: 0, outChannel: outChannels - 1 });
    expect(products).toHaveLength(filterHeight * filterWidth * (kind === 'depthwise' ? 1 : inChannels));
    for (const tap of products) {
      expect(tap.product).toBe(tap.isPadding ? 0 : tap.inputValue * tap.weight);
      expect(tap.weight).toBe(getValue(setup.filter, tap.filterIndex));
    }
  });
});

describe('windowProducts details', () => {
  const input = randomTensor([1, 4, 4, 2], 31);
  const filter = randomTensor([3, 3, 2, 2], 32);

  it("the top-left output of a 3×3 'same' depthwise conv has 5 padding taps (row -1 and column -1), each 0", () => {
    const products = windowProducts({ kind: 'depthwise', input, filter, pad: 'same', outRow: 0, outCol: 0, outChannel: 0 });
    const padding = products.filter((tap) => tap.isPadding);
    expect(padding.map((tap) => [tap.inputRow, tap.inputCol])).toEqual([[-1, -1], [-1, 0], [-1, 1], [0, -1], [1, -1]]);
    expect(padding.every((tap) => tap.inputValue === 0 && tap.product === 0)).toBe(true);
  });

  it('depthwise output channel 3 with chMul 2 reads input channel 1 through filter slice m = 1', () => {
    const products = windowProducts({ kind: 'depthwise', input, filter, outRow: 1, outCol: 0, outChannel: 3 });
    expect(new Set(products.map((tap) => tap.inChannel))).toEqual(new Set([1]));
    expect(new Set(products.map((tap) => tap.filterIndex[3]))).toEqual(new Set([1]));
    expect(products[0]).toMatchObject({ inputRow: 1, inputCol: 0, filterRow: 0, filterCol: 0, isPadding: false });
  });

  it('an output position outside the output is refused with its range', () => {
    expect(() => windowProducts({ kind: 'depthwise', input, filter, outRow: 2, outCol: 0, outChannel: 0 }))
      .toThrow('invalid outRow: 2 (must be an integer in [0, 1])');
    expect(() => windowProducts({ kind: 'depthwise', input, filter, outRow: 0, outCol: 0, outChannel: 4 }))
      .toThrow('invalid outChannel: 4 (must be an integer in [0, 3])');
  });
});
