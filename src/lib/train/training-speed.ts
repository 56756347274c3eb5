// The one place accuracy-against-time reads each net's ms per training batch from. The reference's own
// msPerBatch is wall time of processes that trained side by side (and, for earlier references, beside other
// work); a benchmark run on a quiet machine (`npm run bench:train`) replaces them here, in one edit, and every
// page and test follows.
import type { ConfigName } from './config';
import { median } from '../lab/stats';
import { experimentStrings } from '../strings/experiment';
import type { ExperimentResults } from './experiment-format';
import { networksOf } from './evidence';
import type { NetworkId } from './networks';

/** Ms per training batch measured on a quiet machine: where, when, on which backend, and the figures. */
export interface QuietTiming {
  readonly backend: string;
  /** The machine, in words ("a 2-core laptop, nothing else running"). */
  readonly machine: string;
  /** When it was measured (ISO date). */
  readonly measured: string;
  readonly msPerBatch: Readonly<Partial<Record<NetworkId, number>>>;
}

/**
 * Quiet-machine ms per batch on the reference backend, or null while none are measured (then the reference's
 * own figures are used and the page says so). Filled in from `npm run bench:train` on a machine doing nothing else.
 */
export const QUIET_TIMING: QuietTiming | null = {
  backend: 'wasm',
  machine: experimentStrings.quietMachine,
  measured: '2026-12-07',
  // `npm run bench:train-node -- --rounds 5 --batches 10`: medians of 45 batches of 64 per net, the direct gradient kernels.
  msPerBatch: { standard: 126, separable: 97, thin: 39 },
};

/** The ms per batch a page plots accuracy against, and where they come from. */
export type TrainingSpeed =
  | { readonly source: 'quiet'; readonly timing: QuietTiming; readonly msPerBatch: Readonly<Partial<Record<NetworkId, number>>> }
  | { readonly source: 'reference'; readonly backend: string; readonly msPerBatch: Readonly<Partial<Record<NetworkId, number>>> };


/**
 * Each net's ms per batch for `configuration`: the quiet figures when `quiet` has one for every net that ran,
 * otherwise the median over seeds of the runs' own msPerBatch (wall time, shared machine).
 */
export function trainingSpeed(file: Pick<ExperimentResults, 'runs' | 'backend'>, configuration: ConfigName, quiet: QuietTiming | null = QUIET_TIMING): TrainingSpeed {
  const runs = file.runs.filter((run) => run.configuration === configuration);
  const networks = networksOf(runs);
  if (networks.length === 0) throw new Error(`invalid results: no ${configuration} runs`);
  if (quiet && networks.every((network) => (quiet.msPerBatch[network] ?? 0) > 0)) return { source: 'quiet', timing: quiet, msPerBatch: quiet.msPerBatch };
  const msPerBatch = Object.fromEntries(networks.map((network) => [network, median(runs.filter((run) => run.network === network).map((run) => run.msPerBatch))]));
  return { source: 'reference', backend: file.backend, msPerBatch };
}
