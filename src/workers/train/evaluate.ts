/** Test-set evaluation of a trained network: predicted digit and probabilities for each test digit. */
import type * as TfCore from '@tensorflow/tfjs-core';
import type * as TfLayers from '@tensorflow/tfjs-layers';
import type { DigitSet } from '../../lib/digits';
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

/** Runs the model on the first `count` test digits in chunks of `chunk`, so memory stays small on any backend. */
export async function predictTestSet(tf: typeof TfCore, model: TfLayers.LayersModel, test: DigitSet, count = test.count, chunk = 500): Promise<TestPredictions> {
  const predicted = new Uint8Array(count);
  for (let start = 0; start < count; start += chunk) {
    const indices = firstIndices(Math.min(chunk, count - start)).map((index) => index + start);
    const classes = tf.tidy(() => tf.argMax(model.predict(digitImages(tf, test, indices), { batchSize: chunk }) as TfCore.Tensor, 1));
    predicted.set(await classes.data(), start);
    classes.dispose();
  }
  const actual = test.labels.slice(0, count);
  const correct = predicted.reduce((sum, digit, index) => sum + (digit === actual[index] ? 1 : 0), 0);
  return { predicted, actual, accuracy: correct / count };
}
