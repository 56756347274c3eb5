// Summary statistics of timing samples: order statistics rather than means, because
// timings on a shared machine have long right tails (GC pauses, other tabs, thermal steps).

/** Summary of one op's timed runs, all in milliseconds except `cv` (a unitless ratio). */
export interface TimingSummary {
  /** Number of samples summarised. */
  count: number;
  median: number;
  p10: number;
  p90: number;
  min: number;
  max: number;
  mean: number;
  /** Coefficient of variation: sample standard deviation / mean (0 when n < 2). */
  cv: number;
}

function assertSamples(samples: readonly number[]): void {
  if (samples.length === 0) throw new Error('invalid samples: empty (need at least one timing)');
  for (const [index, value] of samples.entries()) {
    if (!Number.isFinite(value)) throw new Error(`invalid samples[${index}]: ${value}`);
  }
}

/**
 * The p-th percentile (0 ≤ p ≤ 100) of `samples` by linear interpolation between closest
 * ranks (the definition of NumPy's default and of Excel's PERCENTILE.INC).
 */
export function percentile(samples: readonly number[], p: number): number {
  assertSamples(samples);
  if (!(p >= 0 && p <= 100)) throw new Error(`invalid percentile: ${p}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (high - low) * (rank - lower);
}

/** The median of `samples` (mean of the two middle values for an even count): the site's one median, of lab timings and training batches alike. */
export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** The arithmetic mean of `samples`. */
export function mean(samples: readonly number[]): number {
  assertSamples(samples);
  return samples.reduce((sum, value) => sum + value, 0) / samples.length;
}

/** Coefficient of variation: sample standard deviation (n − 1) over the mean; 0 for n < 2 or mean 0. */
export function coefficientOfVariation(samples: readonly number[]): number {
  const average = mean(samples);
  if (samples.length < 2 || average === 0) return 0;
  const squares = samples.reduce((sum, value) => sum + (value - average) ** 2, 0);
  return Math.sqrt(squares / (samples.length - 1)) / Math.abs(average);
}

/** Median, p10, p90, min, max, mean and CV of a non-empty list of timings in ms. */
export function summarize(samples: readonly number[]): TimingSummary {
  assertSamples(samples);
  return {
    count: samples.length,
    median: median(samples),
    p10: percentile(samples, 10),
    p90: percentile(samples, 90),
    min: Math.min(...samples),
    max: Math.max(...samples),
    mean: mean(samples),
    cv: coefficientOfVariation(samples),
  };
}
