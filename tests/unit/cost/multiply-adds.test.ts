import { describe, expect, it } from 'vitest';
import {
  compareSeparable, flops, multiplyAdds, multiplyAddsPerPixel, outputPixels, separableCostRatio,
  separableCostRatioClosedForm, workloadOutputShape, type ConvWorkload,
} from '../../../src/lib/cost';

describe('multiply-adds on hand-worked cases', () => {
  it("the seed's depthwise example, [1, 28, 28, 3] 3×3 'same': 28·28 pixels × 27 = 21,168 MACs", () => {
    expect(multiplyAdds({ kind: 'depthwise', inHeight: 28, inChannels: 3, kernelSize: 3, pad: 'same', bias: false })).toBe(21168);
  });

  it("separable 3×3, [1, 32, 32, 64] → 128, 'same': 1,024 pixels × (576 + 8,192) = 8,978,432; standard 75,497,472", () => {
    const block = { inHeight: 32, inChannels: 64, outChannels: 128, kernelSize: 3, pad: 'same', bias: false } as const;
    expect(multiplyAdds({ ...block, kind: 'separable' })).toBe(8978432);
    expect(multiplyAdds({ ...block, kind: 'standard' })).toBe(75497472);
    expect(flops({ ...block, kind: 'standard' })).toBe(2 * 75497472);
  });

  it("stride 2 'same' on 32×32 leaves 16·16 = 256 output pixels; 'valid' 3×3 leaves 15·15 = 225", () => {
    const spec = { kind: 'depthwise', inHeight: 32, inChannels: 8, kernelSize: 3, stride: 2, bias: false } as const;
    expect(outputPixels({ ...spec, pad: 'same' })).toBe(256);
    expect(outputPixels({ ...spec, pad: 'valid' })).toBe(225);
    expect(multiplyAdds({ ...spec, pad: 'valid' })).toBe(225 * 9 * 8);
  });

  it('batch multiplies MACs; bias adds none (the MobileNet paper counts multiply-adds only)', () => {
    const spec = { kind: 'pointwise', inHeight: 7, inWidth: 5, inChannels: 6, outChannels: 4, bias: false } as const;
    expect(multiplyAdds({ ...spec, batch: 3 })).toBe(3 * 35 * 24);
    expect(multiplyAdds({ ...spec, bias: true })).toBe(multiplyAdds(spec));
  });

  it('per pixel: standard k_h·k_w·M·N, depthwise k_h·k_w·M·m, pointwise M·N, separable both', () => {
    const spec = { kernelSize: [3, 5], inChannels: 4, chMul: 2, outChannels: 6, bias: false } as const;
    expect(multiplyAddsPerPixel({ ...spec, kind: 'standard' })).toBe(15 * 4 * 6);
    expect(multiplyAddsPerPixel({ ...spec, kind: 'depthwise' })).toBe(15 * 4 * 2);
    expect(multiplyAddsPerPixel({ kind: 'pointwise', inChannels: 8, outChannels: 6, bias: false })).toBe(48);
    expect(multiplyAddsPerPixel({ ...spec, kind: 'separable' })).toBe(15 * 4 * 2 + 8 * 6);
  });

  it('workloadOutputShape: separable takes its depthwise stride and padding, and ends with outChannels', () => {
    expect(workloadOutputShape({ kind: 'separable', batch: 2, inHeight: 9, inWidth: 6, inChannels: 3, chMul: 2, outChannels: 5,
      kernelSize: 3, stride: 2, pad: 'same', bias: false })).toEqual([2, 5, 3, 5]);
    expect(workloadOutputShape({ kind: 'depthwise', inHeight: 9, inChannels: 3, chMul: 2, kernelSize: 3, bias: false }))
      .toEqual([1, 7, 7, 6]);
  });
});

describe('the separable / standard ratio: exact counts against the closed form chMul·(1/N + 1/k²)', () => {
  it('for 3×3 and N = 128 both give 1/128 + 1/9', () => {
    const workload = { inHeight: 32, inChannels: 64, outChannels: 128, kernelSize: 3, pad: 'same', bias: false } as const;
    expect(separableCostRatio(workload)).toBeCloseTo(1 / 128 + 1 / 9, 14);
    expect(separableCostRatioClosedForm({ kernelSize: 3, outChannels: 128 })).toBeCloseTo(1 / 128 + 1 / 9, 14);
    expect(compareSeparable(workload).multiplyAddFactor).toBeCloseTo(1 / (1 / 128 + 1 / 9), 10);
  });

  const grid: (Omit<ConvWorkload, 'kind'> & { outChannels: number })[] = [];
  for (const kernelSize of [1, 3, 5, 7, [3, 5]] as const) for (const outChannels of [1, 16, 100, 1024]) {
    for (const [pad, stride] of [['same', 1], ['valid', 2], ['same', 2]] as const) for (const chMul of [1, 2]) {
      grid.push({ inHeight: 17, inWidth: 12, inChannels: 24, outChannels, chMul, kernelSize, stride, pad, bias: false });
    }
  }
  it(`agree within 1e-12 on ${grid.length} layers (kernels 1 to 7 and [3, 5], N 1 to 1024, valid/same, stride 1/2, chMul 1/2)`, () => {
    for (const workload of grid) {
      expect(Math.abs(separableCostRatio(workload) - separableCostRatioClosedForm(workload))).toBeLessThan(1e-12);
    }
  });

  it('the ratio falls towards 1/k² as N grows: for 3×3 it is under 1/8 from N = 72', () => {
    expect(separableCostRatioClosedForm({ kernelSize: 3, outChannels: 72 })).toBeLessThanOrEqual(1 / 8);
    expect(separableCostRatioClosedForm({ kernelSize: 3, outChannels: 71 })).toBeGreaterThan(1 / 8);
    expect(separableCostRatioClosedForm({ kernelSize: 3, outChannels: 1e6 })).toBeCloseTo(1 / 9, 5);
  });

  it('the closed form validates its inputs', () => {
    expect(() => separableCostRatioClosedForm({ kernelSize: 3, outChannels: 0 })).toThrow('invalid outChannels: 0');
  });
});
