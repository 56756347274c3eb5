/**
 * One benchmark run of a /train/ network, shared by `npm run bench:train`'s worker and its Node
 * half: registers a set of gradient kernels, trains a few batches with the very function /train/
 * and the reference script train with (each batch's wall time, as /train/ reports it), then
 * profiles one more step of the warm model (where its time goes, and its kernel calls).
 */
import type { DigitPack } from '../../lib/digits';
import { TRAIN_CONFIGS } from '../../lib/train/config';
import type { NetworkId } from '../../lib/train/networks';
import { kernelTotals, type KernelTotal, type StepProfile } from '../../lib/train/step-profile';
import type { TrainTf } from './build-network';
import { digitTensors, firstIndices } from './digit-tensors';
import { profileTrainingStep, type ProfiledStep } from './profile-step';
import { trainNetwork } from './train-network';
import { registerWasmGradients, type GradientKernelSet } from './wasm-gradients';

/** What to time: which network, with which gradient kernels, how many batches of how many digits, how many steps to profile. */
export interface BenchRunOptions {
  network: NetworkId;
  kernels: GradientKernelSet;
  batches: number;
  batchSize: number;
  /** Steps profiled after the timed batches (default 1); the one of median wall time is kept, so one step slowed by a busy machine does not stand for all. */
  profiledSteps?: number;
  /** This process's CPU time in ms (Node: process.cpuUsage), to time batches on a shared machine where wall time waits for a core. */
  cpuClock?: () => number;
}

/** A timed run: each batch's wall time in ms (the first includes warm-up) and the profile of the median profiled step. */
export interface BenchRunResult extends Omit<BenchRunOptions, 'cpuClock'> {
  batchMs: number[];
  /** With a cpuClock: CPU ms from one batch's end to the next's (the first from the start of the run), else empty. */
  batchCpuMs: number[];
  profile: StepProfile;
  /** Wall time of every profiled step, in ms. */
  profiledStepMs: number[];
  /** The ten slowest kernels of the reported step (src/lib/train/step-profile.ts's kernelTotals). */
  slowestKernels: KernelTotal[];
}

/** Trains `batches` batches of `network` from seed 1 with `kernels` registered, then profiles steps; disposes the model. */
export async function benchRun(tf: TrainTf, data: DigitPack, options: BenchRunOptions): Promise<BenchRunResult> {
  const { network, kernels, batches, batchSize, profiledSteps = 1, cpuClock } = options;
  registerWasmGradients(tf, { kernels });
  const config = { ...TRAIN_CONFIGS.quick, trainCount: batches * batchSize, testCount: batchSize, epochs: 1, batchSize, seed: 1 };
  const batchMs: number[] = [];
  const batchCpuMs: number[] = [];
  let cpuMark = cpuClock?.() ?? 0;
  const run = await trainNetwork(tf, network, config, data, {
    afterBatch: (progress) => {
      batchMs.push(progress.batchMs);
      if (!cpuClock) return;
      const cpu = cpuClock();
      batchCpuMs.push(cpu - cpuMark);
      cpuMark = cpu;
    },
  });
  const batch = digitTensors(tf, data.train, firstIndices(batchSize));
  try {
    const steps: ProfiledStep[] = [];
    for (let step = 0; step < profiledSteps; step += 1) steps.push(await profileTrainingStep(tf, run.model, batch));
    const median = [...steps].sort((a, b) => a.profile.stepMs - b.profile.stepMs)[Math.floor((steps.length - 1) / 2)]!;
    return {
      network, kernels, batches, batchSize, profiledSteps, batchMs, batchCpuMs, profile: median.profile, profiledStepMs: steps.map((step) => step.profile.stepMs),
      slowestKernels: kernelTotals(median.recording.kernels).slice(0, 10),
    };
  } finally {
    tf.dispose([batch.xs, batch.ys]);
    run.model.optimizer.dispose();
    run.model.dispose();
  }
}
