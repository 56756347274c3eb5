// Printing for `npm run bench:train` and `npm run bench:train-node`: today's (im2col) vs the new
// (direct) gradient kernels per network, the separable / standard ratios, and the step profiles.
import { median, printTable } from './browser.mjs';

/** The two gradient-kernel sets as the tables name them. */
export const SET_NAMES = { im2col: "today's (im2col)", direct: 'new (direct)' };

/**
 * Groups timed runs by kernel set and network: the median ms per batch over every run's batches
 * (each run's first batch is a warm-up and left out, unless a run has one batch), and kernel calls per step.
 */
export function summarize(runs) {
  const groups = {};
  for (const run of runs) {
    const group = (groups[run.kernels] ??= {})[run.network] ??= { batchMs: [], batchCpuMs: [], stepMs: [], kernelCalls: run.kernelCalls, runs: 0 };
    group.batchMs.push(...(run.batchMs.length > 1 ? run.batchMs.slice(1) : run.batchMs));
    group.batchCpuMs.push(...(run.batchCpuMs ?? []).slice(1));
    group.stepMs.push(run.stepMs);
    group.runs += 1;
  }
  for (const networks of Object.values(groups)) {
    for (const group of Object.values(networks)) {
      Object.assign(group, { medianMs: median(group.batchMs), medianStepMs: median(group.stepMs), medianCpuMs: group.batchCpuMs.length > 0 ? median(group.batchCpuMs) : undefined });
    }
  }
  return groups;
}

/** Prints, for the new kernels, the profiled step's wall time beside an unprofiled batch's: what profiling itself adds. */
export function printProfileCheck(title, groups) {
  const { direct } = groups;
  if (!direct) return;
  console.log(`\n${title}\n`);
  printTable(Object.entries(direct).map(([network, group]) => ({
    network,
    'unprofiled ms/batch (median)': group.medianMs.toFixed(0),
    'profiled step ms (median)': group.medianStepMs.toFixed(0),
    'profiled / unprofiled': (group.medianStepMs / group.medianMs).toFixed(2),
  })));
}

/** Prints today's vs the new kernels per network: ms per batch (and CPU ms, where measured), their ratio, kernel calls per step. */
export function printComparison(title, groups) {
  const { im2col, direct } = groups;
  if (!im2col || !direct) return;
  console.log(`\n${title}\n`);
  const cpu = (network) => (direct[network].medianCpuMs === undefined ? {} : {
    [`${SET_NAMES.im2col} CPU ms/batch`]: im2col[network].medianCpuMs.toFixed(0),
    [`${SET_NAMES.direct} CPU ms/batch`]: direct[network].medianCpuMs.toFixed(0),
    'new / today (CPU)': (direct[network].medianCpuMs / im2col[network].medianCpuMs).toFixed(2),
  });
  printTable(Object.keys(direct).map((network) => ({
    network,
    [`${SET_NAMES.im2col} ms/batch`]: im2col[network].medianMs.toFixed(0),
    [`${SET_NAMES.direct} ms/batch`]: direct[network].medianMs.toFixed(0),
    'new / today': (direct[network].medianMs / im2col[network].medianMs).toFixed(2),
    ...cpu(network),
    [`${SET_NAMES.im2col} kernel calls/step`]: im2col[network].kernelCalls,
    [`${SET_NAMES.direct} kernel calls/step`]: direct[network].kernelCalls,
    'batches timed (each set)': direct[network].batchMs.length,
  })));
}

/** Prints, per kernel set, the separable net's time and kernel calls over the standard net's, beside the multiply-add ratio. */
export function printRatios(title, groups, multiplyAdds) {
  console.log(`\n${title}\n`);
  printTable(Object.entries(groups).map(([set, { standard, separable }]) => ({
    kernels: SET_NAMES[set] ?? set,
    'standard ms/batch': standard.medianMs.toFixed(0),
    'separable ms/batch': separable.medianMs.toFixed(0),
    'separable / standard time': (separable.medianMs / standard.medianMs).toFixed(2),
    ...(standard.medianCpuMs === undefined ? {} : { 'separable / standard CPU time': (separable.medianCpuMs / standard.medianCpuMs).toFixed(2) }),
    'separable / standard kernel calls': (separable.kernelCalls / standard.kernelCalls).toFixed(2),
    'separable / standard multiply-adds': (multiplyAdds.separable / multiplyAdds.standard).toFixed(2),
  })));
}

/** Prints one step profile table (src/lib/train/step-profile-table.ts) with its caption and notes, and the step's slowest kernels. */
export function printProfile(table, slowestKernels = []) {
  console.log(`\n${table.caption}\n`);
  printTable(table.rows.map((cells) => Object.fromEntries(table.head.map((head, index) => [head, cells[index]]))));
  for (const note of table.notes) console.log(`\n${note}`);
  if (slowestKernels.length > 0) {
    console.log(`\nSlowest kernels: ${slowestKernels.map(({ kernel, calls, ms }) => `${kernel} ${ms.toFixed(1)} ms (${calls} call${calls === 1 ? '' : 's'})`).join(', ')}.`);
  }
}

/** The load average as the tables print it: 1, 5 and 15 minutes. */
export function formatLoad(load) {
  return load.map((value) => value.toFixed(2)).join(', ');
}
