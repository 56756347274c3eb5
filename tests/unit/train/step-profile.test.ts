// Attributing a recorded training step to layer kinds × phases (pure), on hand-made recordings.
import { describe, expect, it } from 'vitest';
import { networkCostOf, networkLayers } from '../../../src/lib/train/networks';
import {
  attributeStep, kernelTotals, partOfLayer, STEP_PHASES, type KernelRecord, type StepPhase, type StepRecording,
} from '../../../src/lib/train/step-profile';

const phases = (forward: number, backward: number, update: number, other: number): Record<StepPhase, number> => ({ forward, backward, update, other });
const kernel = (name: string, ms: number, phase: StepPhase, layer: number | null, depth = 0): KernelRecord => ({ kernel: name, ms, phase, layer, depth });

// The separable net's layers: 0 stem conv, 1 BN, 2 ReLU, 3 depthwise, 4 BN, 5 ReLU, 6 pointwise, …, 21 pool, 22 dense.
const separable = networkLayers('separable');

const recording: StepRecording = {
  kernelClock: 'wall',
  stepMs: 100,
  phaseMs: phases(30, 50, 15, 5),
  kernels: [
    kernel('FusedConv2D', 4, 'forward', 0),
    kernel('FusedBatchNorm', 6, 'forward', 1),
    kernel('Relu', 1, 'forward', 2),
    kernel('DepthwiseConv2dNative', 3, 'forward', 3),
    kernel('Softmax', 2, 'forward', null),
    kernel('Transpose', 5, 'backward', 6, 1),
    kernel('BatchMatMul', 7, 'backward', 6, 1),
    kernel('Conv2DBackpropFilter', 14, 'backward', 6),
    kernel('DepthwiseConv2dNativeBackpropFilter', 20, 'backward', 3),
    kernel('Add', 1, 'backward', null),
    kernel('Sub', 2, 'update', null),
    kernel('Mul', 3, 'update', null),
    kernel('Cast', 0.5, 'other', null),
  ],
};

describe('partOfLayer', () => {
  it('charges convolutions to their kind and the other layers to batch norm, activation, pooling and dense', () => {
    expect(separable.slice(0, 7).map(partOfLayer)).toEqual(['standard', 'batchNorm', 'activation', 'depthwise', 'batchNorm', 'activation', 'pointwise']);
    expect(separable.slice(-2).map(partOfLayer)).toEqual(['pooling', 'dense']);
  });

  it('rejects a separable layer by name', () => {
    const layer = { layer: 'conv' as const, workload: { kind: 'separable' as const, kernelSize: 3, inHeight: 8, inChannels: 2, outChannels: 4, bias: false } };
    expect(() => partOfLayer(layer)).toThrow('invalid layer: separable (a step profile charges its depthwise and pointwise layers separately)');
  });
});

describe('attributeStep', () => {
  const profile = attributeStep(recording, separable);
  const row = (part: string) => profile.rows.find((candidate) => candidate.part === part)!;

  it('charges each top-level kernel to its layer kind and phase; nested kernels add calls, not time', () => {
    expect(row('pointwise').ms).toEqual(phases(0, 14, 0, 0));
    expect(row('pointwise').kernelCalls).toBe(3);
    expect(row('depthwise').ms).toEqual(phases(3, 20, 0, 0));
    expect(row('batchNorm').ms).toEqual(phases(6, 0, 0, 0));
    expect(row('standard').totalMs).toBe(4);
  });

  it('charges kernels outside every layer to the loss, the update phase to update, the rest of each phase to overhead', () => {
    expect(row('loss').ms).toEqual(phases(2, 1, 0, 0));
    expect(row('update').ms).toEqual(phases(0, 0, 5, 0));
    // forward 30 − (4 + 6 + 1 + 3 + 2), backward 50 − (14 + 20 + 1), update 15 − 5, other: all 5 ms (its kernel included).
    expect(row('overhead').ms).toEqual(phases(14, 15, 10, 5));
  });

  it('adds up to the step: rows sum to stepMs, time shares to 1; the kernel totals count nested calls once', () => {
    expect(profile.rows.reduce((sum, line) => sum + line.totalMs, 0)).toBeCloseTo(100, 9);
    expect(profile.rows.reduce((sum, line) => sum + line.timeShare, 0)).toBeCloseTo(1, 9);
    expect(profile.kernelMs).toBe(4 + 6 + 1 + 3 + 2 + 14 + 20 + 1 + 2 + 3 + 0.5);
    expect([profile.kernelCalls, profile.topLevelCalls]).toEqual([13, 11]);
  });

  it("gives the layer kinds' multiply-add shares of the network (depthwise: 70,560 of 500,832) and none to loss, update, overhead", () => {
    expect(row('depthwise').multiplyAddShare).toBeCloseTo((196 * 144 + 49 * 288 + 49 * 576) / networkCostOf('separable').multiplyAdds, 12);
    expect(row('batchNorm').multiplyAddShare).toBe(0);
    expect(['loss', 'update', 'overhead'].map((part) => row(part).multiplyAddShare)).toEqual([null, null, null]);
    const shares = profile.rows.map((line) => line.multiplyAddShare ?? 0);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 12);
  });

  it('lists the parts in a fixed order, leaving out parts the network lacks that took no time', () => {
    expect(profile.rows.map((line) => line.part)).toEqual(['standard', 'depthwise', 'pointwise', 'batchNorm', 'activation', 'pooling', 'dense', 'loss', 'update', 'overhead']);
    const standardNet = attributeStep({ kernelClock: 'wall', stepMs: 1, phaseMs: phases(1, 0, 0, 0), kernels: [] }, networkLayers('standard'));
    expect(standardNet.rows.map((line) => line.part)).toEqual(['standard', 'batchNorm', 'activation', 'pooling', 'dense', 'overhead']);
  });

  it('rejects phase times that do not add up to the step, and a layer index the network lacks', () => {
    expect(() => attributeStep({ ...recording, stepMs: 120 }, separable)).toThrow('invalid phaseMs: they add up to 100 ms, the step took 120 ms');
    expect(() => attributeStep({ ...recording, kernels: [kernel('Relu', 1, 'forward', 40)] }, separable)).toThrow('invalid layer: 40 (the network has 23 layers)');
    expect(STEP_PHASES).toEqual(['forward', 'backward', 'update', 'other']);
  });
});

describe('attributeStep on the GPU clock (kernel times from the GPU timer, the JavaScript running ahead)', () => {
  const profile = attributeStep({ ...recording, kernelClock: 'gpu' }, separable);

  it('charges kernels as on the wall clock but computes no overhead from the wall time', () => {
    expect(profile.kernelClock).toBe('gpu');
    expect(profile.rows.find((row) => row.part === 'depthwise')!.ms).toEqual(phases(3, 20, 0, 0));
    // Only the kernel run outside the phases (a Cast of 0.5 ms) is left in overhead.
    expect(profile.rows.find((row) => row.part === 'overhead')!.ms).toEqual(phases(0, 0, 0, 0.5));
  });

  it('gives shares of the kernels’ total, not of the wall time', () => {
    expect(profile.rows.reduce((sum, row) => sum + row.timeShare, 0)).toBeCloseTo(1, 9);
    expect(profile.rows.find((row) => row.part === 'depthwise')!.timeShare).toBeCloseTo(23 / profile.kernelMs, 12);
  });
});

describe('kernelTotals', () => {
  it('adds up each kernel by name, slowest first: calls at every depth, ms of the top-level calls only', () => {
    expect(kernelTotals(recording.kernels).slice(0, 3)).toEqual([
      { kernel: 'DepthwiseConv2dNativeBackpropFilter', calls: 1, ms: 20 },
      { kernel: 'Conv2DBackpropFilter', calls: 1, ms: 14 },
      { kernel: 'FusedBatchNorm', calls: 1, ms: 6 },
    ]);
    expect(kernelTotals(recording.kernels).find((total) => total.kernel === 'BatchMatMul')).toEqual({ kernel: 'BatchMatMul', calls: 1, ms: 0 });
  });
});
