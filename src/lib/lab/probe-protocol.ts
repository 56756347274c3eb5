// The messages between the probe coordinator and its probe threads (src/workers/probes/), as zod/mini
// schemas: the schema is the type. Kept out of src/lib/lab/index.ts so no page pulls zod in through it.
import * as z from 'zod/mini';

/** Coordinator → probe thread: run `steps` steps of the compute kernel once (relaxed: the relaxed-SIMD kernel). */
export const ProbeThreadRequestSchema = z.object({ type: z.literal('madd'), steps: z.number(), relaxed: z.boolean() });

/** Probe thread → coordinator: the call's own ms and its result (the sum the reference checks), or why it failed. */
export const ProbeThreadReplySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('done'), ms: z.number(), value: z.number() }),
  z.object({ type: z.literal('failed'), message: z.string() }),
]);

/** A request to a probe thread. */
export type ProbeThreadRequest = z.infer<typeof ProbeThreadRequestSchema>;

/** A probe thread's reply. */
export type ProbeThreadReply = z.infer<typeof ProbeThreadReplySchema>;

const MachineProbeResultSchema = z.object({
  probe: z.enum(['wasm-copy', 'wasm-triad', 'js-set', 'webgpu-copy', 'wasm-madd', 'wasm-relaxed-madd', 'webgpu-madd']),
  threads: z.number(), size: z.number(), passes: z.number(), best: z.number(), median: z.number(), unit: z.enum(['GB/s', 'GFLOP/s']),
});

/** Probes worker → page: each probe's result as it exists, then the end (with the failure, if one stopped the run). */
export const ProbeRunEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('result'), result: MachineProbeResultSchema }),
  z.object({ type: z.literal('done') }),
  z.object({ type: z.literal('failed'), message: z.string() }),
]);

/** What the probes worker posts. */
export type ProbeRunEvent = z.infer<typeof ProbeRunEventSchema>;
