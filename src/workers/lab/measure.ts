// The timing loop: first run, warmups, calibrated timed regions, and tf.time() kernel times.
import type { Tensor } from '@tensorflow/tfjs-core';
import type { Tf } from '../tf-backend';
import { median, summarize, type LabPhase, type MeasureSettings, type TimingSummary } from '../../lib/lab';
import type { Prepared } from './kernels';

/** What the loop measured for one prepared op or probe on the active backend. */
export interface Measurement {
  /** The first run in ms, including shader compilation or weight packing and reading the full output back. */
  firstRunMs: number;
  /** The first run's full output, for the correctness check. */
  firstOutput: Float32Array;
  /** Runs inside each timed region. */
  reps: number;
  /** Per-run ms, one per timed region. */
  samplesMs: number[];
  summary: TimingSummary;
  /** Median tf.time() kernel ms, or null when not measurable on this backend. */
  kernelMs: number | null;
  /** One tf.time() kernel ms per timed region (empty when not measurable). */
  kernelSamplesMs: number[];
}

/** Options for {@link measure}. */
export interface MeasureOptions {
  tf: Tf;
  prepared: Prepared;
  settings: MeasureSettings;
  /** Whether tf.time() reports real kernel time on the active backend. */
  kernelMeasurable: boolean;
  onPhase: (phase: LabPhase) => void;
}

/** Most runs repeated inside one timed region, however fast the op. */
const MAX_REPS = 4096;

/**
 * One run: the op, then `await data()` on a one-element slice of its output, which cannot resolve
 * before the device has finished the whole op, but keeps megabytes of read-back out of the time.
 */
async function runOnce(tf: Tf, prepared: Prepared): Promise<void> {
  const output = prepared.run();
  const corner = tf.tidy(() => tf.slice(tf.reshape(output, [-1]), 0, 1));
  await corner.data();
  tf.dispose([output, corner]);
}

/** One tf.time() call of the op: the backend's own kernel time in ms, or null when it reports none. */
async function kernelSample(tf: Tf, prepared: Prepared): Promise<number | null> {
  let output: Tensor | undefined;
  const info = await tf.time(() => { output = prepared.run(); });
  if (output) {
    await output.data();
    output.dispose();
  }
  return typeof info.kernelMs === 'number' && Number.isFinite(info.kernelMs) && info.kernelMs > 0 ? info.kernelMs : null;
}

/** Times one prepared op on the active backend as the page describes it. */
export async function measure(options: MeasureOptions): Promise<Measurement> {
  const { tf, prepared, settings } = options;
  options.onPhase('first');
  const firstStart = performance.now();
  const output = prepared.run();
  const firstOutput = (await output.data()) as Float32Array;
  const firstRunMs = performance.now() - firstStart;
  output.dispose();

  options.onPhase('warmup');
  const warmupMs: number[] = [];
  for (let index = 0; index < settings.warmups; index += 1) {
    const start = performance.now();
    await runOnce(tf, prepared);
    warmupMs.push(performance.now() - start);
  }
  const typicalMs = Math.max(median(warmupMs), 1e-3);
  const reps = Math.min(MAX_REPS, Math.max(1, Math.ceil(settings.minRegionMs / typicalMs)));

  options.onPhase('timed');
  const samplesMs: number[] = [];
  // One tf.time() call after each timed region, so kernel times are taken under the same load as the wall times
  // they are compared with (three calls at the end, as before, caught whatever else the machine did just then).
  const kernelSamplesMs: number[] = [];
  const budgetStart = performance.now();
  while (samplesMs.length < settings.runs
    && (samplesMs.length < settings.minRuns || performance.now() - budgetStart < settings.timeBudgetMs)) {
    const start = performance.now();
    for (let rep = 0; rep < reps; rep += 1) await runOnce(tf, prepared);
    samplesMs.push((performance.now() - start) / reps);
    const kernel = options.kernelMeasurable ? await kernelSample(tf, prepared) : null;
    if (kernel !== null) kernelSamplesMs.push(kernel);
  }
  const kernelMs = kernelSamplesMs.length === 0 ? null : median(kernelSamplesMs);
  return { firstRunMs, firstOutput, reps, samplesMs, summary: summarize(samplesMs), kernelMs, kernelSamplesMs };
}
