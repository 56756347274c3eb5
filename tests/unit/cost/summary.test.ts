import { describe, expect, it } from 'vitest';
import { blockCostRows, bytesMoved, multiplyAdds } from '../../../src/lib/cost';

describe('blockCostRows', () => {
  const block = { inHeight: 32, inChannels: 64, outChannels: 128, kernelSize: 3, pad: 'same', bias: false } as const;

  it("the seed's block [1, 32, 32, 64] → 128: standard 73,728, depthwise 576, pointwise 8,192, separable 8,768 parameters", () => {
    const rows = blockCostRows(block);
    expect(rows.map((row) => [row.kind, row.parameters, row.outputShape])).toEqual([
      ['standard', 73728, [1, 32, 32, 128]],
      ['depthwise', 576, [1, 32, 32, 64]],
      ['pointwise', 8192, [1, 32, 32, 128]],
      ['separable', 8768, [1, 32, 32, 128]],
    ]);
    expect(rows[0]?.multiplyAdds).toBe(multiplyAdds({ ...block, kind: 'standard' }));
  });

  it.each([
    ['with bias, chMul 2, stride 2, valid', { inHeight: 13, inWidth: 9, inChannels: 6, chMul: 2, outChannels: 10, kernelSize: [3, 5], stride: 2, pad: 'valid', bias: true }],
    ['the seed block', block],
  ] as const)('depthwise + pointwise rows add up to the separable row (%s)', (_label, workload) => {
    const [, depthwise, pointwise, separable] = blockCostRows(workload);
    for (const key of ['parameters', 'multiplyAdds', 'flops', 'bytes'] as const) {
      expect((depthwise?.[key] ?? 0) + (pointwise?.[key] ?? 0)).toBe(separable?.[key]);
    }
    expect(separable?.bytes).toBe(bytesMoved({ ...workload, kind: 'separable' }));
    expect(separable?.intensity).toBeCloseTo((separable?.flops ?? 0) / (separable?.bytes ?? 1), 14);
  });

  it('in the seed block the depthwise half does under 2.25 FLOP/byte and the pointwise half over 20 (16,777,216 FLOPs / 819,200 bytes)', () => {
    const [, depthwise, pointwise] = blockCostRows(block);
    expect(depthwise?.intensity).toBeLessThan(2.25);
    expect([pointwise?.flops, pointwise?.bytes]).toEqual([16777216, 819200]);
    expect(pointwise?.intensity).toBeGreaterThan(20);
  });
});
