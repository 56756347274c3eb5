// The textbook parts, from a well-kept library: Student's t quantile (@stdlib), and the
// Welch–Satterthwaite degrees of freedom for a sum of independently estimated variances.
import quantile from '@stdlib/stats-base-dists-t-quantile';

/** The `probability` quantile of Student's t with `df` degrees of freedom (df > 0, fractional allowed; Infinity gives the normal's). */
export function tQuantile(probability: number, df: number): number {
  if (!(probability > 0 && probability < 1)) throw new Error(`invalid probability: ${probability} (between 0 and 1)`);
  if (!(df > 0)) throw new Error(`invalid df: ${df} (above 0)`);
  return quantile(probability, df);
}

/** One estimated variance and the degrees of freedom of its estimate. */
export interface VarianceComponent {
  readonly variance: number;
  readonly df: number;
}

/**
 * Welch–Satterthwaite: the degrees of freedom of a sum of independently estimated variances,
 * (Σ vₖ)² / Σ (vₖ² / dfₖ) (Satterthwaite 1946; Welch 1947). Components of zero variance drop out.
 */
export function satterthwaiteDf(components: readonly VarianceComponent[]): number {
  const parts = components.filter((component) => component.variance > 0);
  if (parts.length === 0) throw new Error('invalid components: no variance above 0');
  const total = parts.reduce((sum, part) => sum + part.variance, 0);
  return total ** 2 / parts.reduce((sum, part) => sum + part.variance ** 2 / part.df, 0);
}
