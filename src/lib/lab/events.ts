/**
 * The lab worker's job data as zod/mini schemas: the `lab-run` job's input and the `lab` events
 * it emits (the {@link LabEvent} union of ./protocol.ts, checked here so a malformed message is
 * dropped instead of cast). Loaded with the worker, never in the lab page's first bundle.
 */
import * as z from 'zod/mini';
import { BACKEND_NAMES, type BackendName } from '../backends';
import type { BackendInfo, OpResult, ProbeResult } from './results';
import type { LabEvent, LabPhase } from './protocol';
import type { RunPlan } from './plan';

const backend = z.enum(BACKEND_NAMES as [BackendName, ...BackendName[]]);
const phase = z.enum(['init', 'reference', 'first', 'warmup', 'timed'] satisfies LabPhase[]);
const summary = z.object({ count: z.number(), median: z.number(), p10: z.number(), p90: z.number(), min: z.number(), max: z.number(), mean: z.number(), cv: z.number() });
const layer = z.object({
  batch: z.number(), inHeight: z.number(), inWidth: z.number(), inChannels: z.number(), outChannels: z.number(),
  filterSize: z.number(), chMul: z.number(), stride: z.number(), pad: z.enum(['valid', 'same']),
});
const opResult = z.object({
  opId: z.string(), kind: z.enum(['standard', 'depthwise', 'pointwise', 'separable', 'separableFused']), backend, layer,
  macs: z.number(), bytes: z.number(), intensity: z.number(), reps: z.number(), samplesMs: z.array(z.number()), summary,
  firstRunMs: z.number(), kernelMs: z.nullable(z.number()), gmacPerSecond: z.number(), gbPerSecond: z.number(), maxAbsDiff: z.nullable(z.number()),
});
const probeResult = z.object({ backend, probe: z.enum(['bandwidth', 'compute']), size: z.number(), summary, value: z.number() });
const flags = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));
const runId = { runId: z.string() };

/** One event of a lab run, as the worker emits it under the event name `lab`. */
export const LabEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('started'), ...runId, timerResolutionMs: z.number(), tfjsVersion: z.string() }),
  z.object({ type: z.literal('progress'), ...runId, index: z.int(), total: z.int(), phase, backend }),
  z.object({ type: z.literal('result'), ...runId, index: z.int(), result: opResult }),
  z.object({ type: z.literal('probeResult'), ...runId, index: z.int(), result: probeResult }),
  z.object({ type: z.literal('backendReady'), ...runId, backend, flags }),
  z.object({ type: z.literal('backendFailed'), ...runId, backend, reason: z.string() }),
  z.object({ type: z.literal('itemFailed'), ...runId, index: z.int(), message: z.string() }),
  z.object({ type: z.literal('leak'), ...runId, index: z.int(), tensors: z.number() }),
  z.object({ type: z.literal('done'), ...runId }),
  z.object({ type: z.literal('error'), runId: z.nullable(z.string()), message: z.string() }),
]);

/** The `lab-run` job's input: the run's id and its plan (built by the page's own plan code). */
export const LabRunInputSchema = z.object({
  runId: z.string(),
  plan: z.custom<RunPlan>((value) => typeof value === 'object' && value !== null && Array.isArray((value as RunPlan).items) && Array.isArray((value as RunPlan).backends)),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// The schemas and the hand-written result types must not drift: these fail to compile if they do.
const sameOp: Same<z.infer<typeof opResult>, OpResult> = true;
const sameProbe: Same<z.infer<typeof probeResult>, ProbeResult> = true;
const sameFlags: Same<z.infer<typeof flags>, BackendInfo['flags']> = true;
const sameEvent: Same<z.infer<typeof LabEventSchema>, LabEvent> = true;
void [sameOp, sameProbe, sameFlags, sameEvent];

/** `data` as a LabEvent, or undefined. */
export function parseLabEvent(data: unknown): LabEvent | undefined {
  const parsed = LabEventSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}
