// A net's test accuracy over seeds: the mean and the sample standard deviation, the figures behind every "±".

/** The mean of `values`, their sample standard deviation (n − 1; undefined for one value) and their range. */
export interface SeedSummary {
  readonly mean: number;
  /** Sample standard deviation over seeds (divisor n − 1): the seed-to-seed spread, not an uncertainty of the mean. */
  readonly sd: number | undefined;
  readonly seeds: number;
  readonly min: number;
  readonly max: number;
}

/** Summarises one value per seed (e.g. test accuracy, 0–1); throws on an empty list or a value that is not a finite number. */
export function seedSummary(values: readonly number[]): SeedSummary {
  if (values.length === 0) throw new Error('invalid values: none');
  const bad = values.findIndex((value) => !Number.isFinite(value));
  if (bad >= 0) throw new Error(`invalid value: ${values[bad]} at seed ${bad}`);
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const sd = values.length > 1 ? Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1)) : undefined;
  return { mean, sd, seeds: values.length, min: Math.min(...values), max: Math.max(...values) };
}

/** Accuracy (0–1) of predicted labels against true labels. */
export function accuracyOf(predicted: ArrayLike<number>, labels: ArrayLike<number>): number {
  if (predicted.length !== labels.length || labels.length === 0) throw new Error(`invalid predictions: ${predicted.length} for ${labels.length} digits`);
  let right = 0;
  for (let index = 0; index < labels.length; index += 1) if (predicted[index] === labels[index]) right += 1;
  return right / labels.length;
}
