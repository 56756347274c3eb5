// What a run means in plain words: per-backend speed-up sentences, noisy rows flagged, and op-true layer labels.
import { speedups } from './analysis';
import type { LabBackend } from './results';
import type { LabRun, OpResult } from './results-schema';

/** Above this coefficient of variation (20 %) a row's timings are too spread to trust its median alone. */
export const NOISY_CV = 0.2;

/** Whether a result's timings are noisy: CV above {@link NOISY_CV}. */
export function isNoisy(result: Pick<OpResult, 'summary'>): boolean {
  return result.summary.cv > NOISY_CV;
}

/** One clause of a backend's summary: a layer, the measured speed-up of separable over standard and the MAC ratio. */
export interface SummaryClause {
  layer: string;
  speedup: number;
  macRatio: number;
}

/** A backend's measured outcome: one clause per layer where standard and separable were both timed. */
export interface BackendSummary {
  backend: LabBackend;
  clauses: SummaryClause[];
  /** Whether any row of this backend is noisy (CV above 20 %). */
  noisy: boolean;
}

/** Groups a run's speed-ups by backend, in the order the backends were run. */
export function backendSummaries(run: LabRun): BackendSummary[] {
  const points = speedups(run);
  const backends = [...new Set(points.map((point) => point.backend))];
  return backends.map((backend) => ({
    backend,
    clauses: points.filter((point) => point.backend === backend).map(({ layer, speedup, macRatio }) => ({ layer, speedup, macRatio })),
    noisy: run.results.some((result) => result.backend === backend && isNoisy(result)),
  }));
}
