// K = D·P drawn from numbers: a separable block's equivalent standard kernel, and the rank of each input channel's slice.

/** A depthwise filter D as [channel][multiplier][row][column] and a pointwise matrix P as [channel · m + j][output]. */
export interface SeparableWeights {
  readonly depthwise: readonly (readonly (readonly (readonly number[])[])[])[];
  readonly pointwise: readonly (readonly number[])[];
}

/** The equivalent standard kernel: K[c][n] is the k×k filter Σ_j D[c][j] · P[c·m + j][n] that input channel c feeds to output n. */
export function equivalentKernel(weights: SeparableWeights): number[][][][] {
  const { depthwise, pointwise } = weights;
  const outChannels = pointwise[0]?.length ?? 0;
  return depthwise.map((filters, c) => Array.from({ length: outChannels }, (_, n) => {
    const size = filters[0]!.length;
    return Array.from({ length: size }, (_, i) => Array.from({ length: size }, (_, j) =>
      filters.reduce((sum, filter, mul) => sum + filter[i]![j]! * pointwise[c * filters.length + mul]![n]!, 0)));
  }));
}

/** The rank of a matrix (rows of numbers) by Gaussian elimination with partial pivoting, treating |x| < tolerance as zero. */
export function matrixRank(rows: readonly (readonly number[])[], tolerance = 1e-9): number {
  const matrix = rows.map((row) => [...row]);
  let rank = 0;
  const columns = matrix[0]?.length ?? 0;
  for (let column = 0; column < columns && rank < matrix.length; column += 1) {
    let pivot = rank;
    for (let r = rank + 1; r < matrix.length; r += 1) if (Math.abs(matrix[r]![column]!) > Math.abs(matrix[pivot]![column]!)) pivot = r;
    if (Math.abs(matrix[pivot]![column]!) < tolerance) continue;
    [matrix[rank], matrix[pivot]] = [matrix[pivot]!, matrix[rank]!];
    for (let r = rank + 1; r < matrix.length; r += 1) {
      const factor = matrix[r]![column]! / matrix[rank]![column]!;
      for (let k = column; k < columns; k += 1) matrix[r]![k]! -= factor * matrix[rank]![k]!;
    }
    rank += 1;
  }
  return rank;
}

/** The rank of input channel c's slice of K: its output filters flattened to rows of k² numbers (≤ the depth multiplier). */
export function channelSliceRank(kernel: readonly (readonly (readonly (readonly number[])[])[])[], channel: number): number {
  const slice = kernel[channel];
  if (!slice) throw new Error(`invalid channel: ${channel}`);
  return matrixRank(slice.map((filter) => filter.flat()));
}

/** The drawing's example: two channels (a Sobel-x edge filter and a blur) and three outputs, small integers so the products can be read. */
export const FACTORISATION_EXAMPLE: SeparableWeights = {
  depthwise: [
    [[[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]]],
    [[[1, 2, 1], [2, 4, 2], [1, 2, 1]]],
  ],
  pointwise: [
    [1, -2, 0.5],
    [0.5, 1, -1],
  ],
};
