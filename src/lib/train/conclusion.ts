// The /effective/ verdict on the training comparison, computed from the shipped metrics rather than typed.
import { accuracySummary, type ReferenceMetrics } from './reference';

/** What the shipped runs say: each net's mean test accuracy and spread, the cost ratios and the gap. */
export interface TrainingVerdict {
  standard: { mean: number; spread: number; runs: number };
  separable: { mean: number; spread: number; runs: number };
  /** Standard ÷ separable parameters: how many times fewer the separable net has. */
  parameterRatio: number;
  /** Standard ÷ separable multiply-adds per image. */
  multiplyAddRatio: number;
  /** Standard minus separable mean test accuracy, in percentage points (negative: the separable net did better). */
  gapPoints: number;
  /** True when the gap is no larger than the larger of the two spreads across seeds: the runs cannot tell the nets apart. */
  withinSpread: boolean;
}

/** Reads the verdict off the metrics: means and sample standard deviations over seeds, ratios from the cost figures. */
export function trainingVerdict(metrics: Pick<ReferenceMetrics, 'networks'>): TrainingVerdict {
  const { standard, separable } = metrics.networks;
  const summary = (runs: typeof standard.runs) => {
    const { mean, spread } = accuracySummary(runs);
    return { mean, spread, runs: runs.length };
  };
  const a = summary(standard.runs);
  const b = summary(separable.runs);
  const gapPoints = (a.mean - b.mean) * 100;
  return {
    standard: a, separable: b,
    parameterRatio: standard.parameters / separable.parameters,
    multiplyAddRatio: standard.multiplyAdds / separable.multiplyAdds,
    gapPoints,
    withinSpread: Math.abs(gapPoints) <= Math.max(a.spread, b.spread) * 100,
  };
}
