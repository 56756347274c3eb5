/**
 * For `npm run bench:train` only (imported by the fixture page tests/fixtures/pages/train-bench.astro):
 * `window.benchTrainRun(request)` times one run of a /train/ network in the benchmark worker
 * (src/workers/train-bench.worker.ts: the training function /train/ runs, with a chosen set of
 * gradient kernels) and resolves with its batch times, its step profile and that profile as a table.
 */
import type { BenchRequest } from '../../lib/train/bench-protocol';
import { networkCostOf } from '../../lib/train/networks';
import type { KernelTotal, StepProfile } from '../../lib/train/step-profile';
import { stepProfileTable, type StepProfileTable } from '../../lib/train/step-profile-table';
import { trainStrings } from '../../lib/strings/train';

/** What one benchmark run resolves with. */
export interface BenchTrainRunResult {
  /** The backend really used, and why it differs from the request. */
  backend: { used: string; fallbackReason?: string };
  batchMs: number[];
  profile: StepProfile;
  /** The ten slowest kernels of the profiled step. */
  slowestKernels: KernelTotal[];
  table: StepProfileTable;
  /** Multiply-adds per image of the network (src/lib/cost). */
  multiplyAdds: number;
}

type Reply = { error: string } | { backend: BenchTrainRunResult['backend']; result: Pick<BenchTrainRunResult, 'batchMs' | 'profile' | 'slowestKernels'> };

let worker: Worker | undefined;

/** Posts one request to the benchmark worker (started on the first) and waits for its one reply. */
function ask(request: BenchRequest): Promise<Reply> {
  worker ??= new Worker(new URL('../../workers/train-bench.worker.ts', import.meta.url), { type: 'module', name: 'training benchmark' });
  const current = worker;
  return new Promise((resolve, reject) => {
    current.onmessage = (event: MessageEvent<Reply>) => resolve(event.data);
    current.onerror = (event) => reject(new Error(`Error in the benchmark worker: ${event.message}`));
    current.postMessage(request);
  });
}

/** Installs `window.benchTrainRun` for the benchmark page; runs are served one at a time. */
export function installBenchHook(assets: { pack: string }): void {
  (window as unknown as { benchTrainRun: (request: Omit<BenchRequest, 'pack'>) => Promise<BenchTrainRunResult> }).benchTrainRun = async (request) => {
    const reply = await ask({ ...request, pack: assets.pack });
    if ('error' in reply) throw new Error(reply.error);
    const { batchMs, profile, slowestKernels } = reply.result;
    const network = trainStrings.networkNames[request.network] ?? request.network;
    const table = stepProfileTable(profile, { network, backend: reply.backend.used, batchSize: request.batchSize });
    return { backend: reply.backend, batchMs, profile, slowestKernels, table, multiplyAdds: networkCostOf(request.network).multiplyAdds };
  };
}
