// The shipped reference results (public/train/reference-metrics.json): their shape, and the numbers read from them.
import type { ShippedNetworkId } from './networks';
import type { TrainConfig } from './config';

/** One finished epoch of a training run (what the trainer reports and the reference stores). */
export interface ReferenceEpoch {
  epoch: number;
  loss: number;
  accuracy: number;
  testAccuracy: number;
  /** Wall time of the epoch's training batches, in seconds (test evaluation excluded). */
  seconds: number;
  /** Median ms per batch in this epoch. */
  msPerBatch: number;
}

/** One seed's run of one network. */
export interface ReferenceRun {
  seed: number;
  epochs: ReferenceEpoch[];
  /** Accuracy on the test digits after the last epoch, 0–1. */
  testAccuracy: number;
  wallSeconds: number;
}

/** Everything `npm run train:reference` wrote about one network. */
export interface ReferenceNetwork {
  parameters: number;
  multiplyAdds: number;
  runs: ReferenceRun[];
  /** The run whose weights ship, its model file (relative to the metrics file) and its test predictions' accuracy. */
  shipped: { seed: number; model: string; testAccuracy: number };
}

/** The metrics file: setup, provenance and per-network results. */
export interface ReferenceMetrics {
  format: 1;
  createdAt: string;
  config: Omit<TrainConfig, 'seed'>;
  seeds: number[];
  backend: string;
  versions: Record<string, string>;
  cores: number;
  wallSeconds: number;
  networks: Record<ShippedNetworkId, ReferenceNetwork>;
}

/** Mean and spread (sample standard deviation; 0 for one run) of the runs' final test accuracy, in 0–1. */
export function accuracySummary(runs: readonly Pick<ReferenceRun, 'testAccuracy'>[]): { mean: number; spread: number; min: number; max: number } {
  if (runs.length === 0) throw new Error('invalid runs: none');
  const values = runs.map((run) => run.testAccuracy);
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.length > 1 ? values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1) : 0;
  return { mean, spread: Math.sqrt(variance), min: Math.min(...values), max: Math.max(...values) };
}
