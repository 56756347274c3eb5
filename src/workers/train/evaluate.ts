/** Scoring a trained network on digits: class probabilities, then loss, accuracy and each digit's predicted label. */
import type * as TfCore from '@tensorflow/tfjs-core';
import type * as TfLayers from '@tensorflow/tfjs-layers';
import type { DigitSet } from '../../lib/digits';
import { scoreProbabilities, type SetScore } from '../../lib/train/scores';
import { digitImages, firstIndices } from './digit-tensors';

/** What a network predicts for each of the first `count` test digits. */
export interface TestPredictions {
  /** The predicted digit per test digit. */
  predicted: Uint8Array;
  /** The true digit per test digit. */
  actual: Uint8Array;
  /** Correct predictions / count, in 0–1. */
  accuracy: number;
}

/** The class probabilities [indices.length, 10] (row-major) the model gives the digits of `set` at `indices`, in chunks of `chunk` so memory stays small on any backend. */
export async function predictProbabilities(tf: typeof TfCore, model: TfLayers.LayersModel, set: DigitSet, indices: readonly number[], chunk = 500): Promise<Float32Array> {
  const probabilities = new Float32Array(indices.length * 10);
  for (let start = 0; start < indices.length; start += chunk) {
    const part = indices.slice(start, start + chunk);
    const output = tf.tidy(() => model.predict(digitImages(tf, set, part), { batchSize: chunk }) as TfCore.Tensor);
    // Read outside tidy: a typed array returned from tidy is walked element by element.
    probabilities.set(await output.data() as Float32Array, start * 10);
    output.dispose();
  }
  return probabilities;
}

/** The model's score on the digits of `set` at `indices`: loss as Keras computes it, its standard error, accuracy and predicted labels. */
export async function scoreSet(tf: typeof TfCore, model: TfLayers.LayersModel, set: DigitSet, indices: readonly number[]): Promise<SetScore> {
  const labels = Uint8Array.from(indices, (index) => set.labels[index] ?? 0);
  return scoreProbabilities(await predictProbabilities(tf, model, set, indices), labels);
}

/** Runs the model on the first `count` test digits: each one's predicted digit, the true digits and the accuracy. */
export async function predictTestSet(tf: typeof TfCore, model: TfLayers.LayersModel, test: DigitSet, count = test.count): Promise<TestPredictions> {
  const { predicted, accuracy } = await scoreSet(tf, model, test, firstIndices(count));
  return { predicted, actual: test.labels.slice(0, count), accuracy };
}
