/**
 * The lab results format's schemas (`depthwise-lab-results`, docs/lab-results-schema.md): a run and
 * its parts, every field stated. The types of a run (`LabRun`, `OpResult`, …) are their output. The
 * lab worker's job events use the same schemas (./protocol.ts); files are read through
 * ./results-format.ts. Never imported by a page's first bundle (zod is about 7 KB gzip).
 */
import * as z from 'zod/mini';
import { BackendNameSchema, GpuDeviceSchema } from '../jobs/backend-event';
import type { Exactly } from '../formats/exactly';
import type { GpuDevice } from '../gpu';
import type { MachineProbeId, MachineProbeResult } from './machine-probes';
import { OP_KINDS, type LayerShape, type OpKind, type ProbeSpec } from './ops';
import type { MeasureSettings, PresetId } from './presets';
import type { TimingSummary } from './stats';
import type { LoopOverhead } from './timing-loop';
import { RESULTS_SCHEMA, RESULTS_VERSION } from './results';

/** A layer shape the lab measures (src/lib/lab/ops.ts's LayerShape). */
export const LayerShapeSchema = z.object({
  batch: z.number(), inHeight: z.number(), inWidth: z.number(), inChannels: z.number(), outChannels: z.number(),
  filterSize: z.number(), chMul: z.number(), stride: z.number(), pad: z.enum(['valid', 'same']),
});

/** An op kind (src/lib/lab/ops.ts). */
export const OpKindSchema = z.enum(OP_KINDS as [OpKind, ...OpKind[]]);

/** A timing summary in ms (src/lib/lab/stats.ts). */
export const TimingSummarySchema = z.object({
  count: z.number(), median: z.number(), p10: z.number(), p90: z.number(), min: z.number(), max: z.number(), mean: z.number(), cv: z.number(),
});

/** A roofline probe to run (src/lib/lab/ops.ts). */
export const ProbeSpecSchema = z.object({ id: z.enum(['bandwidth', 'compute']), size: z.number() });

/** How the timing loop ran (src/lib/lab/presets.ts). */
export const MeasureSettingsSchema = z.object({
  warmups: z.number(), runs: z.number(), minRuns: z.number(), timeBudgetMs: z.number(), minRegionMs: z.number(), probes: z.array(ProbeSpecSchema),
});

/** A preset id. */
export const PresetIdSchema = z.enum(['quick', 'mobilenet', 'seed', 'custom']);

export { GpuDeviceSchema };

/** The timing loop's own cost on one backend, in ms (src/lib/lab/timing-loop.ts). */
export const LoopOverheadSchema = z.object({ perRunMs: z.number(), perRegionMs: z.number() });

/** What the lab found about one backend in this browser; `flags` are the TF.js flags that change speed. */
export const BackendInfoSchema = z.object({
  name: BackendNameSchema,
  available: z.boolean(),
  /** Why it is unavailable, in a reader-facing sentence. */
  reason: z.optional(z.string()),
  flags: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  /** The GPU of webgl and webgpu, null for cpu and wasm or when not recorded. */
  gpu: z.nullable(GpuDeviceSchema),
  /** The timing loop's cost on this backend, null when nothing was measured on it or not recorded. */
  loopOverhead: z.nullable(LoopOverheadSchema),
});

/** The machine and browser a run was measured on; null where it was not recorded (or, for the renderer, no WebGL). */
export const EnvironmentSchema = z.object({
  userAgent: z.string(),
  /** navigator.hardwareConcurrency (logical cores). */
  hardwareConcurrency: z.number(),
  /** Whether the page was cross-origin isolated (wasm threads, 5 µs timers); null when not recorded. */
  crossOriginIsolated: z.nullable(z.boolean()),
  /** The WebGL renderer string (unmasked when the browser allows), or null without WebGL. */
  webglRenderer: z.nullable(z.string()),
  /** Smallest step seen in performance.now() inside the worker, in ms (null until the worker reports it). */
  timerResolutionMs: z.nullable(z.number()),
  /** TF.js version that ran the ops ('' when not known). */
  tfjsVersion: z.string(),
});

/** The timings and derived numbers of one op on one backend (units in docs/lab-results-schema.md). */
export const OpResultSchema = z.object({
  opId: z.string(), kind: OpKindSchema, backend: BackendNameSchema, layer: LayerShapeSchema,
  macs: z.number(), bytes: z.number(), intensity: z.number(), reps: z.number(), samplesMs: z.array(z.number()), summary: TimingSummarySchema,
  firstRunMs: z.number(), kernelMs: z.nullable(z.number()), gmacPerSecond: z.number(), gbPerSecond: z.number(), maxAbsDiff: z.nullable(z.number()),
  /** Median ms per run of plain back-to-back runs taken beside the timed regions (cpu and wasm), null on GPU backends or when not recorded. */
  backToBackMs: z.nullable(z.number()),
  /** Of the median, the ms per run the loop itself costs at `reps` runs per region, null when not recorded. */
  loopOverheadMs: z.nullable(z.number()),
});

const MACHINE_PROBE_IDS = ['wasm-copy', 'wasm-triad', 'js-set', 'webgpu-copy', 'wasm-madd', 'wasm-relaxed-madd', 'webgpu-madd'] as const satisfies readonly MachineProbeId[];

/** One of the machine's own probes (src/lib/lab/machine-probes.ts): best and median GB/s or GFLOP/s. */
export const MachineProbeResultSchema = z.object({
  probe: z.enum(MACHINE_PROBE_IDS),
  threads: z.number(), size: z.number(), passes: z.number(), best: z.number(), median: z.number(), unit: z.enum(['GB/s', 'GFLOP/s']),
});

/** One roofline probe on one backend: GB/s (bandwidth) or GFLOP/s (compute) at the median. */
export const ProbeResultSchema = z.object({
  backend: BackendNameSchema, probe: z.enum(['bandwidth', 'compute']), size: z.number(), summary: TimingSummarySchema, value: z.number(),
});

/** The fields of a run that every version states the same way. */
export const RUN_FIELDS = {
  schema: z.literal(RESULTS_SCHEMA),
  id: z.string(),
  createdAt: z.string(),
  machine: z.string(),
  preset: PresetIdSchema,
  settings: MeasureSettingsSchema,
  status: z.enum(['complete', 'cancelled', 'failed']),
  error: z.optional(z.string()),
  /** TF.js's own probes: what TF.js reaches (a large add, a large matMul) on each backend. */
  roofline: z.array(ProbeResultSchema),
  /** Reader-facing notes on items that could not be measured. */
  notes: z.optional(z.array(z.string())),
};

/** One whole run, every field stated: what was asked, where it ran and everything measured so far. */
export const LabRunSchema = z.object({
  ...RUN_FIELDS,
  version: z.literal(RESULTS_VERSION),
  environment: EnvironmentSchema,
  backends: z.array(BackendInfoSchema),
  results: z.array(OpResultSchema),
  /** The machine's own probes, run before the ops (an empty list when none could run), or null when not measured. */
  machineProbes: z.nullable(z.array(MachineProbeResultSchema)),
});

/** What the lab found about one backend in this browser. */
export type BackendInfo = z.infer<typeof BackendInfoSchema>;
/** The machine and browser a run was measured on. */
export type Environment = z.infer<typeof EnvironmentSchema>;
/** The timings and derived numbers of one op on one backend. */
export type OpResult = z.infer<typeof OpResultSchema>;
/** One roofline probe on one backend: achievable bandwidth or compute peak. */
export type ProbeResult = z.infer<typeof ProbeResultSchema>;
/** One whole run: what was asked, where it ran and everything measured so far. */
export type LabRun = z.infer<typeof LabRunSchema>;

// The lab's own types (ops.ts, stats.ts, presets.ts) and these schemas must not drift: these fail to compile if they do.
const sameLayer: Exactly<z.infer<typeof LayerShapeSchema>, LayerShape> = true;
const sameSummary: Exactly<z.infer<typeof TimingSummarySchema>, TimingSummary> = true;
const sameProbe: Exactly<z.infer<typeof ProbeSpecSchema>, ProbeSpec> = true;
const sameSettings: Exactly<z.infer<typeof MeasureSettingsSchema>, MeasureSettings> = true;
const samePreset: Exactly<z.infer<typeof PresetIdSchema>, PresetId> = true;
const sameMachineProbe: Exactly<z.infer<typeof MachineProbeResultSchema>, MachineProbeResult> = true;
const sameOverhead: Exactly<z.infer<typeof LoopOverheadSchema>, LoopOverhead> = true;
const sameGpu: Exactly<z.infer<typeof GpuDeviceSchema>, GpuDevice> = true;
void [sameLayer, sameSummary, sameProbe, sameSettings, samePreset, sameMachineProbe, sameOverhead, sameGpu];
