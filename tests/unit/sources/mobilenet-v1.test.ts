// MobileNet v1 recounted from Table 1's layers with the cost library, and held against the paper's Table 2 and Table 4.
import { describe, expect, it } from 'vitest';
import { MOBILENET_V1_TABLE2, MOBILENET_V1_TABLE4, mobileNetV1Layers, mobileNetV1Shares, ridgePoint, V100 } from '../../../src/lib/sources';
import { arithmeticIntensity, depthwiseIntensityBound } from '../../../src/lib/cost';

const computed = mobileNetV1Shares();
const row = (type: string) => computed.rows.find((entry) => entry.type === type)!;
const printed = (type: string) => MOBILENET_V1_TABLE2.find((entry) => entry.type === type)!;

describe('MobileNet v1 layer by layer (Table 1)', () => {
  it('has 28 layers: one standard 3×3, 13 depthwise, 13 pointwise and the classifier', () => {
    const types = mobileNetV1Layers().map((layer) => layer.type);
    expect(types).toHaveLength(28);
    expect(types.filter((type) => type === 'depthwise3x3')).toHaveLength(13);
    expect(types.filter((type) => type === 'pointwise')).toHaveLength(13);
  });
  it('adds up to Table 4\'s 569 M mult-adds and 4.2 M parameters', () => {
    expect(Math.round(computed.multiplyAdds / 1e6)).toBe(MOBILENET_V1_TABLE4.depthwiseSeparable.multiplyAddsMillions);
    expect(Math.round(computed.parameters / 1e5) / 10).toBe(MOBILENET_V1_TABLE4.depthwiseSeparable.parametersMillions);
  });
});

describe('MobileNet v1 Table 2 recomputed', () => {
  it.each(['pointwise', 'depthwise3x3', 'fullyConnected'])('%s: mult-add and parameter shares match the printed percentages to 0.01', (type) => {
    expect(Math.round(row(type).multiplyAddShare * 10_000) / 100).toBe(printed(type).multiplyAddsPercent);
    expect(Math.round(row(type).parameterShare * 10_000) / 100).toBe(printed(type).parametersPercent);
  });
  it('1×1 convolutions hold 94.86 % of the mult-adds and 74.59 % of the parameters; the classifier 24.33 % of the parameters', () => {
    expect(row('pointwise').multiplyAddShare).toBeCloseTo(0.9486, 4);
    expect(row('pointwise').parameterShare).toBeCloseTo(0.7459, 4);
    expect(row('fullyConnected').parameterShare).toBeCloseTo(0.2433, 4);
  });
  it('the first layer is 1.91 % of the mult-adds where Table 2 prints 1.19 % (the same digits, transposed)', () => {
    const percent = (row('conv3x3').multiplyAddShare * 100).toFixed(2);
    expect(percent).toBe('1.91');
    expect(printed('conv3x3').multiplyAddsPercent.toFixed(2)).toBe('1.19');
    expect([...percent].sort().join('')).toBe([...printed('conv3x3').multiplyAddsPercent.toFixed(2)].sort().join(''));
    expect(Math.round(row('conv3x3').parameterShare * 10_000) / 100).toBe(printed('conv3x3').parametersPercent);
  });
  it('the printed mult-add shares add to 99.29 %, the computed ones to 100 %', () => {
    const printedSum = MOBILENET_V1_TABLE2.reduce((sum, entry) => sum + entry.multiplyAddsPercent, 0);
    expect(printedSum).toBeCloseTo(99.29, 10);
    expect(computed.rows.reduce((sum, entry) => sum + entry.multiplyAddShare, 0)).toBeCloseTo(1, 12);
  });
});

describe('depthwiseIntensityBound', () => {
  it('is 2.25 FLOP/B for 3×3, stride 1, multiplier 1, fp32; 0.9 at stride 2; 3 with m = 2; 4.5 in fp16; 9 in int8', () => {
    expect(depthwiseIntensityBound({ kernelSize: 3 })).toBe(2.25);
    expect(depthwiseIntensityBound({ kernelSize: 3, stride: 2 })).toBe(0.9);
    expect(depthwiseIntensityBound({ kernelSize: 3, chMul: 2 })).toBe(3);
    expect(depthwiseIntensityBound({ kernelSize: 3, precision: 'fp16' })).toBe(4.5);
    expect(depthwiseIntensityBound({ kernelSize: 3, precision: 'int8' })).toBe(9);
  });
  it.each([[1, 1], [2, 1], [1, 2], [2, 4]])('bounds the cost model\'s intensity of a large layer, stride %i, multiplier %i, and is nearly reached', (stride, chMul) => {
    const layer = { kind: 'depthwise', kernelSize: 3, inHeight: 256, inChannels: 64, chMul, stride, pad: 'same', bias: false } as const;
    const bound = depthwiseIntensityBound({ kernelSize: 3, chMul, stride });
    expect(arithmeticIntensity(layer)).toBeLessThan(bound);
    expect(arithmeticIntensity(layer)).toBeGreaterThan(0.99 * bound);
    expect(arithmeticIntensity(layer, 1)).toBeLessThan(depthwiseIntensityBound({ kernelSize: 3, chMul, stride, precision: 'int8' }));
  });
  it('names a bad input', () => {
    expect(() => depthwiseIntensityBound({ kernelSize: 0 })).toThrow('invalid kernelSize: 0');
    expect(() => depthwiseIntensityBound({ kernelSize: 3, precision: 'fp64' as never })).toThrow('invalid precision: fp64');
  });
});

describe('V100 ridge points', () => {
  it('are 15.7 T ÷ 900 G ≈ 17.4 FLOP/B in fp32, 31.4 T ÷ 900 G ≈ 34.9 in fp16 on the CUDA cores, 125 T ÷ 900 G ≈ 139 on the tensor cores', () => {
    expect(ridgePoint(V100, 'fp32')).toBeCloseTo(17.44, 2);
    expect(ridgePoint(V100, 'fp16')).toBeCloseTo(34.89, 2);
    expect(ridgePoint(V100, 'fp16Tensor')).toBeCloseTo(138.9, 1);
  });
  it('cite a source for every figure the device spec holds', () => {
    const cited = V100.sources.map((source) => source.figure).join(' ');
    for (const value of [V100.peakTflops.fp32, V100.peakTflops.fp16, V100.peakTflops.fp16Tensor, V100.bandwidthGBps]) expect(cited).toContain(String(value));
  });
  it('refuse a device without bandwidth', () => {
    expect(() => ridgePoint({ ...V100, bandwidthGBps: 0 }, 'fp32')).toThrow('invalid device: NVIDIA V100 (SXM2)');
  });
  it('put every MobileNet v1 depthwise layer below the fp32 ridge and most pointwise layers above it', () => {
    const layers = mobileNetV1Layers();
    for (const layer of layers.filter((entry) => entry.type === 'depthwise3x3')) expect(arithmeticIntensity(layer.workload)).toBeLessThan(ridgePoint(V100, 'fp32') / 7);
    const pointwise = layers.filter((entry) => entry.type === 'pointwise');
    expect(pointwise.filter((layer) => arithmeticIntensity(layer.workload) > ridgePoint(V100, 'fp32')).length).toBeGreaterThanOrEqual(11);
  });
});
