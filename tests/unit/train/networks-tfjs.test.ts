// The networks' parameter and multiply-add figures (src/lib/cost over the one spec) held against
// the TF.js models the worker builds from the same spec, and the thin net's width search.
import '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tfl from '@tensorflow/tfjs-layers';
import { tf, useBackend } from '../conv/tfjs';
import { buildNetwork, type TrainTf } from '../../../src/workers/train/build-network';
import { EXPERIMENT_NETWORK_IDS, networkCostOf, networkLayers, PARAMETER_MATCH_TOLERANCE, thinNetwork } from '../../../src/lib/train/networks';

const trainTf = { ...tf, ...tfl } as unknown as TrainTf;

describe('the /train/ networks', () => {
  beforeAll(() => useBackend('cpu'));
  afterAll(() => tf.disposeVariables());

  it.each(EXPERIMENT_NETWORK_IDS)('%s: networkCostOf().parameters equals countParams(), trainable ones equal the trainable weights', (id) => {
    const model = buildNetwork(trainTf, id, 1);
    const cost = networkCostOf(id);
    expect(cost.parameters).toBe(model.countParams());
    expect(cost.trainableParameters).toBe(model.trainableWeights.reduce((sum, weight) => sum + weight.shape.reduce((a: number, b) => a * (b ?? 1), 1), 0));
    model.dispose();
  });

  it('multiply-adds per image, by hand: standard 3,641,536, separable 500,832', () => {
    // standard: stem 14²·9·16 + 14²·9·16·32 + 7²·9·32·64 + 7²·9·64·64 + dense 64·10
    expect(networkCostOf('standard').multiplyAdds).toBe(196 * 144 + 196 * 4608 + 49 * 18432 + 49 * 36864 + 640);
    // separable: the same stem, then per block depthwise 9·M per pixel plus pointwise M·N per pixel
    expect(networkCostOf('separable').multiplyAdds).toBe(196 * 144 + 196 * (144 + 512) + 49 * (288 + 2048) + 49 * (576 + 4096) + 640);
  });

  it.each(EXPERIMENT_NETWORK_IDS)('%s: each conv layer of the spec has the output shape TF.js gives it', (id) => {
    const model = buildNetwork(trainTf, id, 1);
    const convs = model.layers.filter((layer) => /Conv2D/.test(layer.getClassName()));
    const specs = networkLayers(id).flatMap((layer) => (layer.layer === 'conv' ? [layer.workload] : []));
    expect(convs.length).toBe(specs.length);
    convs.forEach((layer, index) => {
      const spec = specs[index]!;
      expect(layer.getClassName()).toBe(spec.kind === 'depthwise' ? 'DepthwiseConv2D' : 'Conv2D');
      expect((layer.input as tfl.SymbolicTensor).shape.slice(1)).toEqual([spec.inHeight, spec.inWidth, spec.inChannels]);
    });
    model.dispose();
  });

  it('the thin net, by hand: channels 6 / 12 / 24 / 24 (multiplier 6/16), 8,992 parameters and 518,856 multiply-adds', () => {
    const thin = thinNetwork();
    expect([thin.plan.stem, ...thin.plan.blocks].map((stage) => stage.outChannels)).toEqual([6, 12, 24, 24]);
    expect(thin.multiplier).toBe(0.375);
    // stem 9·6 + BN 4·6; blocks 9·6·12 + 4·12, 9·12·24 + 4·24, 9·24·24 + 4·24; dense 24·10 + 10
    expect(networkCostOf('thin').parameters).toBe(54 + 24 + 648 + 48 + 2592 + 96 + 5184 + 96 + 250);
    expect(networkCostOf('thin').parameters).toBe(8992);
    // stem 14²·9·6, block 1 14²·9·6·12, block 2 7²·9·12·24, block 3 7²·9·24·24, dense 24·10
    expect(networkCostOf('thin').multiplyAdds).toBe(196 * 54 + 196 * 648 + 49 * 2592 + 49 * 5184 + 240);
    expect(networkCostOf('thin').multiplyAdds).toBe(518_856);
  });

  it('the thin net matches the separable net within the tolerance on parameters, and on multiply-adds too', () => {
    const { parameterMismatch, multiplyAddMismatch } = thinNetwork();
    const separable = networkCostOf('separable');
    expect(parameterMismatch).toBeCloseTo((8992 - separable.parameters) / separable.parameters, 12);
    expect(Math.abs(parameterMismatch)).toBeLessThanOrEqual(PARAMETER_MATCH_TOLERANCE);
    expect(Math.abs(multiplyAddMismatch)).toBeLessThanOrEqual(PARAMETER_MATCH_TOLERANCE);
    // The next widths either side miss: 5/10/20/20 has 6,325 parameters (−34 %), 7/14/28/28 has 12,127 (+26 %).
    expect(Math.abs(6325 - separable.parameters) / separable.parameters).toBeGreaterThan(PARAMETER_MATCH_TOLERANCE);
    expect(Math.abs(12127 - separable.parameters) / separable.parameters).toBeGreaterThan(PARAMETER_MATCH_TOLERANCE);
  });

  it('the thin net keeps the standard net\'s layers, strides and shapes, only narrower', () => {
    const shape = (id: 'standard' | 'thin') => networkLayers(id).map((layer) => (layer.layer === 'conv' ? `${layer.workload.kind}/${layer.workload.stride}/${layer.workload.inHeight}` : layer.layer));
    expect(shape('thin')).toEqual(shape('standard'));
  });

  it('the separable net has fewer parameters and multiply-adds with the same widths and strides', () => {
    const standard = networkCostOf('standard');
    const separable = networkCostOf('separable');
    expect(separable.parameters).toBeLessThan(standard.parameters / 5);
    expect(separable.multiplyAdds).toBeLessThan(standard.multiplyAdds / 5);
    const outputs = (id: 'standard' | 'separable') => networkLayers(id).flatMap((layer) => (layer.layer === 'dense' ? [layer.inUnits] : []));
    expect(outputs('separable')).toEqual(outputs('standard'));
  });

  it('the same seed builds the same initial weights; another seed does not', () => {
    const weights = (seed: number) => {
      const model = buildNetwork(trainTf, 'separable', seed);
      const values = model.getWeights().map((weight) => Array.from(weight.dataSync()));
      model.dispose();
      return values;
    };
    expect(weights(3)).toEqual(weights(3));
    expect(weights(3)).not.toEqual(weights(4));
  });

  it('rejects a bad seed and an unknown network by name', () => {
    expect(() => buildNetwork(trainTf, 'standard', -1)).toThrow('invalid seed: -1');
    expect(() => networkLayers('mobilenet' as never)).toThrow('invalid network: mobilenet');
  });
});
