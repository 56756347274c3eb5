/**
 * `npm run bench:train`'s worker (the fixture page tests/fixtures/pages/train-bench.astro starts it;
 * no page of the site does): each message times one run of a /train/ network with a chosen set of
 * gradient kernels and profiles one step (src/workers/train/bench-run.ts), and posts back the
 * result, or `{ error }`. Not a job of the job table: a benchmark-only loop, one request at a time.
 */
import { BenchRequestSchema } from '../lib/train/bench-protocol';
import { benchRun } from './train/bench-run';
import { loadPack } from './train/load-pack';
import { startTrainingTf } from './train/start-tf';

self.onmessage = async (event: MessageEvent<unknown>) => {
  try {
    const request = BenchRequestSchema.parse(event.data);
    const ready = await startTrainingTf(request.backend);
    const data = await loadPack(request.pack);
    const { network, kernels, batches, batchSize, profiledSteps } = request;
    const result = await benchRun(ready.tf, data, { network, kernels, batches, batchSize, profiledSteps });
    self.postMessage({ backend: { used: ready.backend, fallbackReason: ready.fallbackReason }, result });
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
