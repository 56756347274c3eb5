import { describe, expect, it } from 'vitest';
import { channelKernels, depthwiseFilterFrom, kernelRows, kernelsOf, presetFilter, presetKernel, presetNames } from '../../../src/lib/viz/kernels';
import { formatKernel, parseKernel } from '../../../src/lib/viz/kernel-parse';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('kernel presets', () => {
  it('identity has a single 1 in the centre', () => {
    expect(kernelRows(presetKernel('identity'))).toEqual([[0, 0, 0], [0, 1, 0], [0, 0, 0]]);
  });
  it('blur and sharpen weights sum to 1 (brightness kept); Sobel weights sum to 0 (flat areas give 0)', () => {
    expect(sum(presetKernel('blur').values)).toBeCloseTo(1, 12);
    expect(sum(presetKernel('sharpen').values)).toBe(1);
    expect(sum(presetKernel('sobelX').values)).toBe(0);
    expect(sum(presetKernel('sobelY').values)).toBe(0);
  });
  it('sobelY is the transpose of sobelX', () => {
    const x = kernelRows(presetKernel('sobelX'));
    const y = kernelRows(presetKernel('sobelY'));
    expect(y).toEqual(x[0]!.map((_, c) => x.map((row) => row[c])));
  });
  it('every preset name gives a 3×3 kernel and an unknown name is refused by name', () => {
    for (const name of presetNames) expect(presetKernel(name).values).toHaveLength(9);
    expect(() => presetKernel('emboss')).toThrow('invalid preset: emboss');
  });
});

describe('depthwise filters [filterHeight, filterWidth, inChannels, chMul]', () => {
  it('depthwiseFilterFrom places kernel c·chMul + m at channel c, multiplier m (TF.js order)', () => {
    const kernels = [0, 1, 2, 3, 4, 5].map((k) => ({ filterHeight: 1, filterWidth: 2, values: [k, 10 + k] }));
    const filter = depthwiseFilterFrom(kernels, 2);
    expect(filter).toMatchObject({ filterHeight: 1, filterWidth: 2, inChannels: 3, chMul: 2 });
    // index = ((row · filterWidth + col) · inChannels + c) · chMul + m
    expect(Array.from(filter.values)).toEqual([0, 1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 15]);
    expect(kernelsOf(filter).map((k) => k.values)).toEqual(kernels.map((k) => k.values));
  });
  it('presetFilter("sobelX", 3, 2) holds six Sobel x kernels', () => {
    const kernels = kernelsOf(presetFilter('sobelX', 3, 2));
    expect(kernels).toHaveLength(6);
    for (const kernel of kernels) expect(kernel.values).toEqual(presetKernel('sobelX').values);
  });
  it('refuses kernels of differing sizes and a bad chMul', () => {
    const a = { filterHeight: 3, filterWidth: 3, values: Array(9).fill(0) };
    const b = { filterHeight: 1, filterWidth: 1, values: [1] };
    expect(() => depthwiseFilterFrom([a, b], 1)).toThrow('invalid kernels[1]: 1×1 (expected 3×3)');
    expect(() => depthwiseFilterFrom([a], 0)).toThrow('invalid chMul: 0');
    expect(() => depthwiseFilterFrom([a, a, a], 2)).toThrow('invalid kernels.length: 3');
  });
});

describe('parseKernel (the kernel editor)', () => {
  it('reads rows on lines with spaces or commas, negatives, decimals and fractions', () => {
    const parsed = parseKernel(' 1, 0 -1\n2 0 -2\n1/2 .5 -1e0 ');
    expect(parsed).toEqual({ ok: true, kernel: { filterHeight: 3, filterWidth: 3, values: [1, 0, -1, 2, 0, -2, 0.5, 0.5, -1] } });
  });
  it('accepts ";" as a row separator and bracketed rows', () => {
    expect(parseKernel('[1 2]; [3 4]')).toMatchObject({ ok: true, kernel: { filterHeight: 2, filterWidth: 2, values: [1, 2, 3, 4] } });
  });
  it('names the row and token that is not a number', () => {
    expect(parseKernel('1 2 3\n4 five 6')).toEqual({ ok: false, error: 'Row 2: “five” is not a number (use e.g. 1, -0.5 or 1/9).' });
    expect(parseKernel('1/0')).toMatchObject({ ok: false, error: expect.stringContaining('“1/0” is not a number') });
  });
  it('refuses ragged rows, saying which row and the expected count', () => {
    expect(parseKernel('1 2 3\n4 5')).toEqual({ ok: false, error: 'Row 2 has 2 numbers, but row 1 has 3; every row needs the same count.' });
  });
  it('refuses empty text and kernels larger than 7×7', () => {
    expect(parseKernel('  \n ')).toEqual({ ok: false, error: 'Type at least one number.' });
    expect(parseKernel(Array(8).fill('1').join('\n'))).toEqual({ ok: false, error: 'A 8×1 kernel is too big; up to 7×7 is allowed.' });
  });
  it('formatKernel round-trips through parseKernel', () => {
    const kernel = presetKernel('blur');
    const parsed = parseKernel(formatKernel(kernel));
    expect(parsed.ok && parsed.kernel.values.map((v, i) => v - kernel.values[i]!).every((d) => Math.abs(d) < 1e-4)).toBe(true);
  });
});

describe('channelKernels (the feature maps\' kernel menu)', () => {
  it('"mixed" gives channels 0…5 Sobel x, Sobel y, blur, sharpen, identity, then Sobel x again', () => {
    const { kernels, names } = channelKernels('mixed', 6);
    expect(names).toEqual(['sobelX', 'sobelY', 'blur', 'sharpen', 'identity', 'sobelX']);
    expect(kernels[1]).toEqual(presetKernel('sobelY'));
  });
  it('a preset name gives the same kernel to every channel; an unknown one is refused', () => {
    expect(channelKernels('blur', 3).names).toEqual(['blur', 'blur', 'blur']);
    expect(() => channelKernels('emboss', 3)).toThrow('invalid preset: emboss');
  });
});
