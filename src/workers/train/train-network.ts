/**
 * Trains one /train/ network on the digit pack, reproducibly: `fit` never shuffles (it would use
 * Math.random); each epoch feeds the training digits in a permutation seeded from the run's seed.
 * The same function runs in the page's worker, in the Node reference script and in the CI test.
 */
import type * as TfLayers from '@tensorflow/tfjs-layers';
import type { DigitPack } from '../../lib/digits';
import { seededPermutation } from '../../lib/digits';
import { assertTrainConfig, batchesPerEpoch, epochSeed, type TrainConfig } from '../../lib/train/config';
import type { NetworkId } from '../../lib/train/networks';
import type { Epoch } from '../../lib/train/protocol';
import { buildNetwork, type TrainTf } from './build-network';
import { digitTensors } from './digit-tensors';
import { predictTestSet, type TestPredictions } from './evaluate';

/** Where training stands after a batch (epoch and batch count from 1). */
export interface BatchProgress {
  network: NetworkId;
  epoch: number;
  batch: number;
  batchesPerEpoch: number;
  epochs: number;
  /** Mean loss and accuracy over this epoch's batches so far. */
  loss: number;
  accuracy: number;
  /** Wall time of this batch (forward, backward, update, and reading the loss back), in ms. */
  batchMs: number;
}

/** One finished epoch: training loss and accuracy, test accuracy, its duration (the shape the shipped reference stores). */
export type EpochResult = Epoch;

/** How a caller follows and steers a run; every hook may be async, and training waits for it. */
export interface TrainHooks {
  /** After each batch: Pause waits here, a cancellation thrown here ends the run. */
  afterBatch?(progress: BatchProgress): Promise<void> | void;
  afterEpoch?(result: EpochResult): Promise<void> | void;
  /** Polled after each batch: true ends training cleanly, keeping the weights learned so far. */
  shouldStop?(): boolean;
  /** Milliseconds from some fixed origin (performance.now in browsers). */
  now?(): number;
  /** Lets other work run (e.g. a timer tick in a worker, never requestAnimationFrame); default: a 0 ms timeout. */
  nextFrame?(): Promise<void>;
}

/** A finished (or stopped) run: the model, each epoch's results and the final test predictions. */
export interface TrainedNetwork {
  model: TfLayers.Sequential;
  epochs: EpochResult[];
  test: TestPredictions;
  /** True when Stop ended the run before its last batch. */
  stopped: boolean;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
};

/** Compiles the network for training: Adam at the config's learning rate, categorical cross-entropy, accuracy. */
export function compileNetwork(tf: TrainTf, model: TfLayers.LayersModel, learningRate: number): void {
  model.compile({ optimizer: tf.train.adam(learningRate), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
}

/** Trains network `id` under `config` on `data`, calling the hooks as it goes; the caller owns (and disposes) the model. */
export async function trainNetwork(tf: TrainTf, id: NetworkId, config: TrainConfig, data: DigitPack, hooks: TrainHooks = {}): Promise<TrainedNetwork> {
  assertTrainConfig(config);
  if (config.trainCount > data.train.count) throw new Error(`invalid trainCount: ${config.trainCount} (the pack has ${data.train.count})`);
  const now = hooks.now ?? (() => performance.now());
  const nextFrame = hooks.nextFrame ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const model = buildNetwork(tf, id, config.seed);
  compileNetwork(tf, model, config.learningRate);
  const perEpoch = batchesPerEpoch(config);
  const epochs: EpochResult[] = [];
  let stopped = false;
  for (let epoch = 0; epoch < config.epochs && !stopped; epoch += 1) {
    const { xs, ys } = digitTensors(tf, data.train, seededPermutation(config.trainCount, epochSeed(config.seed, epoch)));
    const batchTimes: number[] = [];
    let batchStart = 0;
    let epochLogs: { loss: number; acc: number } = { loss: Number.NaN, acc: Number.NaN };
    const started = now();
    const stats = { loss: 0, accuracy: 0 };
    try {
      await model.fit(xs, ys, {
        epochs: 1, batchSize: config.batchSize, shuffle: false, verbose: 0,
        callbacks: {
          nextFrameFunc: nextFrame,
          onBatchBegin: () => { batchStart = now(); },
          onBatchEnd: async (batch, logs) => {
            const batchMs = now() - batchStart;
            batchTimes.push(batchMs);
            stats.loss += ((logs?.loss ?? Number.NaN) - stats.loss) / (batch + 1);
            stats.accuracy += ((logs?.acc ?? Number.NaN) - stats.accuracy) / (batch + 1);
            await hooks.afterBatch?.({ network: id, epoch: epoch + 1, batch: batch + 1, batchesPerEpoch: perEpoch, epochs: config.epochs, ...stats, batchMs });
            if (hooks.shouldStop?.()) { stopped = batch + 1 < perEpoch || epoch + 1 < config.epochs; model.stopTraining = true; }
          },
          onEpochEnd: (_epoch, logs) => { epochLogs = { loss: logs?.loss ?? Number.NaN, acc: logs?.acc ?? Number.NaN }; },
        },
      });
    } finally {
      tf.dispose([xs, ys]);
    }
    const seconds = (now() - started) / 1000;
    if (batchTimes.length === 0) break;
    const test = await predictTestSet(tf, model, data.test, config.testCount);
    const result = {
      epoch: epoch + 1, loss: Number.isFinite(epochLogs.loss) ? epochLogs.loss : stats.loss, accuracy: Number.isFinite(epochLogs.acc) ? epochLogs.acc : stats.accuracy,
      testAccuracy: test.accuracy, seconds, msPerBatch: median(batchTimes),
    };
    epochs.push(result);
    await hooks.afterEpoch?.(result);
  }
  return { model, epochs, test: await predictTestSet(tf, model, data.test, config.testCount), stopped };
}
