// The Node half of the training benchmark, shared by `npm run bench:train` and `npm run bench:train-node`.
import { availableParallelism, cpus } from 'node:os';
import { runTypeScript } from '../../scripts/lib/run-ts.mjs';
import { formatLoad, printComparison, printProfile, printProfileCheck, printRatios, summarize } from './train-report.mjs';

/** Runs the interleaved Node rounds (scripts/train/bench-node.ts), prints them and returns the raw result. */
export async function runNodeHalf({ rounds = 5, batches = 5, batchSize = 64 } = {}) {
  const { benchNode } = await runTypeScript('scripts/train/bench-node.ts');
  const result = await benchNode({ rounds, batches, batchSize });
  const groups = summarize(result.runs);
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores`;
  console.log(`\n## Node ${process.versions.node}, wasm, ${machine}`);
  console.log(`Load average (1, 5, 15 min) before: ${formatLoad(result.loadAverage.before)}; after: ${formatLoad(result.loadAverage.after)}.`);
  console.log(`${rounds} rounds, interleaved (today's then new kernels, each network in turn, each round), ${batches} batches of ${batchSize} per run, the first of each run left out; medians.`);
  console.log("CPU ms: this process's CPU time per batch (process.cpuUsage), what a batch costs without waiting for a core on a shared machine.");
  printComparison('Gradient kernels in Node: today vs new', groups);
  printRatios('Separable vs standard in Node', groups, result.multiplyAdds);
  printProfileCheck("Profiling's own cost in Node: a profiled step against an unprofiled batch", groups);
  for (const network of ['standard', 'separable']) printProfile(result.tables[`direct ${network}`].table, result.tables[`direct ${network}`].slowestKernels);
  return { ...result, machine, groups };
}
