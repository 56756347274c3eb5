// Confusion matrices and the digits a network gets wrong, from its test predictions.

/** 10 × 10 counts (row-major, row = true digit, column = predicted digit). */
export function confusionMatrix(actual: ArrayLike<number>, predicted: ArrayLike<number>, classes = 10): number[] {
  if (actual.length !== predicted.length) throw new Error(`invalid predictions: ${predicted.length} for ${actual.length} digits`);
  const counts = new Array<number>(classes * classes).fill(0);
  for (let index = 0; index < actual.length; index += 1) {
    const at = (actual[index] ?? 0) * classes + (predicted[index] ?? 0);
    counts[at] = (counts[at] ?? 0) + 1;
  }
  return counts;
}

/** Indices of the digits predicted wrongly, in test order, at most `limit`. */
export function wrongIndices(actual: ArrayLike<number>, predicted: ArrayLike<number>, limit = Infinity): number[] {
  const wrong: number[] = [];
  for (let index = 0; index < actual.length && wrong.length < limit; index += 1) if (actual[index] !== predicted[index]) wrong.push(index);
  return wrong;
}

/** Accuracy (0–1) from a confusion matrix: the diagonal over the total. */
export function confusionAccuracy(counts: readonly number[], classes = 10): number {
  const total = counts.reduce((sum, count) => sum + count, 0);
  let correct = 0;
  for (let label = 0; label < classes; label += 1) correct += counts[label * classes + label] ?? 0;
  return total === 0 ? 0 : correct / total;
}
