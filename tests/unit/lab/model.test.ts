import { describe, expect, it } from 'vitest';
import { bandwidthProbeBytes, computeProbeFlop, macRatio, opCost, opMacs, opTensors, opsForLayer, opWorkload, PRESETS, type LayerShape, type OpKind } from '../../../src/lib/lab';
import { elementTraffic, workloadOutputShape } from '../../../src/lib/cost';

const seedBlock: LayerShape = { batch: 1, inHeight: 32, inWidth: 32, inChannels: 64, outChannels: 128, filterSize: 3, chMul: 1, stride: 1, pad: 'same' };
const op = (kind: OpKind, layer: LayerShape = seedBlock) => ({ id: kind, kind, layer });

describe('MAC model', () => {
  it('the seed block 32×32×64 → 128 (3×3, same): standard 75,497,472 MACs, separable 589,824 + 8,388,608', () => {
    // 32·32 output pixels × (3·3·64·128 = 73,728 weights) and × (576 + 8,192 weights).
    expect(opMacs(op('standard'))).toBe(1024 * 73_728);
    expect(opMacs(op('depthwise'))).toBe(1024 * 576);
    expect(opMacs(op('pointwise'))).toBe(1024 * 8_192);
    expect(opMacs(op('separable'))).toBe(1024 * 8_768);
    expect(opMacs(op('separableFused'))).toBe(opMacs(op('separable')));
  });

  it('MAC ratio standard / separable is 1 / (1/N + 1/k²) at stride 1', () => {
    expect(macRatio(seedBlock)).toBeCloseTo(1 / (1 / 128 + 1 / 9), 12);
    const mobile = PRESETS.mobilenet.layers[4] as LayerShape;
    expect(macRatio(mobile)).toBeCloseTo(1 / (1 / 1024 + 1 / 9), 12);
  });

  it('stride 2 and valid padding shrink the output as TF.js does: 16×16, k5, s2, same → 8×8', () => {
    const layer = { ...seedBlock, inHeight: 16, inWidth: 16, filterSize: 5, stride: 2 };
    expect(opTensors(op('standard', layer)).output).toEqual([1, 8, 8, 128]);
    const valid = { ...layer, pad: 'valid' as const };
    expect(opTensors(op('depthwise', valid)).output).toEqual([1, 6, 6, 64]);
    expect(opMacs(op('depthwise', valid))).toBe(36 * 25 * 64);
  });

  it('depth multiplier 2 doubles depthwise outputs and the pointwise inputs', () => {
    const layer = { ...seedBlock, chMul: 2 };
    expect(opTensors(op('depthwise', layer)).output).toEqual([1, 32, 32, 128]);
    expect(opTensors(op('pointwise', layer)).input).toEqual([1, 32, 32, 128]);
    expect(opMacs(op('separable', layer))).toBe(1024 * (9 * 128 + 128 * 128));
  });
});

describe('bytes and intensity model', () => {
  it('counts input, filters and output once in fp32, and the separable intermediate twice', () => {
    const activation = 32 * 32 * 64;
    expect(opCost(op('depthwise')).bytes).toBe(4 * (activation + 576 + activation));
    expect(opCost(op('standard')).bytes).toBe(4 * (activation + 73_728 + 32 * 32 * 128));
    expect(opCost(op('separable')).bytes).toBe(4 * (activation + 576 + 8_192 + 32 * 32 * 128 + 2 * activation));
  });

  it('a 3×3 depthwise conv does at most 2.25 FLOP per byte; a pointwise conv tens', () => {
    for (const layer of PRESETS.mobilenet.layers) {
      const depthwise = opCost(op('depthwise', layer)).intensity;
      expect(depthwise).toBeLessThanOrEqual(2.25);
      expect(depthwise).toBeGreaterThan(2);
      expect(opCost(op('pointwise', layer)).intensity).toBeGreaterThan(10);
    }
  });

  it('intensity is 2 · MACs / bytes', () => {
    for (const spec of opsForLayer(seedBlock)) {
      const cost = opCost(spec);
      expect(cost.intensity).toBeCloseTo((2 * cost.macs) / cost.bytes, 12);
    }
  });

  it('probes: a streaming add of n floats moves 12n bytes; an n×n matMul is 2n³ FLOP', () => {
    expect(bandwidthProbeBytes(1000)).toBe(12_000);
    expect(computeProbeFlop(512)).toBe(2 * 512 ** 3);
  });
});

describe('the tensors the worker allocates agree with the cost formulas’ traffic model', () => {
  const count = (shape: readonly number[]) => shape.reduce((product, side) => product * side, 1);
  const layers = [...PRESETS.quick.layers, ...PRESETS.mobilenet.layers, ...PRESETS.seed.layers, { ...seedBlock, chMul: 3, stride: 2, pad: 'valid' as const }];

  it('input + filters + 2 · intermediate + output elements = elementTraffic(opWorkload(op)).total', () => {
    for (const layer of layers) {
      for (const spec of opsForLayer(layer)) {
        const tensors = opTensors(spec);
        const allocated = count(tensors.input) + tensors.filters.reduce((sum, filter) => sum + count(filter.shape), 0)
          + 2 * (tensors.intermediate ? count(tensors.intermediate) : 0) + count(tensors.output);
        expect(allocated, spec.id).toBe(elementTraffic(opWorkload(spec)).total);
        expect(opCost(spec).bytes, spec.id).toBe(4 * allocated);
      }
    }
  });

  it('the output the worker expects is the shape the cost formulas derive', () => {
    for (const layer of layers) {
      for (const spec of opsForLayer(layer)) expect(opTensors(spec).output, spec.id).toEqual(workloadOutputShape(opWorkload(spec)));
    }
  });
});
