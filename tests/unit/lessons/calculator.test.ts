import { describe, expect, it } from 'vitest';
import { calculateCosts, PLOT_KERNELS, ratioSeries, savingText } from '../../../src/lib/lessons';
import { explainDepthwiseShape } from '../../../src/lib/quiz';
import { blockCostRows, compareSeparable, multiplyAdds, parameterCount } from '../../../src/lib/cost';
import { exactBlockCostRows, formatExactCount } from '../../../src/lib/cost/exact';
import { lessonStrings } from '../../../src/lib/strings';

const fields = { inHeight: '32', inWidth: '32', inChannels: '64', outChannels: '128', kernelSize: '3', chMul: '1', stride: '1' };
const labels = lessonStrings.calculatorFields;

describe('calculateCosts', () => {
  it('gives the seed block: standard 73,728 and separable 576 + 8,192 = 8,768 parameters', () => {
    const result = calculateCosts(fields, labels);
    if (!result.ok) throw new Error(result.message);
    const byKind = Object.fromEntries(result.rows.map((row) => [row.kind, row]));
    expect(byKind.standard!.parameters).toBe(BigInt(3 * 3 * 64 * 128));
    expect(byKind.depthwise!.parameters + byKind.pointwise!.parameters).toBe(byKind.separable!.parameters);
    expect(byKind.separable!.parameters).toBe(BigInt(3 * 3 * 64 + 64 * 128));
    expect(result.parameterFactor).toBeCloseTo(compareSeparable({ inHeight: 32, inChannels: 64, outChannels: 128, kernelSize: 3, pad: 'same', bias: false }).parameterFactor, 12);
  });
  it('counts stride 2 and depth multiplier 2 through the cost library, with the closed-form ratio equal to the exact one', () => {
    const result = calculateCosts({ ...fields, stride: '2', chMul: '2', inWidth: '20' }, labels);
    if (!result.ok) throw new Error(result.message);
    const block = { inHeight: 32, inWidth: 20, inChannels: 64, outChannels: 128, kernelSize: 3, chMul: 2, stride: 2, pad: 'same', bias: false } as const;
    const asNumbers = result.rows.map((row) => ({ ...row, parameters: Number(row.parameters), multiplyAdds: Number(row.multiplyAdds), bytes: Number(row.bytes) }));
    expect(asNumbers).toEqual(blockCostRows(block).map(({ flops: _flops, ...row }) => row));
    expect(result.rows[3]!.multiplyAdds).toBe(BigInt(multiplyAdds({ ...block, kind: 'separable' })));
    expect(result.rows[3]!.outputShape).toEqual([1, 16, 10, 128]);
    expect(result.macRatio).toBeCloseTo(result.closedForm, 12);
    expect(result.closedForm).toBeCloseTo(2 * (1 / 128 + 1 / 9), 12);
  });
  it('names the bad field as the reader sees it and computes nothing', () => {
    const message = 'Kernel size must be a whole number from 1 to 100,000 (got “0”).';
    expect(calculateCosts({ ...fields, kernelSize: '0' }, labels)).toEqual({ ok: false, message, errors: [{ field: 'kernelSize', message }] });
    expect(calculateCosts({ ...fields, outChannels: '2.5' }, labels)).toMatchObject({ ok: false, message: expect.stringContaining('Output channels') });
  });
  it('lists every unusable field (kernel −3, stride 3.5), each with its reason, so each can be marked invalid', () => {
    const result = calculateCosts({ ...fields, kernelSize: '-3', stride: '3.5' }, labels);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      { field: 'kernelSize', message: 'Kernel size must be a whole number from 1 to 100,000 (got “-3”).' },
      { field: 'stride', message: 'Stride must be a whole number from 1 to 100,000 (got “3.5”).' },
    ]);
  });
  it('answers 100,000 × 100,000 × 100,000 → 100,000 exactly (9·10^20 standard multiply-adds), beyond 2^53', () => {
    const huge = { ...fields, inHeight: '100000', inWidth: '100000', inChannels: '100000', outChannels: '100000' };
    const result = calculateCosts(huge, labels);
    if (!result.ok) throw new Error(result.message);
    const byKind = Object.fromEntries(result.rows.map((row) => [row.kind, row]));
    expect(byKind.standard!.multiplyAdds).toBe(900_000_000_000_000_000_000n);
    expect(formatExactCount(byKind.standard!.multiplyAdds)).toBe('900,000,000,000,000,000,000');
    expect(byKind.standard!.parameters).toBe(90_000_000_000n);
    // depthwise 9·M per pixel plus pointwise M·N per pixel, 10^10 pixels.
    expect(byKind.separable!.multiplyAdds).toBe(10n ** 10n * (9n * 100_000n + 100_000n * 100_000n));
    expect(byKind.depthwise!.multiplyAdds + byKind.pointwise!.multiplyAdds).toBe(byKind.separable!.multiplyAdds);
    expect(result.macRatio).toBeCloseTo(result.closedForm, 12);
  });
  it('accepts a kernel larger than the input with same padding (output 2 × 32)', () => {
    const result = calculateCosts({ ...fields, inHeight: '2', kernelSize: '5' }, labels);
    expect(result.ok && result.rows[0]!.outputShape).toEqual([1, 2, 32, 128]);
  });
});

describe('exactBlockCostRows', () => {
  it('equals the number-based blockCostRows wherever those are exact (bias on and off, stride 2, multiplier 3)', () => {
    for (const bias of [false, true]) {
      const block = { batch: 2, inHeight: 17, inWidth: 9, inChannels: 12, outChannels: 20, kernelSize: 5, chMul: 3, stride: 2, pad: 'same', bias } as const;
      const exact = exactBlockCostRows(block).map((row) => ({ ...row, parameters: Number(row.parameters), multiplyAdds: Number(row.multiplyAdds), bytes: Number(row.bytes) }));
      expect(exact).toEqual(blockCostRows(block).map(({ flops: _flops, ...row }) => row));
    }
  });
});

describe('savingText', () => {
  it('says "fewer" while the separable block is cheaper and "more" once a large depth multiplier makes it dearer', () => {
    const cheap = calculateCosts(fields, labels);
    const dear = calculateCosts({ ...fields, outChannels: '8', chMul: '20' }, labels);
    if (!cheap.ok || !dear.ok) throw new Error('expected valid fields');
    expect(cheap.multiplyAddFactor).toBeGreaterThan(1);
    expect(dear.multiplyAddFactor).toBeLessThan(1);
    expect(savingText(cheap.multiplyAddFactor, 'multiply-adds')).toBe(`${(cheap.multiplyAddFactor).toFixed(1)}× fewer multiply-adds`);
    expect(savingText(dear.multiplyAddFactor, 'multiply-adds')).toBe(`${(1 / dear.multiplyAddFactor).toFixed(1)}× more multiply-adds`);
    expect(() => savingText(0, 'parameters')).toThrow('invalid standardOverSeparable: 0');
  });
});

describe('ratioSeries', () => {
  it('is 1/N + 1/k² for every kernel size', () => {
    for (const point of ratioSeries(PLOT_KERNELS, [1, 64, 1024])) expect(point.ratio).toBeCloseTo(1 / point.n + 1 / point.k ** 2, 12);
    expect(ratioSeries([3], [128])[0]!.ratio).toBeCloseTo(parameterCount({ kind: 'separable', kernelSize: 3, inChannels: 64, outChannels: 128, bias: false }) / parameterCount({ kind: 'standard', kernelSize: 3, inChannels: 64, outChannels: 128, bias: false }), 12);
  });
});

describe('explainDepthwiseShape', () => {
  const widget = { inHeight: '28', inWidth: '28', inChannels: '3', kernelSize: '3', stride: '1', dilation: '1', pad: 'same', chMul: '1' };
  const names = lessonStrings.shapeFields;
  it('keeps [1, 28, 28, 3] for the seed layer and writes each formula', () => {
    expect(explainDepthwiseShape(widget, names)).toEqual({
      ok: true,
      shape: [1, 28, 28, 3],
      lines: ['height: ⌈28 / 1⌉ = 28', 'width: ⌈28 / 1⌉ = 28', 'channels: 3 × 1 = 3 (C_in × depth multiplier; padding and stride play no part)'],
    });
  });
  it('uses (H − (k − 1)·d) / s for valid padding and C_in × m for channels', () => {
    const result = explainDepthwiseShape({ ...widget, pad: 'valid', dilation: '2', chMul: '2', inWidth: '20' }, names);
    expect(result).toMatchObject({ ok: true, shape: [1, 24, 16, 6] });
    expect(result.ok && result.lines[0]).toBe('height: ⌈(28 − (3 − 1)·2) / 1⌉ = 24');
  });
  it('names a bad field and passes on TF.js\'s stride-and-dilation rule', () => {
    expect(explainDepthwiseShape({ ...widget, stride: 'x' }, names)).toEqual({ ok: false, message: 'Stride must be a whole number from 1 to 4096 (got “x”).' });
    const both = explainDepthwiseShape({ ...widget, stride: '2', dilation: '2' }, names);
    expect(both.ok === false && both.message).toContain('Either strides or dilations must be 1');
  });
});
