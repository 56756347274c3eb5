// The shape of one benchmark run as the lab keeps, exports and imports it (schema version 1).
import type { TimingSummary } from './stats';
import type { LayerShape, OpKind } from './ops';
import type { MeasureSettings, PresetId } from './presets';

import type { BackendName } from '../backends';

/** A backend the lab can time, named as TF.js names it (the site's one list of backends). */
export type LabBackend = BackendName;

/** Every backend the lab knows, cpu first because its outputs are the correctness reference. */
export const LAB_BACKENDS: readonly LabBackend[] = ['cpu', 'wasm', 'webgl', 'webgpu'];

/** The `schema` value every results file carries. */
export const RESULTS_SCHEMA = 'depthwise-lab-results';

/** The results format version this code writes and reads. */
export const RESULTS_VERSION = 1;

/** What the lab found about one backend in this browser. */
export interface BackendInfo {
  name: LabBackend;
  available: boolean;
  /** Why it is unavailable, in a reader-facing sentence. */
  reason?: string;
  /** TF.js flags that change speed: SIMD, threads, WebGL version, float precision… */
  flags: Record<string, string | number | boolean>;
}

/** The machine and browser a run was measured on. */
export interface Environment {
  userAgent: string;
  /** navigator.hardwareConcurrency (logical cores). */
  hardwareConcurrency: number;
  /** Whether the page was cross-origin isolated (wasm threads, 5 µs timers). */
  crossOriginIsolated: boolean;
  /** The WebGL renderer string (unmasked when the browser allows), or null without WebGL. */
  webglRenderer: string | null;
  /** Smallest step seen in performance.now() inside the worker, in ms (null until the worker reports it). */
  timerResolutionMs: number | null;
  /** TF.js version that ran the ops. */
  tfjsVersion: string;
}

/** The timings and derived numbers of one op on one backend. */
export interface OpResult {
  opId: string;
  kind: OpKind;
  backend: LabBackend;
  layer: LayerShape;
  /** Multiply-adds of one run. */
  macs: number;
  /** Bytes moved by one run under the stated model (fp32, each tensor once). */
  bytes: number;
  /** Arithmetic intensity in FLOP per byte (1 MAC = 2 FLOP). */
  intensity: number;
  /** Runs inside each timed region (each sample is region time / reps). */
  reps: number;
  /** Per-run milliseconds, one per timed region. */
  samplesMs: number[];
  summary: TimingSummary;
  /** The very first run, including shader compilation or weight packing, in ms. */
  firstRunMs: number;
  /** Median kernel time from tf.time() in ms, or null where the backend cannot measure it. */
  kernelMs: number | null;
  /** Multiply-adds per second at the median, in billions. */
  gmacPerSecond: number;
  /** Bytes moved per second at the median under the bytes model, in GB/s (10⁹ B/s). */
  gbPerSecond: number;
  /** Max abs difference of the output from the cpu backend's on the same inputs, or null when not compared. */
  maxAbsDiff: number | null;
}

/** One roofline probe on one backend: achievable bandwidth or compute peak. */
export interface ProbeResult {
  backend: LabBackend;
  probe: 'bandwidth' | 'compute';
  /** Floats per operand (bandwidth) or matrix side n (compute). */
  size: number;
  summary: TimingSummary;
  /** GB/s for bandwidth, GFLOP/s for compute, at the median. */
  value: number;
}

/** One whole run: what was asked, where it ran and everything measured so far. */
export interface LabRun {
  schema: typeof RESULTS_SCHEMA;
  version: typeof RESULTS_VERSION;
  /** Unique id of the run (also the key in local history). */
  id: string;
  /** ISO 8601 time the run started. */
  createdAt: string;
  /** A short name for the machine, editable by the reader ("Room 4 laptop"). */
  machine: string;
  preset: PresetId;
  settings: MeasureSettings;
  /** complete, cancelled by the reader, or failed with `error`. */
  status: 'complete' | 'cancelled' | 'failed';
  error?: string;
  environment: Environment;
  backends: BackendInfo[];
  results: OpResult[];
  roofline: ProbeResult[];
  /** Reader-facing notes on items that could not be measured (optional). */
  notes?: string[];
}
