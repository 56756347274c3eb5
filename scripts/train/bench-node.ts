// The Node half of `npm run bench:train` (also `npm run bench:train-node`): today's im2col gradient
// kernels and the direct ones timed on wasm in Node — where `npm run train:reference` trains —
// interleaved round by round (im2col standard, im2col separable, direct standard, direct separable,
// then again), so a shared machine's load falls on both alike; plus one step profile per net.
import { loadavg } from 'node:os';
import { EXPERIMENT_NETWORK_IDS, networkCostOf } from '../../src/lib/train/networks';
import type { KernelTotal } from '../../src/lib/train/step-profile';
import { stepProfileTable, type StepProfileTable } from '../../src/lib/train/step-profile-table';
import { trainStrings } from '../../src/lib/strings/train';
import { benchRun } from '../../src/workers/train/bench-run';
import { GRADIENT_KERNEL_SETS } from '../../src/workers/train/wasm-gradients';
import { mnistPack } from './mnist-pack';
import { nodeTrainingTf, tfVersions } from './node-tf';

/** How many interleaved rounds, how many batches per run (the first of each is a warm-up), how many digits per batch. */
export interface NodeBenchOptions {
  rounds: number;
  batches: number;
  batchSize: number;
}

/** One timed run of the Node benchmark. */
export interface NodeBenchRun {
  round: number;
  kernels: string;
  network: string;
  batchMs: number[];
  /** CPU ms of this process per batch: on a shared machine, what the batch cost without the waits for a core. */
  batchCpuMs: number[];
  kernelCalls: number;
  stepMs: number;
}

/** The runs in the order they ran, the last round's profile table (and slowest kernels) per kernel set and net, the load average around them. */
export interface NodeBenchResult {
  runs: NodeBenchRun[];
  tables: Record<string, { table: StepProfileTable; slowestKernels: KernelTotal[] }>;
  loadAverage: { before: number[]; after: number[] };
  versions: Record<string, string>;
  /** Multiply-adds per image of each network (src/lib/cost). */
  multiplyAdds: Record<string, number>;
}

/** This process's CPU time (user + system) in ms. */
function cpuClock(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Runs the interleaved rounds on wasm in Node and returns every run. */
export async function benchNode({ rounds, batches, batchSize }: NodeBenchOptions): Promise<NodeBenchResult> {
  const tf = await nodeTrainingTf();
  const data = mnistPack();
  const before = loadavg();
  const runs: NodeBenchRun[] = [];
  const tables: NodeBenchResult['tables'] = {};
  for (let round = 1; round <= rounds; round += 1) {
    for (const kernels of [...GRADIENT_KERNEL_SETS].reverse()) {
      for (const network of EXPERIMENT_NETWORK_IDS) {
        const result = await benchRun(tf, data, { network, kernels, batches, batchSize, profiledSteps: 3, cpuClock });
        runs.push({ round, kernels, network, batchMs: result.batchMs, batchCpuMs: result.batchCpuMs, kernelCalls: result.profile.kernelCalls, stepMs: result.profile.stepMs });
        const table = stepProfileTable(result.profile, { network: trainStrings.networkNames[network] ?? network, backend: 'wasm (Node)', batchSize });
        tables[`${kernels} ${network}`] = { table, slowestKernels: result.slowestKernels };
        process.stderr.write(`\rNode, round ${round} of ${rounds}: ${kernels} ${network}      `);
      }
    }
  }
  process.stderr.write('\n');
  const multiplyAdds = Object.fromEntries(EXPERIMENT_NETWORK_IDS.map((id) => [id, networkCostOf(id).multiplyAdds]));
  return { runs, tables, loadAverage: { before, after: loadavg() }, versions: tfVersions(), multiplyAdds };
}
