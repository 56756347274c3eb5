// `npm run bench:train`: ms per training batch (64 digits: forward, backward, Adam step) of both /train/
// networks in headless Chromium's worker on wasm, webgl (SwiftShader) and cpu, with today's (im2col)
// and the new (direct) gradient kernels side by side, interleaved round by round; kernel calls per
// step; the separable / standard ratios beside the multiply-add ratio; and, per backend and net, where
// one step's time goes (src/workers/train/profile-step.ts). Then the same comparison on wasm in Node
// (bench/lib/train-node.mjs), with the load average. `--browser-only` skips the Node half;
// TRAIN_BACKENDS=wasm,webgl (default wasm,webgl,cpu) picks the browser backends.
// Each run trains a fresh model from seed 1; its first batch is a warm-up and is not counted (cpu runs
// one batch, counted as it is). Medians, reported, never asserted.
import { availableParallelism, cpus, loadavg } from 'node:os';
import { openSite, writeResults } from './lib/browser.mjs';
import { runNodeHalf } from './lib/train-node.mjs';
import { formatLoad, printComparison, printProfile, printProfileCheck, printRatios, summarize } from './lib/train-report.mjs';

// cpu's loop kernels take tens of seconds per batch: one run of one batch, new kernels only (cpu's convolution gradients are its own).
// Profiled steps: the one of median wall time is printed.
const PLAN = [
  { backend: 'wasm', sets: ['im2col', 'direct'], rounds: 3, batches: 5, profiledSteps: 3 },
  { backend: 'webgl', sets: ['im2col', 'direct'], rounds: 2, batches: 3, profiledSteps: 3 },
  { backend: 'cpu', sets: ['direct'], rounds: 1, batches: 1, profiledSteps: 1 },
];
const BACKENDS = (process.env.TRAIN_BACKENDS ?? 'wasm,webgl,cpu').split(',');
const NETWORKS = ['standard', 'separable'];
const BATCH_SIZE = 64;

const site = await openSite({ extraArgs: ['--enable-unsafe-swiftshader', '--use-angle=swiftshader'] });
const load = { before: loadavg() };
const browser = {};
try {
  for (const { backend, sets, rounds, batches, profiledSteps } of PLAN.filter((plan) => BACKENDS.includes(plan.backend))) {
    const page = await site.browser.newPage();
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(`${site.origin}/test/train-bench/`);
    await page.waitForFunction(() => typeof window.benchTrainRun === 'function');
    const runs = [];
    const tables = {};
    let used;
    let multiplyAdds = {};
    for (let round = 1; round <= rounds; round += 1) {
      for (const kernels of sets) {
        for (const network of NETWORKS) {
          process.stderr.write(`\r${backend}, round ${round} of ${rounds}: ${kernels} ${network}      `);
          const result = await page.evaluate((request) => window.benchTrainRun(request), { backend, network, kernels, batches, batchSize: BATCH_SIZE, profiledSteps });
          used = result.backend;
          multiplyAdds[network] = result.multiplyAdds;
          runs.push({ round, kernels, network, batchMs: result.batchMs, kernelCalls: result.profile.kernelCalls, stepMs: result.profile.stepMs });
          tables[`${kernels} ${network}`] = { table: result.table, slowestKernels: result.slowestKernels };
        }
      }
    }
    process.stderr.write('\n');
    await page.close();
    browser[backend] = { used, runs, tables, multiplyAdds, groups: summarize(runs) };
  }
} finally {
  await site.close();
}
load.after = loadavg();

const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores`;
console.log(`## Headless Chromium worker, ${machine}, ${new Date().toISOString().slice(0, 10)}`);
console.log(`Load average (1, 5, 15 min) before: ${formatLoad(load.before)}; after: ${formatLoad(load.after)}.`);
for (const [backend, { used, groups, multiplyAdds }] of Object.entries(browser)) {
  const name = used?.used === backend ? backend : `${backend} (fell back to ${used?.used}: ${used?.fallbackReason})`;
  printComparison(`Gradient kernels on ${name}: today vs new`, groups);
  printRatios(`Separable vs standard on ${name}`, groups, multiplyAdds);
  printProfileCheck(`Profiling's own cost on ${name}: a profiled step (median of the runs' median steps) against an unprofiled batch`, groups);
}
for (const { tables } of Object.values(browser)) {
  for (const network of NETWORKS) printProfile(tables[`direct ${network}`].table, tables[`direct ${network}`].slowestKernels);
}

const node = process.argv.includes('--browser-only') ? undefined : await runNodeHalf();
console.log(`\nWrote ${writeResults('train', { batchSize: BATCH_SIZE, machine, load, browser, node })}`);
