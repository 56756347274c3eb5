import { describe, expect, it } from 'vitest';
import {
  arithmeticIntensity, bytesMoved, elementTraffic, flops, multiplyAdds, type ConvWorkload,
} from '../../../src/lib/cost';

describe('bytes moved (read input once, read weights once, write output once; 4 bytes each in fp32)', () => {
  it("depthwise 3×3 'same' on [1, 4, 4, 2], no bias: 32 in + 18 weights + 32 out = 82 elements = 328 bytes", () => {
    const workload = { kind: 'depthwise', inHeight: 4, inChannels: 2, kernelSize: 3, pad: 'same', bias: false } as const;
    expect(elementTraffic(workload)).toEqual({ input: 32, weights: 18, intermediate: 0, output: 32, total: 82 });
    expect(bytesMoved(workload)).toBe(328);
    expect(bytesMoved(workload, 2)).toBe(164);
    expect(arithmeticIntensity(workload)).toBeCloseTo((2 * 16 * 18) / 328, 14);
  });

  it('separable adds its intermediate twice: 32 in + 24 weights + 2·32 + 48 out = 168 elements', () => {
    const workload = { kind: 'separable', inHeight: 4, inChannels: 2, outChannels: 3, kernelSize: 3, pad: 'same', bias: false } as const;
    expect(elementTraffic(workload)).toEqual({ input: 32, weights: 24, intermediate: 32, output: 48, total: 168 });
  });

  it('bias counts as weights read; batch scales activations but not weights', () => {
    const workload = { kind: 'pointwise', batch: 3, inHeight: 2, inWidth: 5, inChannels: 4, outChannels: 6, bias: true } as const;
    expect(elementTraffic(workload)).toEqual({ input: 120, weights: 30, intermediate: 0, output: 180, total: 330 });
  });

  it('bytesPerElement must be a positive integer', () => {
    expect(() => bytesMoved({ kind: 'pointwise', inHeight: 2, inChannels: 1, outChannels: 1, bias: false }, 0))
      .toThrow('invalid bytesPerElement: 0');
  });
});

describe('arithmetic intensity (FLOPs = 2·MACs per byte moved, fp32)', () => {
  const depthwise3x3: ConvWorkload[] = [];
  for (const inHeight of [1, 3, 7, 14, 28, 56, 112, 224]) for (const inChannels of [1, 32, 512]) {
    for (const [pad, stride] of [['same', 1], ['same', 2], ['valid', 1], ['valid', 2]] as const) for (const bias of [false, true]) {
      if (pad === 'valid' && inHeight < 3) continue;
      depthwise3x3.push({ kind: 'depthwise', inHeight, inChannels, kernelSize: 3, stride, pad, bias });
    }
  }

  it(`a 3×3 depthwise conv (chMul 1) never exceeds 18 FLOPs per 8 bytes = 2.25 FLOP/byte (${depthwise3x3.length} layers)`, () => {
    for (const workload of depthwise3x3) expect(arithmeticIntensity(workload)).toBeLessThan(2.25);
  });

  it('and approaches 2.25 as the image grows: above 2.24 at 224×224×32, stride 1, same', () => {
    const large = { kind: 'depthwise', inHeight: 224, inChannels: 32, kernelSize: 3, pad: 'same', bias: false } as const;
    expect(arithmeticIntensity(large)).toBeGreaterThan(2.24);
    expect(flops(large) / multiplyAdds(large)).toBe(2);
  });

  it('a pointwise conv with hundreds of channels reaches tens: 14×14×512 → 512 is over 50 FLOP/byte', () => {
    const pointwise = { kind: 'pointwise', inHeight: 14, inChannels: 512, outChannels: 512, bias: false } as const;
    expect(arithmeticIntensity(pointwise)).toBeGreaterThan(50);
    expect(arithmeticIntensity(pointwise)).toBeLessThan(100);
    expect(arithmeticIntensity({ ...pointwise, inHeight: 56, inChannels: 128, outChannels: 128 })).toBeGreaterThan(20);
  });

  it('the separable block sits between its two halves', () => {
    const spec = { inHeight: 28, inChannels: 256, outChannels: 256, kernelSize: 3, pad: 'same', bias: false } as const;
    const separable = arithmeticIntensity({ ...spec, kind: 'separable' });
    expect(separable).toBeGreaterThan(arithmeticIntensity({ ...spec, kind: 'depthwise' }));
    expect(separable).toBeLessThan(arithmeticIntensity({ ...spec, kind: 'pointwise', kernelSize: undefined }));
  });
});
