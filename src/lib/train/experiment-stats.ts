// The experiment's statistics read off a results file (format 2): each net's accuracy over seeds and the
// verdict on each pair, its interval computed from the runs' per-digit predictions (src/lib/stats).
import { gapVerdict, pairedCorrectnessGap, seedSummary, type GapInterval, type GapOptions, type GapVerdict, type SeedSummary } from '../stats';
import type { ConfigName } from './config';
import type { NetworkId } from './networks';
import { decodeDigits, runsOf, type ExperimentResults } from './experiment-format';
import { correctness } from './run-link';

/** The pairs the experiment compares: the separable net against the standard net, and against the parameter-matched thin net. */
export const COMPARISONS: readonly (readonly [NetworkId, NetworkId])[] = [['separable', 'standard'], ['separable', 'thin']];

/** Mean and SD over seeds of one net's test accuracy under one configuration. */
export function netSummary(file: Pick<ExperimentResults, 'runs'>, configuration: ConfigName, network: NetworkId): SeedSummary {
  const runs = runsOf(file, configuration, network);
  if (runs.length === 0) throw new Error(`invalid results: no ${configuration} runs of ${network}`);
  return seedSummary(runs.map((run) => run.testAccuracy));
}

/** One comparison: the interval and verdict for `first` − `second`, over the seeds both nets ran. */
export interface Comparison {
  readonly first: NetworkId;
  readonly second: NetworkId;
  readonly interval: GapInterval;
  readonly verdict: GapVerdict;
  /** Seeds only one of the two nets ran (left out of the pairs). */
  readonly unpaired: readonly number[];
}

/** A run as a comparison needs it: its net, its seed, and whether it got each test digit right (1) or wrong (0), in test order. */
export interface ScoredRun {
  readonly network: NetworkId;
  readonly seed: number;
  readonly correct: ArrayLike<number>;
}

/**
 * Compares two nets over runs of one configuration (`scope`: its training digits and epochs), pairing their runs
 * by seed; every run is scored on the same `digits` test digits; needs at least 2 paired seeds.
 */
export function compareRuns(runs: readonly ScoredRun[], pair: readonly [NetworkId, NetworkId], scope: { trainCount: number; epochs: number; digits: number }, options: GapOptions = {}): Comparison {
  const [first, second] = pair;
  const of = (network: NetworkId) => runs.filter((run) => run.network === network).sort((a, b) => a.seed - b.seed);
  const seconds = new Map(of(second).map((run) => [run.seed, run]));
  const firsts = of(first);
  const pairs = firsts.flatMap((run) => {
    const other = seconds.get(run.seed);
    return other ? [{ seed: run.seed, first: run.correct, second: other.correct }] : [];
  });
  const paired = new Set(pairs.map((entry) => entry.seed));
  const unpaired = [...firsts.map((run) => run.seed), ...seconds.keys()].filter((seed) => !paired.has(seed));
  const interval = pairedCorrectnessGap(scope.digits, pairs, options);
  const verdict = gapVerdict(interval, { seeds: pairs.length, trainCount: scope.trainCount, epochs: scope.epochs });
  return { first, second, interval, verdict, unpaired: [...new Set(unpaired)].sort((a, b) => a - b) };
}

/** Compares two nets under one configuration of a results file, pairing their runs by seed; needs at least 2 paired seeds. */
export function compareNets(file: Pick<ExperimentResults, 'runs' | 'testLabels' | 'configurations'>, configuration: ConfigName, pair: readonly [NetworkId, NetworkId], options: GapOptions = {}): Comparison {
  const config = file.configurations[configuration];
  if (!config) throw new Error(`invalid results: no configuration "${configuration}"`);
  const runs = file.runs.filter((run) => run.configuration === configuration && pair.includes(run.network))
    .map((run) => ({ network: run.network, seed: run.seed, correct: correctness(decodeDigits(run.testPredictions), decodeDigits(file.testLabels)) }));
  return compareRuns(runs, pair, { trainCount: config.trainCount, epochs: config.epochs, digits: file.testLabels.length }, options);
}

/** One pair's outcome over a set of runs: its comparison, or why there is none yet (one net absent, or too few paired seeds). */
export type PairOutcome =
  | { readonly pair: readonly [NetworkId, NetworkId]; readonly kind: 'compared'; readonly comparison: Comparison }
  | { readonly pair: readonly [NetworkId, NetworkId]; readonly kind: 'too-few'; readonly paired: number }
  | { readonly pair: readonly [NetworkId, NetworkId]; readonly kind: 'absent'; readonly missing: NetworkId };

/** Every pair of {@link COMPARISONS} over runs of one configuration: compared when both nets share at least 2 seeds. */
export function comparisonsOf(runs: readonly ScoredRun[], scope: { trainCount: number; epochs: number; digits: number }, options: GapOptions = {}): PairOutcome[] {
  return COMPARISONS.map((pair): PairOutcome => {
    const missing = pair.find((network) => !runs.some((run) => run.network === network));
    if (missing) return { pair, kind: 'absent', missing };
    const seconds = new Set(runs.filter((run) => run.network === pair[1]).map((run) => run.seed));
    const paired = new Set(runs.filter((run) => run.network === pair[0] && seconds.has(run.seed)).map((run) => run.seed)).size;
    return paired < 2 ? { pair, kind: 'too-few', paired } : { pair, kind: 'compared', comparison: compareRuns(runs, pair, scope, options) };
  });
}
