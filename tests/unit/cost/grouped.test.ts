// Grouped convolution: held at both ends against the standard and depthwise counts, and in between against the formula.
import { describe, expect, it } from 'vitest';
import {
  groupedMultiplyAdds, groupedParameters, groupKind, groupSpectrum, multiplyAdds, parameterCount, validGroups,
} from '../../../src/lib/cost';
import { groupSpectrumSvg } from '../../../src/lib/lessons/groups-svg';

const block = { inHeight: 32, inWidth: 32, inChannels: 64, outChannels: 128, kernelSize: 3, pad: 'same', bias: false } as const;

describe('groupedParameters and groupedMultiplyAdds', () => {
  it('g = 1 is the standard convolution: 73,728 parameters and 75,497,472 multiply-adds for 3×3, 64 → 128 on 32×32', () => {
    expect(groupedParameters({ ...block, groups: 1 })).toBe(parameterCount({ ...block, kind: 'standard' }));
    expect(groupedParameters({ ...block, groups: 1 })).toBe(73_728);
    expect(groupedMultiplyAdds({ ...block, groups: 1 })).toBe(multiplyAdds({ ...block, kind: 'standard' }));
  });
  it('g = C_in is the depthwise convolution with chMul = C_out / C_in: 1,152 parameters for m = 2', () => {
    const depthwise = { ...block, kind: 'depthwise', chMul: 2 } as const;
    expect(groupedParameters({ ...block, groups: 64 })).toBe(parameterCount(depthwise));
    expect(groupedParameters({ ...block, groups: 64 })).toBe(1152);
    expect(groupedMultiplyAdds({ ...block, groups: 64 })).toBe(multiplyAdds(depthwise));
  });
  it('g groups cost g times less, and a bias adds C_out whatever g is', () => {
    for (const groups of [2, 4, 8, 16, 32]) expect(groupedParameters({ ...block, groups }) * groups).toBe(73_728);
    expect(groupedParameters({ ...block, groups: 4, bias: true })).toBe(73_728 / 4 + 128);
  });
  it('respects stride and padding through the output size', () => {
    expect(groupedMultiplyAdds({ ...block, groups: 2, stride: 2 })).toBe(16 * 16 * 9 * 32 * 128);
    expect(groupedMultiplyAdds({ ...block, groups: 2, pad: 'valid' })).toBe(30 * 30 * 9 * 32 * 128);
  });
  it('names a group count that does not divide both channel counts', () => {
    expect(() => groupedParameters({ ...block, groups: 3 })).toThrow('invalid groups: 3 (must divide 64 and 128)');
    expect(() => groupedParameters({ ...block, groups: 0 })).toThrow('invalid groups: 0');
  });
});

describe('groupSpectrum', () => {
  it('lists every divisor of both channel counts, standard first and depthwise last', () => {
    expect(validGroups(64, 128)).toEqual([1, 2, 4, 8, 16, 32, 64]);
    expect(validGroups(6, 4)).toEqual([1, 2]);
    const spectrum = groupSpectrum(block);
    expect(spectrum.map((point) => point.kind)).toEqual(['standard', 'grouped', 'grouped', 'grouped', 'grouped', 'grouped', 'depthwise']);
    expect(spectrum.at(-1)).toMatchObject({ groups: 64, inPerGroup: 1, outPerGroup: 2, parameters: 1152 });
    expect(groupKind(4, 8)).toBe('grouped');
  });
  it('is drawn as a static SVG with one dot per group count and the separable reference line', () => {
    const points = groupSpectrum(block);
    const svg = groupSpectrumSvg({ points, separableParameters: 8768, xLabel: 'g', yLabel: 'p', pointLabel: (point) => point.kind, separableLabel: 'separable' });
    expect(svg.match(/<circle /g)).toHaveLength(7);
    expect(svg).toContain('stroke-dasharray="5 4"');
    expect(() => groupSpectrumSvg({ points: [], separableParameters: 1, xLabel: '', yLabel: '', pointLabel: () => '', separableLabel: '' })).toThrow('invalid points: none');
  });
});
