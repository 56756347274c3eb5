import { describe, expect, it } from 'vitest';
import {
  compareSeparable, formatCount, formatRatio, parameterBreakdown, parameterCount, separableParts,
} from '../../../src/lib/cost';

describe("the seed article's numbers", () => {
  it('depthwise 3×3 on 3 channels, no bias, has 3·3·3 = 27 parameters', () => {
    expect(parameterCount({ kind: 'depthwise', kernelSize: 3, inChannels: 3, bias: false })).toBe(27);
  });

  it('pointwise 3 → 16, no bias, has 3·16 = 48 parameters', () => {
    expect(parameterCount({ kind: 'pointwise', inChannels: 3, outChannels: 16, bias: false })).toBe(48);
  });

  it('standard 3×3, 3 → 16, with bias, has 3·3·3·16 + 16 = 448 parameters', () => {
    expect(parameterBreakdown({ kind: 'standard', kernelSize: 3, inChannels: 3, outChannels: 16, bias: true }))
      .toEqual({ weights: 432, bias: 16, total: 448 });
  });

  it('separable 3×3, 64 → 128, no bias: 576 + 8,192 = 8,768 parameters', () => {
    const spec = { kernelSize: 3, inChannels: 64, outChannels: 128, bias: false } as const;
    const { depthwise, pointwise } = separableParts(spec);
    expect([parameterCount(depthwise), parameterCount(pointwise)]).toEqual([576, 8192]);
    expect(parameterCount({ ...spec, kind: 'separable' })).toBe(8768);
    expect(formatCount(parameterCount({ ...spec, kind: 'separable' }))).toBe('8,768');
  });

  it('standard 3×3, 64 → 128, no bias, has 73,728 parameters: 8.4× the separable block', () => {
    const comparison = compareSeparable({ inHeight: 32, kernelSize: 3, inChannels: 64, outChannels: 128, bias: false });
    expect(comparison.standardParameters).toBe(73728);
    expect(comparison.separableParameters).toBe(8768);
    expect(comparison.parameterFactor).toBeCloseTo(73728 / 8768, 12);
    expect(formatRatio(comparison.parameterFactor)).toBe('8.4×');
    expect(formatCount(comparison.standardParameters)).toBe('73,728');
  });
});

describe('parameter formulas on hand-worked cases', () => {
  it('depthwise with chMul 2 and bias: 5·5·4·2 weights + 8 biases = 208', () => {
    expect(parameterBreakdown({ kind: 'depthwise', kernelSize: 5, inChannels: 4, chMul: 2, bias: true }))
      .toEqual({ weights: 200, bias: 8, total: 208 });
  });

  it('non-square standard kernel [1, 7], 8 → 2: 1·7·8·2 = 112', () => {
    expect(parameterCount({ kind: 'standard', kernelSize: [1, 7], inChannels: 8, outChannels: 2, bias: false })).toBe(112);
  });

  it('separable with chMul 2 and bias: 3·3·2·2 + 2·2·5 + 5 = 61 (one bias, after the pointwise step)', () => {
    expect(parameterBreakdown({ kind: 'separable', kernelSize: 3, inChannels: 2, chMul: 2, outChannels: 5, bias: true }))
      .toEqual({ weights: 56, bias: 5, total: 61 });
  });
});

describe('layer specs are validated with messages that name the input', () => {
  it.each([
    ['a standard layer without outChannels', { kind: 'standard', kernelSize: 3, inChannels: 3, bias: false }, 'invalid outChannels: undefined'],
    ['zero inChannels', { kind: 'depthwise', kernelSize: 3, inChannels: 0, bias: false }, 'invalid inChannels: 0'],
    ['chMul 1.5', { kind: 'separable', kernelSize: 3, inChannels: 3, chMul: 1.5, outChannels: 4, bias: false }, 'invalid chMul: 1.5'],
    ['a pointwise layer with a 3×3 kernel', { kind: 'pointwise', kernelSize: 3, inChannels: 3, outChannels: 4, bias: false },
      'Error in pointwiseConv2d: filter must be 1×1, but got 3×3.'],
    ['an unknown kind', { kind: 'grouped', inChannels: 3, bias: false }, 'invalid kind: grouped'],
    ['a missing bias', { kind: 'pointwise', inChannels: 3, outChannels: 4 }, 'invalid bias: undefined (say true or false)'],
    ['a missing kernel', { kind: 'standard', inChannels: 3, outChannels: 4, bias: false }, 'invalid filterHeight: undefined'],
  ])('%s is refused', (_label, spec, message) => {
    expect(() => parameterCount(spec as never)).toThrow(message);
  });

  it('a count beyond 2^53 is refused rather than printed inexactly', () => {
    expect(() => parameterCount({ kind: 'standard', kernelSize: 2 ** 12, inChannels: 2 ** 20, outChannels: 2 ** 20, bias: false }))
      .toThrow(/invalid weights: .* \(beyond exact integer range\)/);
  });
});
