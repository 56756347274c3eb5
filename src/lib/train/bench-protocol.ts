/**
 * The messages of `npm run bench:train`'s worker (src/workers/train-bench.worker.ts, loaded only by
 * the benchmark's fixture page): one request per timed run, answered by its result or an error.
 */
import * as z from 'zod/mini';

/** A request: on `backend`, time `batches` batches of `network` with the `kernels` gradient set, then profile a step. */
export const BenchRequestSchema = z.object({
  backend: z.enum(['wasm', 'cpu', 'webgl', 'webgpu']),
  network: z.enum(['standard', 'separable']),
  kernels: z.enum(['direct', 'im2col']),
  batches: z.int().check(z.gte(1)),
  batchSize: z.int().check(z.gte(1)),
  /** Steps profiled after the timed batches; the median one is reported. */
  profiledSteps: z.int().check(z.gte(1)),
  /** URL of the digit pack. */
  pack: z.string(),
});

/** A request to the benchmark worker. */
export type BenchRequest = z.infer<typeof BenchRequestSchema>;
