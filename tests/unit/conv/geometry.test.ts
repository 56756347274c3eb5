import { describe, expect, it } from 'vitest';
import { conv2dGeometry, filterSize, opName } from '../../../src/lib/conv';

describe('conv2dGeometry', () => {
  it('conv2dGeometry({inHeight: 28, kernelSize: 3}) fills TF.js defaults: square input, 1 channel, stride 1, dilation 1, valid', () => {
    expect(conv2dGeometry({ inHeight: 28, kernelSize: 3 })).toEqual({
      inHeight: 28, inWidth: 28, inChannels: 1, filterHeight: 3, filterWidth: 3,
      strideHeight: 1, strideWidth: 1, dilationHeight: 1, dilationWidth: 1, pad: 'valid',
    });
  });

  it('pairs are [height, width]: kernelSize [3, 5], stride [2, 1], dilation [1, 1]', () => {
    const geometry = conv2dGeometry({ inHeight: 10, inWidth: 12, inChannels: 4, kernelSize: [3, 5], stride: [2, 1], pad: 'same' });
    expect([geometry.filterHeight, geometry.filterWidth]).toEqual([3, 5]);
    expect([geometry.strideHeight, geometry.strideWidth]).toEqual([2, 1]);
    expect([geometry.inHeight, geometry.inWidth, geometry.inChannels, geometry.pad]).toEqual([10, 12, 4, 'same']);
  });

  it('filterHeight alone gives a square filter; filterWidth alone too', () => {
    expect(filterSize({ filterHeight: 5 })).toEqual([5, 5]);
    expect(filterSize({ filterWidth: 2 })).toEqual([2, 2]);
    expect(filterSize({ filterHeight: 1, filterWidth: 7 })).toEqual([1, 7]);
  });

  it('a pointwise kernel defaults to 1×1 and refuses anything else', () => {
    expect(filterSize({}, 'pointwise')).toEqual([1, 1]);
    expect(() => filterSize({ kernelSize: 3 }, 'pointwise')).toThrow('Error in pointwiseConv2d: filter must be 1×1, but got 3×3.');
  });

  it('a geometry passed back in comes out unchanged (normalization is idempotent)', () => {
    const geometry = conv2dGeometry({ inHeight: 9, inWidth: 7, inChannels: 2, kernelSize: [2, 3], dilation: 2, pad: 'same' });
    expect(conv2dGeometry(geometry)).toEqual(geometry);
  });

  it('opName names ops as TF.js does', () => {
    expect([opName('standard'), opName('depthwise'), opName('pointwise')]).toEqual(['conv2d', 'depthwiseConv2d', 'pointwiseConv2d']);
  });
});

describe('conv2dGeometry validation names the bad input', () => {
  const base = { inHeight: 8, kernelSize: 3 } as const;
  it.each([
    [{ ...base, inChannels: 0 }, 'invalid inChannels: 0'],
    [{ ...base, inHeight: -1 }, 'invalid inHeight: -1'],
    [{ ...base, inWidth: 2.5 }, 'invalid inWidth: 2.5'],
    [{ ...base, inHeight: Number.NaN }, 'invalid inHeight: NaN'],
    [{ inHeight: 8 }, 'invalid filterHeight: undefined'],
    [{ inHeight: 8, kernelSize: 0 }, 'invalid kernelSize: 0'],
    [{ ...base, stride: [2, 0] as const }, 'invalid strideWidth: 0'],
    [{ ...base, dilation: 0 }, 'invalid dilation: 0'],
    [{ ...base, pad: 'full' as never }, "invalid pad: 'full'"],
    [{ ...base, kind: 'transposed' as never }, "invalid kind: 'transposed'"],
    [{ ...base, stride: 2, strideHeight: 2 }, 'invalid stride: 2 (give stride or strideHeight/strideWidth, not both)'],
    [{ ...base, stride: [1, 2, 3] as never }, 'invalid stride: [1, 2, 3]'],
  ])('%j throws %s', (options, message) => {
    expect(() => conv2dGeometry(options)).toThrow(message);
  });

  it('stride > 1 with dilation > 1 is refused as TF.js refuses it', () => {
    expect(() => conv2dGeometry({ ...base, kind: 'depthwise', stride: 2, dilation: 2 })).toThrow(
      "Error in depthwiseConv2d: Either strides or dilations must be 1. Got strides 2,2 and dilations '2,2'");
    expect(() => conv2dGeometry({ ...base, stride: [1, 2], dilation: [2, 1] })).toThrow('Error in conv2d: Either strides or dilations must be 1.');
  });

  it("a filter wider than the input with pad 'valid' is refused (TF.js would give an empty output)", () => {
    expect(() => conv2dGeometry({ inHeight: 4, inWidth: 9, kernelSize: 3, dilation: 2 })).toThrow(
      "Error in conv2d: the filter spans 5 rows (filterHeight 3, dilationHeight 2) but inHeight is 4, so pad 'valid' leaves no output.");
    expect(() => conv2dGeometry({ inHeight: 4, inWidth: 9, kernelSize: 3, dilation: 2, pad: 'same' })).not.toThrow();
  });
});
