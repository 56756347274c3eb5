// The timing loop: first run, warmups, calibrated regions of back-to-back runs, and tf.time() kernel times.
//
// A region is N runs of the op back to back. GPU backends queue the N runs and finish them in order,
// so the region ends with one read of one element of the last output, which waits for all of them.
// On cpu and wasm each op has finished when its call returns, so the region ends with the last run:
// there the read is pure cost (TF.js 4.22's wasm slice copies its whole input out of the heap first,
// 1.1 ms for a 56×56×128 output, more than the depthwise op itself). A read after every run (the
// loop before issue 19) timed that read too: 2–3× the op itself for small wasm ops.
import type { Tensor } from '@tensorflow/tfjs-core';
import type { Tf } from '../tf-backend';
import { isBackendName, runsSynchronously } from '../../lib/backends';
import {
  calibrateReps, loopOverhead, median, overheadPerRun, regionMs, sampleRegions, summarize,
  type LabPhase, type LoopOverhead, type MeasureSettings, type TimingSummary,
} from '../../lib/lab';
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
  /** Median per-run ms of plain back-to-back runs with no read at all, taken between the regions (cpu and wasm only, else null). */
  backToBackMs: number | null;
  /** Of each per-run sample, the ms the loop itself costs at `reps` runs per region (from the backend's loop overhead). */
  loopOverheadMs: number;
}

/** Options for {@link measure}. */
export interface MeasureOptions {
  tf: Tf;
  prepared: Prepared;
  settings: MeasureSettings;
  /** Whether tf.time() reports real kernel time on the active backend. */
  kernelMeasurable: boolean;
  /** The loop's own cost on the active backend ({@link backendOverhead}) and the clock's step in ms (`timerStep`). */
  loop: { overhead: LoopOverhead; timerStepMs: number };
  onPhase: (phase: LabPhase) => void;
}

/** Ends a region: `await data()` on a one-element slice, which cannot resolve before the device has run every queued op. */
async function readOne(tf: Tf, output: Tensor): Promise<void> {
  const corner = tf.tidy(() => tf.slice(tf.reshape(output, [-1]), 0, 1));
  await corner.data();
  tf.dispose([output, corner]);
}

/** Times `reps` runs back to back (each output but the last freed at once), then one read unless the backend is synchronous, in ms. */
async function timeRegion(context: { tf: Tf; synchronous: boolean }, prepared: Prepared, reps: number): Promise<number> {
  const start = performance.now();
  let output = prepared.run();
  for (let rep = 1; rep < reps; rep += 1) {
    output.dispose();
    output = prepared.run();
  }
  if (context.synchronous) output.dispose();
  else await readOne(context.tf, output);
  return performance.now() - start;
}

/** Times `reps` runs with nothing but the op and its disposal, in ms: the reference the loop is checked against (synchronous backends only). */
function timePlainRegion(prepared: Prepared, reps: number): number {
  const start = performance.now();
  for (let rep = 0; rep < reps; rep += 1) prepared.run().dispose();
  return performance.now() - start;
}

/** One tf.time() call of the op: the backend's own kernel time in ms, or null when it reports none. */
async function kernelSample(tf: Tf, prepared: Prepared): Promise<number | null> {
  let output: Tensor | undefined;
  const info = await tf.time(() => { output = prepared.run(); });
  if (output) await readOne(tf, output);
  return typeof info.kernelMs === 'number' && Number.isFinite(info.kernelMs) && info.kernelMs > 0 ? info.kernelMs : null;
}

const overheads = new Map<string, LoopOverhead>();

/** Whether the active backend finishes each op before the call returns (cpu, wasm). */
function synchronousBackend(tf: Tf): boolean {
  const backend = tf.getBackend();
  return isBackendName(backend) && runsSynchronously(backend);
}

/** The loop's per-run and per-region cost on the active backend: a one-element add timed at 1 and 32 runs per region, once per worker. */
export async function backendOverhead(tf: Tf): Promise<LoopOverhead> {
  const context = { tf, synchronous: synchronousBackend(tf) };
  const known = overheads.get(tf.getBackend());
  if (known) return known;
  const one = tf.tensor1d([1]);
  const trivial: Prepared = { run: () => tf.add(one, one), dispose: () => one.dispose() };
  const few = { reps: 1, regionsMs: [] as number[] };
  const many = { reps: 32, regionsMs: [] as number[] };
  try {
    for (let round = 0; round < 3; round += 1) await timeRegion(context, trivial, many.reps);
    for (let round = 0; round < 9; round += 1) {
      few.regionsMs.push(await timeRegion(context, trivial, few.reps));
      many.regionsMs.push(await timeRegion(context, trivial, many.reps));
    }
  } finally {
    trivial.dispose();
  }
  const overhead = loopOverhead(few, many);
  overheads.set(tf.getBackend(), overhead);
  return overhead;
}

/** Times one prepared op on the active backend as the page describes it. */
export async function measure(options: MeasureOptions): Promise<Measurement> {
  const { tf, prepared, settings } = options;
  const synchronous = synchronousBackend(tf);
  const context = { tf, synchronous };
  const { overhead, timerStepMs } = options.loop;

  options.onPhase('first');
  const firstStart = performance.now();
  const output = prepared.run();
  const firstOutput = (await output.data()) as Float32Array;
  const firstRunMs = performance.now() - firstStart;
  output.dispose();

  options.onPhase('warmup');
  for (let index = 0; index < settings.warmups; index += 1) await timeRegion(context, prepared, 1);
  const fixedMs = overhead.perRegionMs;
  const targetMs = regionMs({ minRegionMs: settings.minRegionMs, timerStepMs, fixedMs });
  const reps = await calibrateReps((count) => timeRegion(context, prepared, count), { targetMs, fixedMs });

  options.onPhase('timed');
  // After each region: one tf.time() call, so kernel times are taken under the same load as the wall
  // times they are compared with, and on synchronous backends one plain region, side by side with the loop's.
  const kernelSamplesMs: number[] = [];
  const plainSamplesMs: number[] = [];
  const samplesMs = await sampleRegions({
    now: () => performance.now(), settings, reps,
    timeRegion: (count) => timeRegion(context, prepared, count),
    afterRegion: async () => {
      const kernel = options.kernelMeasurable ? await kernelSample(tf, prepared) : null;
      if (kernel !== null) kernelSamplesMs.push(kernel);
      if (synchronous) plainSamplesMs.push(timePlainRegion(prepared, reps) / reps);
    },
  });
  return {
    firstRunMs, firstOutput, reps, samplesMs, summary: summarize(samplesMs),
    kernelMs: kernelSamplesMs.length === 0 ? null : median(kernelSamplesMs), kernelSamplesMs,
    backToBackMs: plainSamplesMs.length === 0 ? null : median(plainSamplesMs),
    loopOverheadMs: overheadPerRun(overhead, reps),
  };
}
