import { describe, expect, it } from 'vitest';
import { divergingDomain, quantileAbs } from '../../../src/lib/viz/colour-scale';
import { channelOf } from '../../../src/lib/viz/image-tensor';
import { presetFilter } from '../../../src/lib/viz/kernels';
import { randomMaps, separableMaps } from '../../../src/lib/viz/separable-maps';

describe('separableMaps (reference depthwise, pad valid, then pointwise)', () => {
  const input = randomMaps(6, 5, 3, 11);

  it('the identity kernel gives each channel back, trimmed by one pixel on every side', () => {
    const { depthwise } = separableMaps({ input, filter: presetFilter('identity', 3) });
    expect(depthwise).toMatchObject({ height: 4, width: 3, channels: 3 });
    for (let c = 0; c < 3; c++) {
      const inner = Array.from(channelOf(input, c)).filter((_, i) => {
        const row = Math.floor(i / 5);
        const col = i % 5;
        return row >= 1 && row <= 4 && col >= 1 && col <= 3;
      });
      expect(Array.from(channelOf(depthwise, c))).toEqual(inner);
    }
  });

  it('Sobel x on a left-to-right ramp is the same positive constant everywhere (8 × the step)', () => {
    const ramp = { height: 4, width: 4, channels: 1, values: Float32Array.from({ length: 16 }, (_, i) => (i % 4) * 0.25) };
    const { depthwise } = separableMaps({ input: ramp, filter: presetFilter('sobelX', 1) });
    expect(Array.from(depthwise.values)).toEqual([2, 2, 2, 2]);
  });

  it('pointwise outputs mix the depthwise channels: 8 outputs of the same size, or none when 0', () => {
    const maps = separableMaps({ input, filter: presetFilter('blur', 3), pointwiseChannels: 8, seed: 2 });
    expect(maps.pointwise).toMatchObject({ height: 4, width: 3, channels: 8 });
    expect(separableMaps({ input, filter: presetFilter('blur', 3) }).pointwise).toBeNull();
  });

  it('refuses a filter for another channel count', () => {
    expect(() => separableMaps({ input, filter: presetFilter('blur', 2) })).toThrow('invalid filter.inChannels: 2 (the input has 3 channels)');
  });
});

describe('robust diverging domains for photos', () => {
  it('quantileAbs(…, 0.9) of 1…10 is 9; quantile 1 is the maximum', () => {
    const values = Array.from({ length: 10 }, (_, i) => (i % 2 ? -(i + 1) : i + 1));
    expect(quantileAbs(values, 0.9)).toBe(9);
    expect(quantileAbs(values, 1)).toBe(10);
    expect(divergingDomain(values, 0.9)).toEqual([-9, 9]);
  });
  it('rejects a quantile outside (0, 1]', () => {
    expect(() => quantileAbs([1], 0)).toThrow('invalid quantile: 0');
  });
});

describe('the generated colour picture', () => {
  it('its channels differ: the red disc is bright only in channel 0, the blue square only in channel 2', async () => {
    const { colourShapes } = await import('../../../src/lib/viz/test-card');
    const { imageToTensor } = await import('../../../src/lib/viz/image-tensor');
    const tensor = imageToTensor(colourShapes(96), { outHeight: 48, outWidth: 48 });
    const at = (row: number, col: number, c: number) => tensor.values[(row * 48 + col) * 3 + c]!;
    expect(at(14, 14, 0)).toBeGreaterThan(0.85);
    expect(at(14, 14, 2)).toBeLessThan(0.2);
    expect(at(36, 36, 2)).toBeGreaterThan(0.85);
    expect(at(36, 36, 0)).toBeLessThan(0.2);
  });
});
