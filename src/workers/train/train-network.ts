/**
 * Trains one network on the experiment's training digits, reproducibly: `fit` never shuffles (it would use
 * Math.random); each epoch feeds the training digits in a permutation seeded from the run's seed and sets
 * Adam's step size from the schedule. After every epoch the validation digits are scored (the curves);
 * the test digits are scored once, after the last epoch. The same function runs in the page's worker,
 * in the Node reference and pilot scripts and in the CI test.
 */
import { median as medianOf } from '../../lib/lab/stats';
import type * as TfLayers from '@tensorflow/tfjs-layers';
import type { DigitPack } from '../../lib/digits';
import { seededPermutation } from '../../lib/digits';
import { assertTrainConfig, batchesPerEpoch, epochSeed, learningRateAt, type TrainConfig } from '../../lib/train/config';
import type { NetworkId } from '../../lib/train/networks';
import type { RunEpoch } from '../../lib/train/experiment-format';
import type { SetScore } from '../../lib/train/scores';
import { experimentSplit } from '../../lib/train/splits';
import { buildNetwork, type TrainTf } from './build-network';
import { restoreCheckpoint, takeCheckpoint, type TrainCheckpoint } from './checkpoint';
import { digitTensors } from './digit-tensors';
import { predictTestSet, scoreSet, type TestPredictions } from './evaluate';
import { scheduledAdam, type ScheduledAdam } from './optimizer';

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
  /** This batch's own loss and accuracy. */
  batchLoss: number;
  batchAccuracy: number;
  /** Wall time of this batch (forward, backward, update, and reading the loss back), in ms. */
  batchMs: number;
}

/** One finished epoch: step size, training and validation loss and accuracy, its duration (the shape the reference stores). */
export type EpochResult = RunEpoch;

/** How a caller follows and steers a run; every hook may be async, and training waits for it. */
export interface TrainHooks {
  /** After each batch: Pause waits here, a cancellation thrown here ends the run. */
  afterBatch?(progress: BatchProgress): Promise<void> | void;
  /** After each epoch, with its validation score digit by digit (what the pilot's paired rule reads). */
  afterEpoch?(result: EpochResult, validation: SetScore): Promise<void> | void;
  /** Polled after each batch: true ends training cleanly, keeping the weights learned so far. */
  shouldStop?(): boolean;
  /** Milliseconds from some fixed origin (performance.now in browsers). */
  now?(): number;
  /** Lets other work run (e.g. a timer tick in a worker, never requestAnimationFrame); default: a 0 ms timeout. */
  nextFrame?(): Promise<void>;
  /** After each epoch, the run's state, to store for {@link TrainHooks.resume} (read only when this hook is given). */
  checkpoint?(state: TrainCheckpoint): Promise<void> | void;
  /** A stored state of this run (same network and configuration) to continue from, after its last finished epoch. */
  resume?: TrainCheckpoint;
}

/** A finished (or stopped) run: the model, each epoch's results and the test predictions, scored once at the end. */
export interface TrainedNetwork {
  model: TfLayers.Sequential;
  epochs: EpochResult[];
  test: TestPredictions;
  /** Median ms per batch over every batch of the run. */
  msPerBatch: number;
  /** True when Stop ended the run before its last batch. */
  stopped: boolean;
}

/** The site's one median (src/lib/lab/stats.ts), 0 for no batches (a run stopped before its first). */
const median = (values: readonly number[]) => (values.length > 0 ? medianOf(values) : 0);

/** Compiles the network for training: Adam (its step size set per epoch), categorical cross-entropy, accuracy. */
export function compileNetwork(tf: TrainTf, model: TfLayers.LayersModel, learningRate: number): ScheduledAdam {
  const optimizer = scheduledAdam(tf, learningRate);
  model.compile({ optimizer, loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  return optimizer;
}

/** Trains network `id` under `config` on `data`, calling the hooks as it goes; the caller owns (and disposes) the model. */
export async function trainNetwork(tf: TrainTf, id: NetworkId, config: TrainConfig, data: DigitPack, hooks: TrainHooks = {}): Promise<TrainedNetwork> {
  assertTrainConfig(config);
  const split = experimentSplit(data.train.labels);
  const trainIndices = split.train.slice(0, config.trainCount);
  const validationIndices = split.validation.slice(0, config.validationCount);
  const now = hooks.now ?? (() => performance.now());
  const nextFrame = hooks.nextFrame ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const model = buildNetwork(tf, id, config.seed);
  const optimizer = compileNetwork(tf, model, config.learningRate);
  const perEpoch = batchesPerEpoch(config);
  const epochs: EpochResult[] = [...(hooks.resume?.epochs ?? [])];
  const allBatchTimes: number[] = [...(hooks.resume?.batchTimes ?? [])];
  if (hooks.resume) {
    try {
      await restoreCheckpoint(tf, model, hooks.resume);
    } catch (error) {
      model.optimizer.dispose();
      model.dispose();
      throw error;
    }
  }
  let stopped = false;
  for (let epoch = epochs.length; epoch < config.epochs && !stopped; epoch += 1) {
    const learningRate = learningRateAt(config, epoch);
    optimizer.setLearningRate(learningRate);
    const order = seededPermutation(config.trainCount, epochSeed(config.seed, epoch)).map((at) => trainIndices[at] ?? 0);
    const { xs, ys } = digitTensors(tf, data.train, order);
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
            const batchLoss = logs?.loss ?? Number.NaN;
            const batchAccuracy = logs?.acc ?? Number.NaN;
            stats.loss += (batchLoss - stats.loss) / (batch + 1);
            stats.accuracy += (batchAccuracy - stats.accuracy) / (batch + 1);
            await hooks.afterBatch?.({ network: id, epoch: epoch + 1, batch: batch + 1, batchesPerEpoch: perEpoch, epochs: config.epochs, ...stats, batchLoss, batchAccuracy, batchMs });
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
    allBatchTimes.push(...batchTimes);
    const validation = await scoreSet(tf, model, data.train, validationIndices);
    const result: EpochResult = {
      epoch: epoch + 1, learningRate,
      loss: Number.isFinite(epochLogs.loss) ? epochLogs.loss : stats.loss, accuracy: Number.isFinite(epochLogs.acc) ? epochLogs.acc : stats.accuracy,
      validationLoss: validation.loss, validationLossStandardError: validation.lossStandardError, validationAccuracy: validation.accuracy,
      seconds, msPerBatch: median(batchTimes),
    };
    epochs.push(result);
    await hooks.afterEpoch?.(result, validation);
    if (hooks.checkpoint) await hooks.checkpoint(await takeCheckpoint(tf, model, epochs, allBatchTimes));
  }
  const test = await predictTestSet(tf, model, data.test, config.testCount);
  return { model, epochs, test, msPerBatch: median(allBatchTimes), stopped };
}
