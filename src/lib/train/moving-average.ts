// The live curves' smoothing: a trailing mean over the last batches that runs on across epoch
// boundaries, so the curve shows training, not the reset of an epoch's running mean.

/** How many batches the live curves average over. */
export const CURVE_WINDOW = 20;

/** The mean of each value and the (up to) `window − 1` values before it: as many points as values. */
export function trailingMean(values: readonly number[], window: number): number[] {
  if (!Number.isInteger(window) || window < 1) throw new Error(`invalid window: ${window} (a whole number ≥ 1)`);
  const means: number[] = [];
  let sum = 0;
  values.forEach((value, index) => {
    sum += value;
    if (index >= window) sum -= values[index - window] ?? 0;
    means.push(sum / Math.min(index + 1, window));
  });
  return means;
}
