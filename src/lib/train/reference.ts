// The shipped reference results (src/data/train-reference.json): their types — the output of their
// schema in ./reference-format.ts — and the numbers read from them.
import type * as z from 'zod/mini';
import type { ReferenceMetricsSchema, ReferenceNetworkSchema, ReferenceRunSchema } from './reference-format';

/** One seed's run of one network. */
export type ReferenceRun = z.infer<typeof ReferenceRunSchema>;

/** Everything `npm run train:reference` wrote about one network. */
export type ReferenceNetwork = z.infer<typeof ReferenceNetworkSchema>;

/** The metrics file: setup, provenance and per-network results. */
export type ReferenceMetrics = z.infer<typeof ReferenceMetricsSchema>;

/** Mean and spread (sample standard deviation; 0 for one run) of the runs' final test accuracy, in 0–1. */
export function accuracySummary(runs: readonly Pick<ReferenceRun, 'testAccuracy'>[]): { mean: number; spread: number; min: number; max: number } {
  if (runs.length === 0) throw new Error('invalid runs: none');
  const values = runs.map((run) => run.testAccuracy);
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.length > 1 ? values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1) : 0;
  return { mean, spread: Math.sqrt(variance), min: Math.min(...values), max: Math.max(...values) };
}
