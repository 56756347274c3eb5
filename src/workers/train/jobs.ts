/**
 * The training worker's jobs (their schemas: TRAIN_JOBS in src/lib/train/protocol.ts): `train`
 * (the chosen nets, with pause, resume and Stop that keeps the model), `predict` (a drawn digit),
 * `test-digit`, `inspect` (kernels and feature maps) and `check-shipped`.
 */
import type * as TfLayers from '@tensorflow/tfjs-layers';
import { defineJob, type JobContext, type JobImplementations } from '../runtime/job-host';
import type { DigitPack } from '../../lib/digits';
import { JobCancelled } from '../../lib/jobs';
import { batchesPerEpoch } from '../../lib/train/config';
import { confusionMatrix, wrongIndices } from '../../lib/train/confusion';
import { encodeDigits } from '../../lib/train/experiment-format';
import { EXPERIMENT_NETWORK_IDS, type NetworkId } from '../../lib/train/networks';
import { TRAIN_JOBS, type EpochEvent, type NetworkEvent, type TrainAssets, type Weights } from '../../lib/train/protocol';
import { EXPERIMENT_SPLIT } from '../../lib/train/splits';
import type { TrainTf } from './build-network';
import { backendEvent } from '../tf-backend';
import { predictTestSet } from './evaluate';
import { loadPack } from './load-pack';
import { keepTrained, shippedModel, trainedModel } from './models';
import { startTrainingTf } from './start-tf';
import { trainNetwork } from './train-network';
import { inspectJob } from './inspect';

/** How many wrongly classified test digits a network's report carries (as images). */
const WRONG_SHOWN = 24;

async function trainOne(job: JobContext<typeof TRAIN_JOBS.train>, id: NetworkId, tf: TrainTf, data: DigitPack) {
  const epochs: EpochEvent[] = [];
  let batchesThisEpoch = 0;
  const started = performance.now();
  const run = await trainNetwork(tf, id, job.input.config, data, {
    afterBatch: async (progress) => {
      batchesThisEpoch = progress.batch;
      job.emit('batch', { ...progress, network: id });
      try {
        await job.checkpoint();
      } catch (error) {
        // Stop: let fit end after this batch (shouldStop below), keeping the weights learned so far.
        if (!(error instanceof JobCancelled)) throw error;
      }
    },
    shouldStop: () => job.cancelled,
    afterEpoch: (result) => {
      const epoch = { network: id, ...result, batches: batchesThisEpoch };
      epochs.push(epoch);
      job.emit('epoch', epoch);
    },
    // A timer, not requestAnimationFrame: a worker has no frames to wait for (and hidden tabs throttle them).
    nextFrame: () => new Promise((resolve) => setTimeout(resolve, 0)),
  });
  keepTrained(id, run.model);
  const wrong = wrongIndices(run.test.actual, run.test.predicted, WRONG_SHOWN).map((index) => ({
    index, label: run.test.actual[index] ?? 0, predicted: run.test.predicted[index] ?? 0, pixels: Array.from(data.test.pixels.subarray(index * 784, (index + 1) * 784)),
  }));
  const whole = epochs.filter((epoch) => epoch.batches === batchesPerEpoch(job.input.config));
  const report: NetworkEvent = {
    network: id, stopped: run.stopped, testAccuracy: run.test.accuracy, testCount: run.test.actual.length, epochs,
    testPredictions: encodeDigits(run.test.predicted), confusion: confusionMatrix(run.test.actual, run.test.predicted), wrong,
    msPerBatch: run.msPerBatch, secondsPerEpoch: whole.length ? whole.reduce((sum, epoch) => sum + epoch.seconds, 0) / whole.length : 0,
    wallSeconds: (performance.now() - started) / 1000,
  };
  job.emit('network', report);
  return run.stopped;
}

const train = defineJob(TRAIN_JOBS.train, async (job) => {
  const ready = await startTrainingTf(job.input.backend);
  job.emit('backend', backendEvent(ready));
  const data = await loadPack(job.input.assets.pack, (loaded, total) => job.emit('download', { loaded, total }));
  const trained: NetworkId[] = [];
  for (const id of job.input.networks) {
    if (job.cancelled) break;
    const stopped = await trainOne(job, id, ready.tf, data);
    trained.push(id);
    if (stopped) break;
  }
  return {
    stopped: job.cancelled, trained,
    versions: { 'tfjs-core': ready.tf.version_core, 'tfjs-layers': ready.tf.version_layers },
    split: { packSeed: data.splitSeed, ...EXPERIMENT_SPLIT },
    testLabels: encodeDigits(data.test.labels.subarray(0, job.input.config.testCount)),
  };
});

/** The networks of the chosen weights: the shipped three, or those trained on this page (perhaps none). */
async function answeringModels(assets: TrainAssets, weights: Weights) {
  const ready = await startTrainingTf('wasm');
  const models: Partial<Record<NetworkId, TfLayers.LayersModel>> = {};
  if (weights === 'trained') {
    for (const id of EXPERIMENT_NETWORK_IDS) {
      const model = trainedModel(id);
      if (model) models[id] = model;
    }
  } else {
    const loaded = await Promise.all(EXPERIMENT_NETWORK_IDS.map((id) => shippedModel(ready.tf, assets, id)));
    EXPERIMENT_NETWORK_IDS.forEach((id, index) => { models[id] = loaded[index]; });
  }
  return { tf: ready.tf, source: weights, models };
}

const predict = defineJob(TRAIN_JOBS.predict, async (job) => {
  const { tf, source, models } = await answeringModels(job.input.assets, job.input.weights);
  const image = tf.tensor4d(job.input.pixels, [1, 28, 28, 1]);
  try {
    const predictions = await Promise.all(EXPERIMENT_NETWORK_IDS.flatMap((network) => {
      const model = models[network];
      return model ? [(async () => {
        const output = model.predict(image) as ReturnType<typeof tf.tensor>;
        const probabilities = Array.from(await output.data());
        output.dispose();
        return { network, digit: probabilities.indexOf(Math.max(...probabilities)), probabilities };
      })()] : [];
    }));
    return { source, predictions };
  } finally {
    image.dispose();
  }
});

const testDigit = defineJob(TRAIN_JOBS['test-digit'], async (job) => {
  const data = await loadPack(job.input.assets.pack, (loaded, total) => job.emit('download', { loaded, total }));
  const { index } = job.input;
  return { pixels: Array.from(data.test.pixels.subarray(index * 784, (index + 1) * 784)), label: data.test.labels[index] ?? 0 };
});

const checkShipped = defineJob(TRAIN_JOBS['check-shipped'], async (job) => {
  const ready = await startTrainingTf(job.input.backend);
  const data = await loadPack(job.input.assets.pack, (loaded, total) => job.emit('download', { loaded, total }));
  const accuracy = async (id: NetworkId) => (await predictTestSet(ready.tf, await shippedModel(ready.tf, job.input.assets, id), data.test)).accuracy;
  return { backend: ready.backend, standard: await accuracy('standard'), separable: await accuracy('separable'), thin: await accuracy('thin'), testCount: data.test.count };
});

/** Every job the training worker runs, by name. */
export const trainJobs: JobImplementations<typeof TRAIN_JOBS> = { train, predict, 'test-digit': testDigit, inspect: inspectJob(answeringModels), 'check-shipped': checkShipped };
