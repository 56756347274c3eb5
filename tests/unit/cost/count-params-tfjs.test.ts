// Parameter counts and output shapes held against TF.js layers (tf.layers.*(...).countParams()).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tfl from '@tensorflow/tfjs-layers';
import { tf, useBackend } from '../conv/tfjs';
import { parameterCount, workloadOutputShape, type ConvWorkload } from '../../../src/lib/cost';

type Kernel = number | [number, number];

/** Builds the TF.js layer for a workload on a symbolic input, returning countParams() and the output shape. */
function tfjsLayer(workload: ConvWorkload): { params: number; shape: (number | null)[]; dispose: () => void } {
  const kernelSize = (workload.kernelSize ?? 1) as Kernel;
  const common = { useBias: workload.bias, padding: workload.pad ?? 'valid', strides: workload.stride as Kernel | undefined };
  const layer = {
    standard: () => tfl.layers.conv2d({ ...common, kernelSize, filters: workload.outChannels as number }),
    pointwise: () => tfl.layers.conv2d({ ...common, kernelSize: 1, filters: workload.outChannels as number }),
    depthwise: () => tfl.layers.depthwiseConv2d({ ...common, kernelSize, depthMultiplier: workload.chMul ?? 1 }),
    separable: () => tfl.layers.separableConv2d({
      ...common, kernelSize, depthMultiplier: workload.chMul ?? 1, filters: workload.outChannels as number,
    }),
  }[workload.kind]();
  const input = tfl.input({ batchShape: [workload.batch ?? 1, workload.inHeight, workload.inWidth ?? workload.inHeight, workload.inChannels] });
  const output = layer.apply(input) as tfl.SymbolicTensor;
  return { params: layer.countParams(), shape: output.shape, dispose: () => layer.dispose() };
}

const grid: ConvWorkload[] = [];
for (const kernelSize of [1, 3, 5, [3, 5]] as Kernel[]) for (const inChannels of [1, 3, 8]) for (const bias of [false, true]) {
  for (const [pad, stride] of [['same', 1], ['valid', 2]] as const) {
    const spatial = { inHeight: 11, inWidth: 9, inChannels, kernelSize, pad, stride, bias, batch: 2 };
    grid.push({ ...spatial, kind: 'standard', outChannels: 16 });
    grid.push({ ...spatial, kind: 'depthwise', chMul: inChannels === 3 ? 2 : 1 });
    grid.push({ ...spatial, kind: 'separable', chMul: inChannels === 8 ? 3 : 1, outChannels: 5 });
    if (kernelSize === 1) grid.push({ ...spatial, kind: 'pointwise', kernelSize: undefined, outChannels: 7 });
  }
}

describe('cost formulas against TF.js layers', () => {
  beforeAll(() => useBackend('cpu'));
  afterAll(() => tf.disposeVariables());

  it.each([
    ['depthwise 3×3, 3 channels, no bias', { kind: 'depthwise', inHeight: 28, inChannels: 3, kernelSize: 3, pad: 'same', bias: false }, 27],
    ['pointwise 3 → 16, no bias', { kind: 'pointwise', inHeight: 28, inChannels: 3, outChannels: 16, bias: false }, 48],
    ['standard 3×3, 3 → 16, with bias', { kind: 'standard', inHeight: 28, inChannels: 3, outChannels: 16, kernelSize: 3, bias: true }, 448],
    ['separable 3×3, 64 → 128, no bias', { kind: 'separable', inHeight: 32, inChannels: 64, outChannels: 128, kernelSize: 3, pad: 'same', bias: false }, 8768],
    ['standard 3×3, 64 → 128, no bias', { kind: 'standard', inHeight: 32, inChannels: 64, outChannels: 128, kernelSize: 3, pad: 'same', bias: false }, 73728],
  ] as [string, ConvWorkload, number][])("the seed's %s: parameterCount and countParams() both give %i", (_label, workload, expected) => {
    const layer = tfjsLayer(workload);
    expect(parameterCount(workload)).toBe(expected);
    expect(layer.params).toBe(expected);
    layer.dispose();
  });

  it(`on ${grid.length} layers (all kinds, kernels 1/3/5/[3, 5], chMul 1–3, bias on/off, valid/same, stride 1/2): same counts and output shapes`, () => {
    const before = tf.memory().numTensors;
    for (const workload of grid) {
      const layer = tfjsLayer(workload);
      expect({ kind: workload.kind, params: parameterCount(workload), shape: workloadOutputShape(workload) })
        .toEqual({ kind: workload.kind, params: layer.params, shape: layer.shape });
      layer.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});
