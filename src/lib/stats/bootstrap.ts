// The one resampling scheme written here (no library offers it for paired, shared-test-set data):
// a seeded bootstrap over test digits, each resample keeping every run's verdict on the digits it draws.
import { mulberry32 } from '../conv/random';

/** Bootstrap replicates drawn by default (Monte Carlo error of the variance ≈ √(2 / 1999) ≈ 3 % of it). */
export const BOOTSTRAP_REPLICATES = 2000;

/** The bootstrap's default seed, so a page and the build print the same interval. */
export const BOOTSTRAP_SEED = 20_260_303;

/** The bootstrap distribution of a mean over digits: every replicate's mean, and their variance. */
export interface DigitBootstrap {
  readonly means: Float64Array;
  /** Sample variance of the replicate means (divisor replicates − 1). */
  readonly variance: number;
}

/**
 * Resamples the digits with replacement `replicates` times (mulberry32 from `seed`) and takes the mean of
 * `perDigit` — one number per test digit, e.g. the seeds' mean correctness difference between two nets —
 * over each resample. Every run's results on a digit travel together, so the shared test set is what varies.
 */
export function digitBootstrap(perDigit: ArrayLike<number>, options: { replicates?: number; seed?: number } = {}): DigitBootstrap {
  const { replicates = BOOTSTRAP_REPLICATES, seed = BOOTSTRAP_SEED } = options;
  const count = perDigit.length;
  if (count === 0) throw new Error('invalid digits: none');
  if (!Number.isInteger(replicates) || replicates < 2) throw new Error(`invalid replicates: ${replicates} (a whole number ≥ 2)`);
  const random = mulberry32(seed);
  const means = new Float64Array(replicates);
  for (let replicate = 0; replicate < replicates; replicate += 1) {
    let sum = 0;
    for (let draw = 0; draw < count; draw += 1) sum += perDigit[Math.floor(random() * count)] ?? 0;
    means[replicate] = sum / count;
  }
  const mean = means.reduce((total, value) => total + value, 0) / replicates;
  const variance = means.reduce((total, value) => total + (value - mean) ** 2, 0) / (replicates - 1);
  return { means, variance };
}
