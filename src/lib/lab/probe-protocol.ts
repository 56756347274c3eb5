/**
 * The machine's probes as a job of the job table (`probes`, src/workers/probes.worker.ts), and the
 * messages between the probe coordinator and its probe threads (src/workers/probes/), as zod/mini
 * schemas: the schema is the type. Kept out of src/lib/lab/index.ts so no page pulls zod in through it.
 */
import * as z from 'zod/mini';
import { NO_DETAIL } from '../jobs/protocol';
import type { JobGroup } from '../jobs/spec';
import { MachineProbeResultSchema } from './results-schema';

const CpuMemoryProbeSchema = z.enum(['wasm-copy', 'wasm-triad', 'js-set']);

/**
 * Coordinator → probe thread: run `steps` steps of the compute kernel once (relaxed: the relaxed-SIMD kernel), or
 * `passes` passes of a STREAM kernel back to back over the thread's own arrays of `floats` floats (the first request
 * of a probe also allocates them and checks one untimed pass).
 */
export const ProbeThreadRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('madd'), steps: z.number(), relaxed: z.boolean() }),
  z.object({ type: z.literal('stream'), probe: CpuMemoryProbeSchema, floats: z.number(), passes: z.number() }),
]);

/**
 * Probe thread → coordinator: the call's own ms and its checked result (the compute kernel's sum, or the floats per
 * array a STREAM request ran over), or why it failed.
 */
export const ProbeThreadReplySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('done'), ms: z.number(), value: z.number() }),
  z.object({ type: z.literal('failed'), message: z.string() }),
]);

/** A request to a probe thread. */
export type ProbeThreadRequest = z.infer<typeof ProbeThreadRequestSchema>;

/** A probe thread's reply. */
export type ProbeThreadReply = z.infer<typeof ProbeThreadReplySchema>;

/** The stages of a probe run, in order: memory and compute on one thread, then on every thread, then the GPU. */
export const ProbeStageSchema = z.enum(['memory', 'compute', 'memory-threads', 'compute-threads', 'gpu']);

/** A stage of a probe run. */
export type ProbeStage = z.infer<typeof ProbeStageSchema>;

/** The probes worker's jobs, by name. */
export const PROBE_JOBS = {
  /**
   * Measures the machine's own limits: STREAM bandwidth and the wasm SIMD peak on one thread and on `threads` threads
   * at once, and (with `gpu`) WebGPU's copy and multiply-add where an adapter is offered. A stage that fails is
   * reported and the run goes on; each result is an event the moment it exists, and the result lists them all.
   */
  'machine-probes': {
    input: z.object({ threads: z.int().check(z.gte(1)), gpu: z.boolean() }),
    result: z.object({ results: z.array(MachineProbeResultSchema) }),
    failure: NO_DETAIL,
    events: {
      /** A stage starts. */
      stage: z.object({ stage: ProbeStageSchema }),
      /** One probe's result. */
      result: MachineProbeResultSchema,
      /** A stage could not run here, and why (the others still run). */
      'stage-failed': z.object({ stage: ProbeStageSchema, message: z.string() }),
    },
  },
} as const satisfies JobGroup;
