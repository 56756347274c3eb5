import { describe, expect, it } from 'vitest';
import { tf, useBackend } from '../conv/tfjs';
import { measure } from '../../../src/workers/lab/measure';
import type { Tf } from '../../../src/workers/tf-backend';
import { median, type MeasureSettings } from '../../../src/lib/lab';

const settings: MeasureSettings = { warmups: 3, runs: 6, minRuns: 6, timeBudgetMs: 60_000, minRegionMs: 0.01, probes: [] };

function prepared() {
  const a = tf.ones([64, 64]);
  const b = tf.ones([64, 64]);
  return { run: () => tf.matMul(a, b), dispose: () => tf.dispose([a, b]) };
}

describe('measure (cpu, in Node)', () => {
  it('takes one tf.time() kernel sample after each timed region, so both are measured under the same load', async () => {
    await useBackend('cpu');
    const op = prepared();
    const before = tf.memory().numTensors;
    const measured = await measure({ tf: tf as unknown as Tf, prepared: op, settings, kernelMeasurable: true, onPhase: () => {} });
    expect(measured.samplesMs).toHaveLength(6);
    expect(measured.kernelSamplesMs).toHaveLength(measured.samplesMs.length);
    expect(measured.kernelMs).toBe(median(measured.kernelSamplesMs));
    expect(tf.memory().numTensors).toBe(before);
    op.dispose();
  });

  it('reports no kernel time where the backend cannot measure it', async () => {
    await useBackend('cpu');
    const op = prepared();
    const measured = await measure({ tf: tf as unknown as Tf, prepared: op, settings, kernelMeasurable: false, onPhase: () => {} });
    expect(measured.kernelSamplesMs).toEqual([]);
    expect(measured.kernelMs).toBeNull();
    op.dispose();
  });
});
