import { describe, expect, it } from 'vitest';
import { tf, useBackend } from '../conv/tfjs';
import { backendOverhead, measure } from '../../../src/workers/lab/measure';
import type { Tf } from '../../../src/workers/tf-backend';
import { median, overheadPerRun, type MeasureSettings } from '../../../src/lib/lab';

const settings: MeasureSettings = { warmups: 3, runs: 6, minRuns: 6, timeBudgetMs: 60_000, minRegionMs: 0.01, probes: [] };

function prepared() {
  const a = tf.ones([64, 64]);
  const b = tf.ones([64, 64]);
  return { run: () => tf.matMul(a, b), dispose: () => tf.dispose([a, b]) };
}

const tfjs = tf as unknown as Tf;
const loopOn = async () => ({ overhead: await backendOverhead(tfjs), timerStepMs: 0.001 });

describe('measure (cpu, in Node)', () => {
  it('takes one tf.time() kernel sample after each timed region, so both are measured under the same load', async () => {
    await useBackend('cpu');
    const op = prepared();
    const before = tf.memory().numTensors;
    const measured = await measure({ tf: tfjs, prepared: op, settings, kernelMeasurable: true, loop: await loopOn(), onPhase: () => {} });
    expect(measured.samplesMs).toHaveLength(6);
    expect(measured.kernelSamplesMs).toHaveLength(measured.samplesMs.length);
    expect(measured.kernelMs).toBe(median(measured.kernelSamplesMs));
    expect(tf.memory().numTensors).toBe(before);
    op.dispose();
  });

  it('reports no kernel time where the backend cannot measure it', async () => {
    await useBackend('cpu');
    const op = prepared();
    const measured = await measure({ tf: tfjs, prepared: op, settings, kernelMeasurable: false, loop: await loopOn(), onPhase: () => {} });
    expect(measured.kernelSamplesMs).toEqual([]);
    expect(measured.kernelMs).toBeNull();
    op.dispose();
  });

  it('times plain back-to-back runs beside every region on a synchronous backend, and charges each run its share of the loop\'s cost', async () => {
    await useBackend('wasm');
    const op = prepared();
    const before = tf.memory().numTensors;
    try {
      const loop = await loopOn();
      expect(loop.overhead.perRunMs).toBeGreaterThanOrEqual(0);
      expect(loop.overhead.perRegionMs).toBeGreaterThanOrEqual(0);
      // Measured once per backend and worker: asking again gives the same figures.
      expect(await backendOverhead(tfjs)).toBe(loop.overhead);
      const measured = await measure({ tf: tfjs, prepared: op, settings, kernelMeasurable: true, loop, onPhase: () => {} });
      expect(measured.backToBackMs).toBeGreaterThan(0);
      expect(measured.loopOverheadMs).toBe(overheadPerRun(loop.overhead, measured.reps));
      expect(tf.memory().numTensors).toBe(before);
    } finally {
      op.dispose();
    }
  });
});
