// CI trains a small configuration in Node on wasm (the project's gradient kernels) and checks it learns.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DigitPack } from '../../../src/lib/digits';
import { trainNetwork, type BatchProgress, type TrainedNetwork } from '../../../src/workers/train/train-network';
import type { TrainTf } from '../../../src/workers/train/build-network';
import { mnistPack } from '../../../scripts/train/mnist-pack';
import { nodeTrainingTf } from '../../../scripts/train/node-tf';

// The separable net: its stem and pointwise layers use both conv2d gradients, its blocks both depthwise ones.
const CONFIG = { trainCount: 2000, testCount: 2000, epochs: 2, batchSize: 64, learningRate: 0.003, seed: 1 };

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

  it('beats chance by a wide margin on the 2,000 test digits it never saw (≥ 50 % on 10 classes)', () => {
    expect(trained.test.accuracy).toBeGreaterThanOrEqual(0.5);
    expect(trained.epochs[1]!.testAccuracy).toBe(trained.test.accuracy);
  });

  it('leaves no tensors behind once the model and its optimizer are disposed', () => {
    trained.model.optimizer.dispose();
    trained.model.dispose();
    expect(tf.memory().numTensors).toBe(tensorsBefore);
  });
});
