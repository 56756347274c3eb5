// Correctness: how far a backend's output is from the cpu backend's on the same inputs.

/** Largest |actual[i] − expected[i]|; Infinity when the lengths differ or a value is NaN. */
export function maxAbsDiff(actual: ArrayLike<number>, expected: ArrayLike<number>): number {
  if (actual.length !== expected.length) return Infinity;
  let worst = 0;
  for (let index = 0; index < actual.length; index += 1) {
    const diff = Math.abs((actual[index] as number) - (expected[index] as number));
    if (Number.isNaN(diff)) return Infinity;
    if (diff > worst) worst = diff;
  }
  return worst;
}

/** Largest difference the lab accepts between float32 backends for outputs of size ~1. */
export const CORRECTNESS_TOLERANCE = 1e-4;
