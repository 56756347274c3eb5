// The evidence behind the experiment's verdict, read off runs of one configuration: each net's test accuracy
// per seed, its validation accuracy per epoch over seeds, and the same curves against seconds of training.
// Pure: /effective/ computes these at build time from the shipped file, /train/class/ from the class's runs.
import { seedSummary, type SeedSummary } from '../stats/summary';
import { batchesPerEpoch, type TrainConfig } from './config';
import { EXPERIMENT_NETWORK_IDS, type NetworkId } from './networks';

/** What the evidence needs of a run (a shipped run, or a student's). */
export interface EvidenceRun {
  readonly network: NetworkId;
  readonly seed: number;
  readonly testAccuracy: number;
  readonly epochs: readonly { readonly epoch: number; readonly validationAccuracy: number }[];
}

/** One net's row of the per-seed table: each seed's test accuracy (0–1) in seed order, and their summary. */
export interface SeedRow {
  readonly network: NetworkId;
  readonly runs: readonly { readonly seed: number; readonly testAccuracy: number }[];
  readonly summary: SeedSummary;
}

/** The nets that have runs, in the order pages show them. */
export function networksOf(runs: readonly Pick<EvidenceRun, 'network'>[]): NetworkId[] {
  return EXPERIMENT_NETWORK_IDS.filter((id) => runs.some((run) => run.network === id));
}

/** Every seed any net ran, ascending: the per-seed table's columns. */
export function seedsOf(runs: readonly Pick<EvidenceRun, 'seed'>[]): number[] {
  return [...new Set(runs.map((run) => run.seed))].sort((a, b) => a - b);
}

/** One row per net with runs: its runs' test accuracies in seed order, with mean and SD over seeds. */
export function seedRows(runs: readonly EvidenceRun[]): SeedRow[] {
  return networksOf(runs).map((network) => {
    const own = runs.filter((run) => run.network === network).sort((a, b) => a.seed - b.seed);
    return { network, runs: own.map(({ seed, testAccuracy }) => ({ seed, testAccuracy })), summary: seedSummary(own.map((run) => run.testAccuracy)) };
  });
}

/** A net's validation accuracy after one epoch, over its seeds: mean, lowest and highest (0–1). */
export interface CurvePoint {
  readonly network: NetworkId;
  readonly epoch: number;
  readonly mean: number;
  readonly low: number;
  readonly high: number;
  readonly seeds: number;
}

/** Each net's validation accuracy per epoch: the mean over its seeds and the band from the lowest seed to the highest. */
export function validationCurves(runs: readonly EvidenceRun[]): CurvePoint[] {
  return networksOf(runs).flatMap((network) => {
    const own = runs.filter((run) => run.network === network);
    const epochs = Math.min(...own.map((run) => run.epochs.length));
    return Array.from({ length: epochs }, (_, index) => {
      const values = own.map((run) => run.epochs[index]!.validationAccuracy);
      const summary = seedSummary(values);
      return { network, epoch: index + 1, mean: summary.mean, low: summary.min, high: summary.max, seeds: summary.seeds };
    });
  });
}

/** A net's mean validation accuracy (0–1) after `epoch` epochs, and the seconds of training that took. */
export interface TimePoint {
  readonly network: NetworkId;
  readonly epoch: number;
  readonly seconds: number;
  readonly accuracy: number;
}

/**
 * The curves against training time: epoch e of a net ends after e × batches per epoch × its ms per batch.
 * Validation is not counted (it is the same 1,000 digits for every net, and not training).
 */
export function accuracyOverTime(curves: readonly CurvePoint[], config: Pick<TrainConfig, 'trainCount' | 'batchSize'>, msPerBatch: Partial<Record<NetworkId, number>>): TimePoint[] {
  const batches = batchesPerEpoch(config);
  return curves.map((point) => {
    const ms = msPerBatch[point.network];
    if (ms === undefined || !(ms > 0)) throw new Error(`invalid msPerBatch: ${ms} for ${point.network}`);
    return { network: point.network, epoch: point.epoch, seconds: (point.epoch * batches * ms) / 1000, accuracy: point.mean };
  });
}

/** Where each net stands after the same seconds of training: its last finished epoch then (0: none yet) and its accuracy after it. */
export interface SameTimeStanding {
  readonly network: NetworkId;
  readonly epochs: number;
  readonly accuracy: number | undefined;
}

/** The reading at one budget: every net's standing, the net ahead, and by how many points over the next. */
export interface SameTimeReading {
  readonly seconds: number;
  /** The net that finished all its epochs at this budget. */
  readonly finished: NetworkId;
  readonly standings: readonly SameTimeStanding[];
  /** The net with the highest accuracy at that budget, or undefined when its lead is within the noise (`levelPoints`). */
  readonly ahead: NetworkId | undefined;
  /** The leader's margin over the next net with a finished epoch, in points (Infinity when no other has one). */
  readonly marginPoints: number;
}

/** Where every net stands after `seconds` of training: the last epoch each has finished by then, and who leads. */
function readingAt(points: readonly TimePoint[], networks: readonly NetworkId[], finished: NetworkId, seconds: number, levelPoints: number): SameTimeReading {
  const standings = networks.map((network) => {
    const done = points.filter((point) => point.network === network && point.seconds <= seconds * (1 + 1e-9));
    const last = done.reduce<TimePoint | undefined>((latest, point) => (!latest || point.epoch > latest.epoch ? point : latest), undefined);
    return { network, epochs: last?.epoch ?? 0, accuracy: last?.accuracy };
  });
  const ranked = standings.filter((standing) => standing.accuracy !== undefined).sort((a, b) => b.accuracy! - a.accuracy!);
  const marginPoints = ranked.length > 1 ? (ranked[0]!.accuracy! - ranked[1]!.accuracy!) * 100 : Infinity;
  return { seconds, finished, standings, ahead: marginPoints >= levelPoints ? ranked[0]?.network : undefined, marginPoints };
}

/**
 * "For the same seconds of training, which net is ahead?", read each time a net finishes all its epochs, except the
 * last (when every net is done, the final accuracies answer): each net counts only the epochs it has finished by
 * then. A lead smaller than `levelPoints` (the noise of the validation digits) is called level rather than a lead.
 * With fewer than two nets there is nothing to compare: no readings.
 */
export function sameTimeReadings(points: readonly TimePoint[], levelPoints: number): SameTimeReading[] {
  const networks = networksOf(points);
  if (networks.length < 2) return [];
  const finish = (network: NetworkId) => Math.max(...points.filter((point) => point.network === network).map((point) => point.seconds));
  const order = [...networks].sort((a, b) => finish(a) - finish(b));
  return order.slice(0, -1).map((network) => readingAt(points, networks, network, finish(network), levelPoints));
}

/**
 * About how far apart two accuracies near `accuracy` on `digits` digits may lie by chance, in points: 1.96 binomial
 * standard errors of one accuracy (1.2 points for 96 % on 1,000 digits) — the line below which a lead is called level.
 */
export function levelMarginPoints(accuracy: number, digits: number): number {
  if (!(digits > 0) || !(accuracy >= 0 && accuracy <= 1)) throw new Error(`invalid accuracy or digits: ${accuracy} on ${digits}`);
  return 1.96 * Math.sqrt((accuracy * (1 - accuracy)) / digits) * 100;
}
