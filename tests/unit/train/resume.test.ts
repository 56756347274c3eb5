// A run interrupted after an epoch and continued from its checkpoint ends exactly where the uninterrupted run ends.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DigitPack } from '../../../src/lib/digits';
import type { TrainTf } from '../../../src/workers/train/build-network';
import type { TrainCheckpoint } from '../../../src/workers/train/checkpoint';
import { trainNetwork, type TrainedNetwork } from '../../../src/workers/train/train-network';
import { mnistPack } from '../../../scripts/train/mnist-pack';
import { nodeTrainingTf } from '../../../scripts/train/node-tf';

// Small and fast: the thin net, 4 batches per epoch, a decaying step size (so the restored schedule matters).
const CONFIG = { trainCount: 256, validationCount: 100, testCount: 200, epochs: 3, batchSize: 64, learningRate: 0.003, learningRateDecay: 0.7, seed: 5 };

describe('checkpoint and resume (thin net, 3 epochs of 256 digits, on wasm)', () => {
  let tf: TrainTf;
  let data: DigitPack;
  let whole: TrainedNetwork;
  let resumed: TrainedNetwork;
  let checkpoints: TrainCheckpoint[];

  beforeAll(async () => {
    tf = await nodeTrainingTf();
    data = mnistPack();
    checkpoints = [];
    whole = await trainNetwork(tf, 'thin', CONFIG, data, { checkpoint: (state) => { checkpoints.push(state); }, now: () => 0 });
    // A JSON round trip, as the scripts store it.
    const afterFirst = JSON.parse(JSON.stringify(checkpoints[0])) as TrainCheckpoint;
    resumed = await trainNetwork(tf, 'thin', CONFIG, data, { resume: afterFirst, now: () => 0 });
  }, 300_000);

  it('stores one checkpoint per epoch, each with the epochs so far, Adam\'s step count first', () => {
    expect(checkpoints.map((state) => state.epochs.length)).toEqual([1, 2, 3]);
    expect(checkpoints[0]!.optimizer[0]).toMatchObject({ name: 'iter', shape: [], values: [4] });
    expect(checkpoints[0]!.weights.length).toBe(whole.model.getWeights().length);
  });

  it('the resumed run ends with the same epochs, test predictions and weights as the run that never stopped', () => {
    expect(resumed.epochs).toEqual(whole.epochs);
    expect(Array.from(resumed.test.predicted)).toEqual(Array.from(whole.test.predicted));
    const values = (run: TrainedNetwork) => run.model.getWeights().map((weight) => Array.from(weight.dataSync()));
    expect(values(resumed)).toEqual(values(whole));
  });

  it('refuses a checkpoint of another network by name', async () => {
    await expect(trainNetwork(tf, 'separable', CONFIG, data, { resume: checkpoints[0] })).rejects.toThrow(/invalid checkpoint: weights .* do not fit this network/);
    for (const run of [whole, resumed]) {
      run.model.optimizer.dispose();
      run.model.dispose();
    }
  });
});
