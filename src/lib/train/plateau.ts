// Has each net stopped learning by its last epoch? Read off the runs themselves, not assumed from the pilot:
// per seed, the validation loss at the last epoch minus the loss `span` epochs earlier; over seeds, the mean
// change and its 95 % Student-t interval. Every epoch is scored on the same validation digits and the same seed
// trains the whole curve, so the per-seed difference is paired and the digits' own noise largely cancels.
// An interval wholly below zero says the loss was still falling at the end ("still learning"); one that holds
// zero says only that this many seeds cannot detect further change, which is not proof of a plateau.
import { seedSummary } from '../stats/summary';
import { tQuantile } from '../stats/t-interval';
import { networksOf } from './evidence';
import type { NetworkId } from './networks';

/** What the reading needs of a run: its net, seed and per-epoch validation figures. */
export interface PlateauRun {
  readonly network: NetworkId;
  readonly seed: number;
  readonly epochs: readonly { readonly validationLoss: number; readonly validationAccuracy: number }[];
}

/** How much one net's validation loss moved over its last `span` epochs, over its seeds. */
export interface PlateauReading {
  readonly network: NetworkId;
  /** The earlier epoch (1-based) and the last one. */
  readonly from: number;
  readonly to: number;
  readonly seeds: number;
  /** Mean over seeds of loss(to) − loss(from): negative while the net still learns. */
  readonly change: number;
  /** The 95 % interval of that mean (Student's t over the seeds, n − 1 degrees of freedom). */
  readonly low: number;
  readonly high: number;
  /** Mean change of validation accuracy over the same epochs, in points. */
  readonly accuracyPoints: number;
  /** True when the whole interval lies below zero: the loss was still falling when training stopped. */
  readonly stillLearning: boolean;
}

/** The epochs a reading looks back over by default: the last three, as the pilot's flat band was judged. */
export const PLATEAU_SPAN = 3;

/**
 * One reading per net that has at least two seeds with more than `span` epochs (the shortest run sets the last
 * epoch); nets with fewer are left out, since one seed gives no interval.
 */
export function plateauReadings(runs: readonly PlateauRun[], span = PLATEAU_SPAN): PlateauReading[] {
  if (!(Number.isInteger(span) && span >= 1)) throw new Error(`invalid span: ${span} (a whole number of epochs, at least 1)`);
  return networksOf(runs).flatMap((network) => {
    const own = runs.filter((run) => run.network === network);
    const to = Math.min(...own.map((run) => run.epochs.length));
    const from = to - span;
    if (own.length < 2 || from < 1) return [];
    const at = (run: PlateauRun, epoch: number) => run.epochs[epoch - 1]!;
    const loss = seedSummary(own.map((run) => at(run, to).validationLoss - at(run, from).validationLoss));
    const accuracy = seedSummary(own.map((run) => at(run, to).validationAccuracy - at(run, from).validationAccuracy));
    const half = tQuantile(0.975, own.length - 1) * (loss.sd ?? 0) / Math.sqrt(own.length);
    const high = loss.mean + half;
    return [{ network, from, to, seeds: own.length, change: loss.mean, low: loss.mean - half, high, accuracyPoints: accuracy.mean * 100, stillLearning: high < 0 }];
  });
}
