// One benchmark run (shared by bench:train's worker and its Node half) on wasm in Node, kept small.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DigitPack } from '../../../src/lib/digits';
import type { TrainTf } from '../../../src/workers/train/build-network';
import { benchRun, type BenchRunResult } from '../../../src/workers/train/bench-run';
import { registeredGradientKernels, registerWasmGradients } from '../../../src/workers/train/wasm-gradients';
import { mnistPack } from '../../../scripts/train/mnist-pack';
import { nodeTrainingTf } from '../../../scripts/train/node-tf';

describe('a benchmark run: 3 batches of 8 digits of the separable net with the im2col kernels, 3 profiled steps', () => {
  let tf: TrainTf;
  let data: DigitPack;
  let result: BenchRunResult;
  let tensorsBefore = 0;
  let setDuringRun: string | undefined;

  beforeAll(async () => {
    tf = await nodeTrainingTf();
    data = mnistPack();
    tensorsBefore = tf.memory().numTensors;
    // A fake CPU clock that advances 10 ms per reading: each batch's CPU time is the difference of two readings.
    let cpu = 0;
    const cpuClock = () => { cpu += 10; return cpu; };
    result = await benchRun(tf, data, { network: 'separable', kernels: 'im2col', batches: 3, batchSize: 8, profiledSteps: 3, cpuClock });
    setDuringRun = registeredGradientKernels(tf);
  }, 120_000);
  afterAll(() => registerWasmGradients(tf));

  it('times every batch, in wall and CPU time, and leaves the requested kernel set registered', () => {
    expect(result.batchMs).toHaveLength(3);
    expect(result.batchCpuMs).toEqual([10, 10, 10]);
    expect(result.batchMs.every((ms) => ms > 0)).toBe(true);
    expect(setDuringRun).toBe('im2col');
  });

  it('reports the profiled step of median wall time', () => {
    expect(result.profiledStepMs).toHaveLength(3);
    const sorted = [...result.profiledStepMs].sort((a, b) => a - b);
    expect(result.profile.stepMs).toBe(sorted[1]);
  });

  it("counts the im2col kernels' nested calls: more calls than the step makes itself", () => {
    expect(result.profile.kernelCalls).toBeGreaterThan(result.profile.topLevelCalls);
    // Each im2col depthwise filter gradient runs a pad, 9 strided slices, a concat and more inside it: over 13 calls per layer.
    expect(result.profile.rows.find((row) => row.part === 'depthwise')!.kernelCalls).toBeGreaterThan(3 * 13);
  });

  it('disposes the model, its optimizer and the batch it profiled', () => {
    expect(tf.memory().numTensors).toBe(tensorsBefore);
  });
});
