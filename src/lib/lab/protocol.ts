/**
 * The lab worker's job group (src/workers/lab.worker.ts): one `lab-run` job that measures a plan
 * backend by backend and emits each finding as an event the moment it exists. Loaded with the
 * worker (see src/lib/jobs/table.ts), never in the lab page's first bundle.
 *
 * Cancel has one meaning in the lab: the page terminates the worker at once. A measurement in
 * progress is synchronous work (a wasm or cpu kernel, a timed region) that no checkpoint could
 * interrupt, and nothing is lost: every result is sent the moment it exists, so the page already
 * holds everything measured when it stops the worker. The job therefore has no checkpoints, and
 * `JobHandle.cancel()` is never used for it (src/client/lab/session.ts).
 */
import * as z from 'zod/mini';
import { BackendNameSchema } from '../jobs/backend-event';
import { NO_DETAIL } from '../jobs/protocol';
import type { JobGroup } from '../jobs/spec';
import type { Exactly } from '../formats/exactly';
import type { OpSpec } from './ops';
import type { PlanItem, RunPlan } from './plan';
import type { Preset } from './presets';
import {
  BackendInfoSchema, GpuDeviceSchema, LayerShapeSchema, LoopOverheadSchema, MeasureSettingsSchema, OpKindSchema, OpResultSchema, PresetIdSchema, ProbeResultSchema, ProbeSpecSchema,
} from './results-schema';

/** A step of a run: the machine's own probes (before any item), then each item's steps. */
export const LabPhaseSchema = z.enum(['machine', 'init', 'reference', 'first', 'warmup', 'timed']);

const OpSpecSchema = z.object({ id: z.string(), kind: OpKindSchema, layer: LayerShapeSchema });
const PresetSchema = z.object({ id: PresetIdSchema, layers: z.array(LayerShapeSchema), settings: MeasureSettingsSchema });
const PlanItemSchema = z.object({
  backend: BackendNameSchema,
  target: z.discriminatedUnion('type', [z.object({ type: z.literal('op'), op: OpSpecSchema }), z.object({ type: z.literal('probe'), probe: ProbeSpecSchema })]),
  work: z.number(),
});

/** A run's plan, as the page's plan code builds it (src/lib/lab/plan.ts). */
export const RunPlanSchema = z.object({ preset: PresetSchema, backends: z.array(BackendNameSchema), ops: z.array(OpSpecSchema), items: z.array(PlanItemSchema) });

/** The lab worker's jobs, by name. */
export const LAB_JOBS = {
  /** Measures every item of `plan`; the run's findings arrive as events, and the job ends when the last item is done. */
  'lab-run': {
    input: z.object({ plan: RunPlanSchema }),
    result: z.undefined(),
    failure: NO_DETAIL,
    events: {
      /** Before the first item: the worker's timer resolution (ms) and the TF.js version that runs the ops. */
      environment: z.object({ timerResolutionMs: z.number(), tfjsVersion: z.string() }),
      /** Item `index` of `total` enters `phase` on `backend`. */
      progress: z.object({ index: z.int(), total: z.int(), phase: LabPhaseSchema, backend: BackendNameSchema }),
      /** Item `index` measured: an op's timings. */
      'op-result': z.object({ index: z.int(), result: OpResultSchema }),
      /** Item `index` measured: a roofline probe. */
      'probe-result': z.object({ index: z.int(), result: ProbeResultSchema }),
      /** `backend` started; its speed-relevant flags and, for webgl and webgpu, the GPU it runs on. */
      'backend-ready': z.object({ backend: BackendNameSchema, flags: BackendInfoSchema.shape.flags, gpu: z.nullable(GpuDeviceSchema) }),
      /** The timing loop's own cost on `backend`, measured once with a trivial op before its first item. */
      'loop-overhead': z.extend(LoopOverheadSchema, { backend: BackendNameSchema }),
      /** `backend` could not start (its items are skipped), and why. */
      'backend-failed': z.object({ backend: BackendNameSchema, reason: z.string() }),
      /** Item `index` could not be measured, and why (the run goes on). */
      'item-failed': z.object({ index: z.int(), message: z.string() }),
      /** Item `index` left `tensors` tensors behind (a bug in the lab; later timings may suffer). */
      leak: z.object({ index: z.int(), tensors: z.number() }),
    },
  },
} as const satisfies JobGroup;

/** A step of a run. */
export type LabPhase = z.infer<typeof LabPhaseSchema>;

// The plan's types (plan.ts, ops.ts, presets.ts) and these schemas must not drift: these fail to compile if they do.
const sameOp: Exactly<z.infer<typeof OpSpecSchema>, OpSpec> = true;
const samePreset: Exactly<z.infer<typeof PresetSchema>, Preset> = true;
const sameItem: Exactly<z.infer<typeof PlanItemSchema>, PlanItem> = true;
const samePlan: Exactly<z.infer<typeof RunPlanSchema>, RunPlan> = true;
void [sameOp, samePreset, sameItem, samePlan];
