// CI trains a small configuration in Node on wasm (the project's gradient kernels) and checks it learns.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DigitPack } from '../../../src/lib/digits';
import { trainNetwork, type BatchProgress, type TrainedNetwork } from '../../../src/workers/train/train-network';
import type { TrainTf } from '../../../src/workers/train/build-network';
import { mnistPack } from '../../../scripts/train/mnist-pack';
import { nodeTrainingTf } from '../../../scripts/train/node-tf';

// The separable net: its stem and pointwise layers use both conv2d gradients, its blocks both depthwise ones.
// A decay of 0.5 halves Adam's step size for the second epoch.
const CONFIG = { trainCount: 2000, validationCount: 1000, testCount: 2000, epochs: 2, batchSize: 64, learningRate: 0.003, learningRateDecay: 0.5, seed: 1 };

describe('training the separable net on 2,000 real digits, two epochs, seed 1, on wasm', () => {
  let tf: TrainTf;
  let data: DigitPack;
  let trained: TrainedNetwork;
  const progress: BatchProgress[] = [];
  let tensorsBefore = 0;

  beforeAll(async () => {
    tf = await nodeTrainingTf();
    data = mnistPack();
    tensorsBefore = tf.memory().numTensors;
    trained = await trainNetwork(tf, 'separable', CONFIG, data, { afterBatch: (batch) => { progress.push(batch); } });
  }, 900_000);

  it('reports every batch of both epochs, 32 per epoch, in order', () => {
    expect(progress.map((batch) => `${batch.epoch}:${batch.batch}`)).toEqual(
      [1, 2].flatMap((epoch) => Array.from({ length: 32 }, (_, index) => `${epoch}:${index + 1}`)));
    expect(trained.stopped).toBe(false);
  });

  it('the loss falls: the second epoch ends lower than the first began, and lower than the first ended', () => {
    const [first, second] = trained.epochs;
    expect(progress[0]!.loss).toBeGreaterThan(2);
    expect(second!.loss).toBeLessThan(first!.loss);
    expect(second!.loss).toBeLessThan(progress[0]!.loss * 0.7);
  });

  it('sets the decayed step size per epoch, and scores the 1,000 validation digits after each: loss down, accuracy up', () => {
    const [first, second] = trained.epochs;
    expect(trained.epochs.map((epoch) => epoch.learningRate)).toEqual([0.003, 0.0015]);
    expect(second!.validationLoss).toBeLessThan(first!.validationLoss);
    expect(second!.validationAccuracy).toBeGreaterThan(first!.validationAccuracy);
    // The standard error of a mean over 1,000 digits: the per-digit losses' spread over √1000, well under the loss itself.
    expect(second!.validationLossStandardError).toBeGreaterThan(0);
    expect(second!.validationLossStandardError).toBeLessThan(second!.validationLoss / 5);
  });

  it('beats chance by a wide margin on the 2,000 test digits it never saw (≥ 50 % on 10 classes), scored once with each digit\'s label', () => {
    expect(trained.test.accuracy).toBeGreaterThanOrEqual(0.5);
    expect(trained.test.predicted).toHaveLength(2000);
    expect(Array.from(trained.test.actual)).toEqual(Array.from(data.test.labels));
    const right = trained.test.predicted.reduce((sum, digit, index) => sum + (digit === data.test.labels[index] ? 1 : 0), 0);
    expect(trained.test.accuracy).toBe(right / 2000);
    expect(trained.msPerBatch).toBeGreaterThan(0);
  });

  it('leaves no tensors behind once the model and its optimizer are disposed', () => {
    trained.model.optimizer.dispose();
    trained.model.dispose();
    expect(tf.memory().numTensors).toBe(tensorsBefore);
  });
});
