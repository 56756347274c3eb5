// The experiment's statistics read off a results file (format 2): each net's accuracy over seeds and the
// verdict on each pair, its interval computed from the runs' per-digit predictions (src/lib/stats).
import { gapVerdict, pairedGap, seedSummary, type GapInterval, type GapOptions, type GapVerdict, type SeedSummary } from '../stats';
import type { ConfigName } from './config';
import type { NetworkId } from './networks';
import { decodeDigits, runsOf, type ExperimentResults } from './experiment-format';

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

/** Compares two nets under one configuration, pairing their runs by seed; needs at least 2 paired seeds. */
export function compareNets(file: Pick<ExperimentResults, 'runs' | 'testLabels' | 'configurations'>, configuration: ConfigName, pair: readonly [NetworkId, NetworkId], options: GapOptions = {}): Comparison {
  const [first, second] = pair;
  const config = file.configurations[configuration];
  if (!config) throw new Error(`invalid results: no configuration "${configuration}"`);
  const seconds = new Map(runsOf(file, configuration, second).map((run) => [run.seed, run]));
  const firsts = runsOf(file, configuration, first);
  const pairs = firsts.flatMap((run) => {
    const other = seconds.get(run.seed);
    return other ? [{ seed: run.seed, first: decodeDigits(run.testPredictions), second: decodeDigits(other.testPredictions) }] : [];
  });
  const paired = new Set(pairs.map((entry) => entry.seed));
  const unpaired = [...firsts.map((run) => run.seed), ...seconds.keys()].filter((seed) => !paired.has(seed));
  const interval = pairedGap(decodeDigits(file.testLabels), pairs, options);
  const verdict = gapVerdict(interval, { seeds: pairs.length, trainCount: config.trainCount, epochs: config.epochs });
  return { first, second, interval, verdict, unpaired: [...new Set(unpaired)].sort((a, b) => a - b) };
}
