import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tf, useBackend } from '../conv/tfjs';
import { measure } from '../../../src/workers/lab/measure';
import type { Tf } from '../../../src/workers/tf-backend';
import { median, TIMING_LOG_TAG, type MeasureSettings } from '../../../src/lib/lab';

const settings: MeasureSettings = { warmups: 3, runs: 6, minRuns: 6, timeBudgetMs: 60_000, minRegionMs: 0.01, probes: [] };

function prepared() {
  const a = tf.ones([64, 64]);
  const b = tf.ones([64, 64]);
  return { run: () => tf.matMul(a, b), dispose: () => tf.dispose([a, b]) };
}

describe('measure (cpu, in Node)', () => {
  // Each measurement writes one debug line for bench:lab; kept out of the test output.
  beforeEach(() => void vi.spyOn(console, 'debug').mockImplementation(() => undefined));
  afterEach(() => void vi.restoreAllMocks());

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

  it('times plain back-to-back runs beside every region on a synchronous backend, and logs both for bench:lab', async () => {
    await useBackend('wasm');
    const op = prepared();
    const before = tf.memory().numTensors;
    try {
      const measured = await measure({ tf: tf as unknown as Tf, prepared: op, settings, kernelMeasurable: true, onPhase: () => {} });
      expect(measured.backToBackMs).toBeGreaterThan(0);
      expect(measured.loopOverhead.perRunMs).toBeGreaterThanOrEqual(0);
      expect(measured.loopOverhead.perRegionMs).toBeGreaterThanOrEqual(0);
      const line = vi.mocked(console.debug).mock.calls.find(([tag]) => tag === TIMING_LOG_TAG);
      expect(JSON.parse(String(line?.[1]))).toMatchObject({ backend: 'wasm', outputSize: 64 * 64, reps: measured.reps, medianMs: measured.summary.median, backToBackMs: measured.backToBackMs });
      expect(tf.memory().numTensors).toBe(before);
    } finally {
      op.dispose();
    }
  });
});
