/**
 * The training worker's jobs (their schemas: TRAIN_JOBS in src/lib/train/protocol.ts): `train`
 * (both nets, with pause, resume and Stop that keeps the model), `predict` (a drawn digit),
 * `test-digit`, `inspect` (kernels and feature maps), `check-shipped` and `profile` (./profile-job.ts).
 */
import { defineJob, type JobContext, type JobImplementations } from '../runtime/job-host';
import { JobCancelled } from '../../lib/jobs';
import { median } from '../../lib/lab/stats';
import { confusionMatrix, wrongIndices } from '../../lib/train/confusion';
import type { ShippedNetworkId } from '../../lib/train/networks';
import { TRAIN_JOBS, type NetworkEvent, type TrainAssets } from '../../lib/train/protocol';
import { backendEvent } from '../tf-backend';
import { predictTestSet } from './evaluate';
import { loadPack } from './load-pack';
import { keepTrained, shippedModel, trainedModel } from './models';
import { startTrainingTf } from './start-tf';
import { trainNetwork } from './train-network';
import { inspectJob } from './inspect';
import { profileJob } from './profile-job';

/** How many wrongly classified test digits a network's report carries (as images). */
const WRONG_SHOWN = 24;

async function trainOne(job: JobContext<typeof TRAIN_JOBS.train>, id: ShippedNetworkId, tf: Awaited<ReturnType<typeof startTrainingTf>>['tf'], data: Awaited<ReturnType<typeof loadPack>>) {
  const batchTimes: number[] = [];
  const run = await trainNetwork(tf, id, job.input.config, data, {
    afterBatch: async (progress) => {
      batchTimes.push(progress.batchMs);
      job.emit('batch', { ...progress, network: id });
      try {
        await job.checkpoint();
      } catch (error) {
        // Stop: let fit end after this batch (shouldStop below), keeping the weights learned so far.
        if (!(error instanceof JobCancelled)) throw error;
      }
    },
    shouldStop: () => job.cancelled,
    afterEpoch: (result) => job.emit('epoch', { network: id, ...result }),
    // A timer, not requestAnimationFrame: a worker has no frames to wait for (and hidden tabs throttle them).
    nextFrame: () => new Promise((resolve) => setTimeout(resolve, 0)),
  });
  keepTrained(id, run.model);
  const wrong = wrongIndices(run.test.actual, run.test.predicted, WRONG_SHOWN).map((index) => ({
    index, label: run.test.actual[index] ?? 0, predicted: run.test.predicted[index] ?? 0, pixels: Array.from(data.test.pixels.subarray(index * 784, (index + 1) * 784)),
  }));
  const secondsPerEpoch = run.epochs.length ? run.epochs.reduce((sum, epoch) => sum + epoch.seconds, 0) / run.epochs.length : 0;
  const report: NetworkEvent = {
    network: id, stopped: run.stopped, testAccuracy: run.test.accuracy, testCount: run.test.actual.length,
    confusion: confusionMatrix(run.test.actual, run.test.predicted), wrong, msPerBatch: batchTimes.length > 0 ? median(batchTimes) : 0, secondsPerEpoch,
  };
  job.emit('network', report);
  return run.stopped;
}

const train = defineJob(TRAIN_JOBS.train, async (job) => {
  const ready = await startTrainingTf(job.input.backend);
  job.emit('backend', backendEvent(ready));
  const data = await loadPack(job.input.assets.pack, (loaded, total) => job.emit('download', { loaded, total }));
  const trained: ShippedNetworkId[] = [];
  for (const id of job.input.networks) {
    if (job.cancelled) break;
    const stopped = await trainOne(job, id, ready.tf, data);
    trained.push(id);
    if (stopped) break;
  }
  return { stopped: job.cancelled, trained };
});

/** The networks that answer now: this page's trained pair if both exist, else the shipped pair. */
async function answeringModels(assets: TrainAssets) {
  const ready = await startTrainingTf('wasm');
  const own = [trainedModel('standard'), trainedModel('separable')];
  if (own[0] && own[1]) return { tf: ready.tf, source: 'trained' as const, models: { standard: own[0], separable: own[1] } };
  const [standard, separable] = await Promise.all([shippedModel(ready.tf, assets, 'standard'), shippedModel(ready.tf, assets, 'separable')]);
  return { tf: ready.tf, source: 'shipped' as const, models: { standard, separable } };
}

const predict = defineJob(TRAIN_JOBS.predict, async (job) => {
  const { tf, source, models } = await answeringModels(job.input.assets);
  const image = tf.tensor4d(job.input.pixels, [1, 28, 28, 1]);
  try {
    const predictions = await Promise.all((['standard', 'separable'] as const).map(async (network) => {
      const output = models[network].predict(image) as ReturnType<typeof tf.tensor>;
      const probabilities = Array.from(await output.data());
      output.dispose();
      return { network, digit: probabilities.indexOf(Math.max(...probabilities)), probabilities };
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
  const accuracy = async (id: ShippedNetworkId) => (await predictTestSet(ready.tf, await shippedModel(ready.tf, job.input.assets, id), data.test)).accuracy;
  return { backend: ready.backend, standard: await accuracy('standard'), separable: await accuracy('separable'), testCount: data.test.count };
});

/** Every job the training worker runs, by name. */
export const trainJobs: JobImplementations<typeof TRAIN_JOBS> = { train, predict, 'test-digit': testDigit, inspect: inspectJob(answeringModels), 'check-shipped': checkShipped, profile: profileJob };
