/**
 * The gap in test accuracy between two nets, with a 95 % interval that counts both sources of error.
 *
 * Why this design. Every run — every seed of every net — is scored on the same 2,000 test digits, and
 * each seed trains both nets (same seed, same digit order), so the data are paired twice: by seed and
 * by digit. The mean gap ḡ (first net − second, averaged over seeds) is uncertain for two reasons:
 *
 * 1. Seeds. Another set of seeds would give other gaps. The per-seed gaps gₛ vary around their mean;
 *    with 5 seeds their spread is itself poorly known, so the interval uses Student's t over the paired
 *    gaps (variance s²/n, n − 1 degrees of freedom). A bootstrap over 5 seeds would be too narrow: it
 *    treats the 5 observed gaps as the whole population.
 * 2. The test set. Another 2,000 digits would give another ḡ, and averaging seeds does not shrink this
 *    part: every seed saw the same digits. It is estimated by a paired bootstrap over test digits
 *    (bootstrap.ts): each resample draws 2,000 digits with replacement and carries every run's result on
 *    each drawn digit with it, so the correlation between the nets' errors on the same digit — the reason
 *    a paired comparison is sharper than two separate accuracies — is kept. McNemar's test per seed would
 *    answer a different question (is this seed's pair different?) and gives no interval for the mean gap.
 *
 * The two variances add (the seed spread measured on this test set, plus the test set's own sampling
 * variance); their sum over-counts the seed × digit interaction once, by a term 1/(seeds · digits) in
 * size, which errs on the side of a wider interval. The degrees of freedom of the sum come from
 * Welch–Satterthwaite (seeds − 1 for the first part, digits − 1 for the second), so with a noisy seed
 * part the quantile stays close to t with seeds − 1 df, and with none it tends to the normal's 1.96.
 */
import { digitBootstrap } from './bootstrap';
import { satterthwaiteDf, tQuantile } from './t-interval';

/** One seed's pair of runs: each net's predicted label for every test digit, in test order. */
export interface PairedRun {
  readonly seed: number;
  readonly first: ArrayLike<number>;
  readonly second: ArrayLike<number>;
}

/** The mean gap and its interval, in accuracy units (0–1; × 100 for points), with the parts it is made of. */
export interface GapInterval {
  /** Mean over seeds of (first net's accuracy − second net's). */
  readonly gap: number;
  readonly low: number;
  readonly high: number;
  /** Coverage of the interval, e.g. 0.95. */
  readonly level: number;
  readonly seeds: number;
  readonly digits: number;
  /** Each seed's gap, in the order given. */
  readonly seedGaps: readonly number[];
  /** Variance of the mean gap from seed to seed (s² / n). */
  readonly seedVariance: number;
  /** Variance of the mean gap from the test set (paired bootstrap over digits). */
  readonly testVariance: number;
  /** √(seed variance + test variance). */
  readonly standardError: number;
  /** Welch–Satterthwaite degrees of freedom of that standard error. */
  readonly df: number;
  /** The t quantile the half-width is standardError times. */
  readonly quantile: number;
}

/** Options: the interval's coverage (default 0.95) and the bootstrap's replicates and seed (defaults in bootstrap.ts). */
export interface GapOptions {
  readonly level?: number;
  readonly replicates?: number;
  readonly bootstrapSeed?: number;
}

/** One seed's pair of runs as right (1) or wrong (0) on every test digit, in test order. */
export interface PairedCorrectness {
  readonly seed: number;
  readonly first: ArrayLike<number>;
  readonly second: ArrayLike<number>;
}

/** The paired gap between two nets over seeds, scored on `labels` (the test digits' true labels); needs at least 2 seeds. */
export function pairedGap(labels: ArrayLike<number>, runs: readonly PairedRun[], options: GapOptions = {}): GapInterval {
  const digits = labels.length;
  const correctness = (predicted: ArrayLike<number>) => Uint8Array.from({ length: digits }, (_, digit) => (predicted[digit] === labels[digit] ? 1 : 0));
  return pairedCorrectnessGap(digits, runs.map((run) => {
    if (run.first.length !== digits || run.second.length !== digits) throw new Error(`invalid run: seed ${run.seed} has ${run.first.length} and ${run.second.length} predictions for ${digits} digits`);
    return { seed: run.seed, first: correctness(run.first), second: correctness(run.second) };
  }), options);
}

/**
 * The paired gap from each run's right/wrong verdict on the `digits` shared test digits — all the interval needs,
 * and all a results link carries; needs at least 2 seeds.
 */
export function pairedCorrectnessGap(digits: number, runs: readonly PairedCorrectness[], options: GapOptions = {}): GapInterval {
  const { level = 0.95 } = options;
  if (!(level > 0 && level < 1)) throw new Error(`invalid level: ${level} (between 0 and 1)`);
  if (runs.length < 2) throw new Error(`invalid runs: ${runs.length} seed${runs.length === 1 ? '' : 's'} (an interval over seeds needs at least 2)`);
  const perDigit = new Float64Array(digits);
  const seedGaps = runs.map((run) => {
    if (run.first.length !== digits || run.second.length !== digits) throw new Error(`invalid run: seed ${run.seed} has ${run.first.length} and ${run.second.length} verdicts for ${digits} digits`);
    let gap = 0;
    for (let digit = 0; digit < digits; digit += 1) {
      const difference = (run.first[digit] ?? 0) - (run.second[digit] ?? 0);
      perDigit[digit] = (perDigit[digit] ?? 0) + difference / runs.length;
      gap += difference;
    }
    return gap / digits;
  });
  const seeds = runs.length;
  const gap = seedGaps.reduce((sum, value) => sum + value, 0) / seeds;
  const seedVariance = seedGaps.reduce((sum, value) => sum + (value - gap) ** 2, 0) / (seeds - 1) / seeds;
  const testVariance = digitBootstrap(perDigit, { replicates: options.replicates, seed: options.bootstrapSeed }).variance;
  const standardError = Math.sqrt(seedVariance + testVariance);
  const df = standardError > 0
    ? satterthwaiteDf([{ variance: seedVariance, df: seeds - 1 }, { variance: testVariance, df: digits - 1 }])
    : seeds - 1;
  const quantile = tQuantile((1 + level) / 2, df);
  return {
    gap, low: gap - quantile * standardError, high: gap + quantile * standardError, level, seeds, digits,
    seedGaps, seedVariance, testVariance, standardError, df, quantile,
  };
}
