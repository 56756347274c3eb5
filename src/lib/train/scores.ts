// A network's score on a set of digits, from the class probabilities it predicted: what Keras reports
// as loss and accuracy, plus the standard error of the loss that the validation pilot compares epochs by.

/** Keras's clipping of a probability before its logarithm (its backend epsilon), so a confident mistake costs 16.1, not infinity. */
export const PROBABILITY_EPSILON = 1e-7;

/** A network's score on `count` digits. */
export interface SetScore {
  /** Mean categorical cross-entropy (natural log), as Keras computes it. */
  loss: number;
  /** Standard error of that mean over digits: the per-digit losses' sample standard deviation over √count. */
  lossStandardError: number;
  /** Share of digits whose most probable class is the true one, 0–1. */
  accuracy: number;
  /** The most probable class of each digit (the first, on a tie, as tf.argMax picks). */
  predicted: Uint8Array;
  /** Each digit's own loss, in digit order (epochs scored on the same digits compare digit by digit). */
  losses: Float64Array;
}

/**
 * Scores class probabilities `probabilities` ([count, classes], row-major) against `labels`: each row is
 * divided by its sum and the true class's share clipped to [ε, 1 − ε] before −log, as Keras's
 * categorical cross-entropy does.
 */
export function scoreProbabilities(probabilities: ArrayLike<number>, labels: ArrayLike<number>, classes = 10): SetScore {
  const count = labels.length;
  if (count === 0) throw new Error('invalid labels: none');
  if (probabilities.length !== count * classes) throw new Error(`invalid probabilities: ${probabilities.length} values for ${count} digits of ${classes} classes`);
  const predicted = new Uint8Array(count);
  const losses = new Float64Array(count);
  let correct = 0;
  for (let digit = 0; digit < count; digit += 1) {
    let sum = 0;
    let best = 0;
    for (let label = 0; label < classes; label += 1) {
      const value = probabilities[digit * classes + label] ?? 0;
      sum += value;
      if (value > (probabilities[digit * classes + best] ?? 0)) best = label;
    }
    const truth = labels[digit] ?? -1;
    if (!(Number.isInteger(truth) && truth >= 0 && truth < classes)) throw new Error(`invalid label: ${truth} at digit ${digit}`);
    const share = (probabilities[digit * classes + truth] ?? 0) / sum;
    losses[digit] = -Math.log(Math.min(1 - PROBABILITY_EPSILON, Math.max(PROBABILITY_EPSILON, share)));
    predicted[digit] = best;
    if (best === truth) correct += 1;
  }
  const loss = losses.reduce((total, value) => total + value, 0) / count;
  const variance = count > 1 ? losses.reduce((total, value) => total + (value - loss) ** 2, 0) / (count - 1) : 0;
  return { loss, lossStandardError: Math.sqrt(variance / count), accuracy: correct / count, predicted, losses };
}
