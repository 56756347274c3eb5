/**
 * The training worker's `profile` job (TRAIN_JOBS.profile): for each listed network, a fresh model
 * built from seed 1 (the page's trained and shipped weights are never touched) trains a few unprofiled
 * warm-up batches on the first digits — the first packs weights and compiles kernels, the rest give
 * the step's plain time — then `profiledSteps` steps run under the step profiler
 * (./profile-step.ts) and the one of median time is reported, with its slowest kernels.
 */
import { median as medianOf } from '../../lib/lab/stats';
import { defineJob } from '../runtime/job-host';
import { TRAIN_CONFIGS } from '../../lib/train/config';
import { TRAIN_JOBS, type NetworkProfile } from '../../lib/train/protocol';
import type { NetworkId } from '../../lib/train/networks';
import { kernelTotals } from '../../lib/train/step-profile';
import { backendEvent } from '../tf-backend';
import { buildNetwork, type TrainTf } from './build-network';
import { digitTensors, firstIndices, type DigitTensors } from './digit-tensors';
import { loadPack } from './load-pack';
import { profileTrainingStep, type ProfiledStep } from './profile-step';
import { startTrainingTf } from './start-tf';
import { compileNetwork } from './train-network';

/** Kernels listed per profiled network. */
const SLOWEST_KERNELS = 8;

/** The site's one median (src/lib/lab/stats.ts), 0 for none. */
const median = (values: readonly number[]) => (values.length > 0 ? medianOf(values) : 0);

/** Profiles one network: warm-up batches timed plainly, then the profiled steps; disposes its model. */
export async function profileNetwork(tf: TrainTf, network: NetworkId, batch: DigitTensors, options: { warmupBatches: number; profiledSteps: number }): Promise<NetworkProfile> {
  const model = buildNetwork(tf, network, 1);
  compileNetwork(tf, model, TRAIN_CONFIGS.quick.learningRate);
  try {
    const plainMs: number[] = [];
    for (let index = 0; index < options.warmupBatches; index += 1) {
      const start = performance.now();
      await model.trainOnBatch(batch.xs, batch.ys);
      plainMs.push(performance.now() - start);
    }
    const steps: ProfiledStep[] = [];
    for (let index = 0; index < options.profiledSteps; index += 1) steps.push(await profileTrainingStep(tf, model, batch));
    const reported = [...steps].sort((a, b) => a.profile.stepMs - b.profile.stepMs)[Math.floor((steps.length - 1) / 2)];
    if (!reported) throw new Error('invalid profiledSteps: no step was profiled');
    return {
      network, profile: reported.profile, profiledStepMs: steps.map((step) => step.profile.stepMs),
      plainStepMs: plainMs.length > 1 ? median(plainMs.slice(1)) : null,
      slowestKernels: kernelTotals(reported.recording.kernels).slice(0, SLOWEST_KERNELS),
    };
  } finally {
    model.optimizer.dispose();
    model.dispose();
  }
}

/** The `profile` job: each network in turn, its profile an event the moment it exists; cancel takes effect between networks. */
export const profileJob = defineJob(TRAIN_JOBS.profile, async (job) => {
  const { input } = job;
  const ready = await startTrainingTf(input.backend);
  job.emit('backend', backendEvent(ready));
  const data = await loadPack(input.assets.pack, (loaded, total) => job.emit('download', { loaded, total }));
  const batch = digitTensors(ready.tf, data.train, firstIndices(Math.min(input.batchSize, data.train.count)));
  const profiles: NetworkProfile[] = [];
  try {
    for (const network of input.networks) {
      await job.checkpoint();
      const profiled = await profileNetwork(ready.tf, network, batch, input);
      profiles.push(profiled);
      job.emit('network-profile', profiled);
    }
  } finally {
    ready.tf.dispose([batch.xs, batch.ys]);
  }
  return { profiles };
});
