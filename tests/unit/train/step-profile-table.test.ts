// The step profile as display strings: a row per part, cells formatted once, the coverage line.
import { describe, expect, it } from 'vitest';
import { networkLayers } from '../../../src/lib/train/networks';
import { attributeStep } from '../../../src/lib/train/step-profile';
import { stepProfileTable } from '../../../src/lib/train/step-profile-table';

const profile = attributeStep({
  kernelClock: 'wall',
  stepMs: 80,
  phaseMs: { forward: 20, backward: 50, update: 8, other: 2 },
  kernels: [
    { kernel: 'DepthwiseConv2dNative', ms: 4, depth: 0, phase: 'forward', layer: 3 },
    { kernel: 'DepthwiseConv2dNativeBackpropFilter', ms: 30, depth: 0, phase: 'backward', layer: 3 },
    { kernel: 'Mul', ms: 6, depth: 0, phase: 'update', layer: null },
  ],
}, networkLayers('separable'));

describe('stepProfileTable', () => {
  const table = stepProfileTable(profile, { network: 'depthwise-separable CNN', backend: 'wasm', batchSize: 64 });

  it('heads the columns with the phases, then total, shares and calls', () => {
    expect(table.head).toEqual(['Part of the step', 'Forward ms', 'Backward ms', 'Update ms', 'Other ms', 'Total ms', 'Share of time', 'Share of multiply-adds', 'Kernel calls']);
  });

  it('writes one row per part: depthwise 4 + 30 ms = 42.5 % of the time for 14.1 % of the multiply-adds', () => {
    expect(table.rows.find((row) => row[0] === 'Depthwise convolution')).toEqual(['Depthwise convolution', '4', '30', '0', '0', '34', '42.5 %', '14.1 %', '2']);
    expect(table.rows.find((row) => row[0] === 'Optimizer update (Adam)')).toEqual(['Optimizer update (Adam)', '0', '0', '6', '0', '6', '7.5 %', '–', '1']);
    expect(table.rows.find((row) => row[0] === 'Between kernels (TF.js bookkeeping)')!.slice(1, 6)).toEqual(['16', '20', '2', '2', '40']);
  });

  it('captions the table and says how much of the step the kernels cover', () => {
    expect(table.caption).toBe('Where one training step of the depthwise-separable CNN goes on wasm (80 ms, a batch of 64 digits)');
    expect(table.notes[0]).toBe("Kernels cover 50.0 % of the step; the rest is TF.js's bookkeeping between them. 3 kernel calls (3 made by the step itself, the rest inside other kernels).");
  });

  it("on the GPU clock, says the times are the GPU's and not the step's wall time", () => {
    const gpu = stepProfileTable({ ...profile, kernelClock: 'gpu' }, { network: 'standard CNN', backend: 'webgl', batchSize: 64 });
    expect(gpu.notes[0]).toBe("Times are the GPU's own (timer queries), not the step's wall time (80 ms): the JavaScript runs ahead of the GPU, so they do not add up to it, and shares are of the kernels' total. 3 kernel calls.");
  });
});
