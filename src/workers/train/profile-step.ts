/**
 * Where a training step's time goes, for a job (or a benchmark) to call:
 * `profileTrainingStep(tf, model, batch)` runs ONE real training step of a compiled model on a
 * batch (`model.trainOnBatch`, the step `fit` runs per batch: forward, loss, backward, optimizer
 * update, loss read back; the weights change as in training) under `tf.profile`, with a
 * {@link StepProbe} tagging each kernel with its phase and layer, and returns the step attributed
 * to layer kinds × phases (src/lib/train/step-profile.ts) beside the kinds' multiply-add shares.
 * On wasm and cpu the rows add up to the step's wall time and `kernelMs / stepMs` says how much of it
 * the kernels themselves cover; on webgl with a GPU timer (and webgpu) kernel times are the GPU's
 * and the JavaScript runs ahead of them (`kernelClock: 'gpu'`). Profiling adds time (on webgl
 * without a timer TF.js reads every kernel's output back to time it): compare `stepMs` with an
 * unprofiled step's.
 */
import type * as TfCore from '@tensorflow/tfjs-core';
import type * as TfLayers from '@tensorflow/tfjs-layers';
import type { NetworkLayer } from '../../lib/cost';
import { attributeStep, STEP_PHASES, type KernelClock, type KernelRecord, type StepProfile, type StepRecording } from '../../lib/train/step-profile';
import { layerSpecsOf } from './layer-specs';
import { StepProbe } from './step-probe';

/** One training batch: images [batch, height, width, channels] and one-hot labels [batch, classes]. */
export interface TrainingBatch {
  xs: TfCore.Tensor;
  ys: TfCore.Tensor;
}

/** A profiled step: the attribution, the raw recording it came from, and the layer specs it read off the model. */
export interface ProfiledStep {
  profile: StepProfile;
  recording: StepRecording;
  layers: NetworkLayer[];
}

function kernelMs(name: string, time: unknown): number {
  if (typeof time === 'number') return time;
  throw new Error(`Error in the step profiler: TF.js gave kernel ${name} no time (${JSON.stringify(time)})`);
}

/** 'gpu' where TF.js times kernels with the GPU's own timer (webgl with a reliable timer query, webgpu), else 'wall'. */
function kernelClockOf(tf: typeof TfCore): KernelClock {
  const name = tf.getBackend();
  return (name === 'webgl' || name === 'webgpu') && tf.backend().timerAvailable() ? 'gpu' : 'wall';
}

/** Records one training step of `model` on `batch`, every kernel tagged with phase, layer and depth. */
export async function recordTrainingStep(tf: typeof TfCore, model: TfLayers.LayersModel, batch: TrainingBatch, now = () => performance.now()): Promise<StepRecording> {
  const kernelClock = kernelClockOf(tf);
  const probe = new StepProbe(tf, model, now);
  try {
    const info = await tf.profile(async () => {
      probe.tagKernels();
      probe.start();
      await model.trainOnBatch(batch.xs, batch.ys);
      probe.stop();
    });
    if (info.kernels.length !== probe.tags.length) throw new Error(`Error in the step profiler: ${info.kernels.length} kernel records but ${probe.tags.length} tags`);
    const kernels = info.kernels.map((record, index): KernelRecord => ({ kernel: record.name, ms: kernelMs(record.name, record.kernelTimeMs), ...probe.tags[index]! }));
    // webgpu without the timestamp-query feature reports 0 ms for every kernel.
    if (kernelClock === 'gpu' && kernels.every((record) => record.ms === 0)) throw new Error(`Error in the step profiler: ${tf.getBackend()} gave every kernel 0 ms (no GPU timer)`);
    const phaseMs = { ...probe.phaseMs };
    return { kernelClock, stepMs: STEP_PHASES.reduce((sum, phase) => sum + phaseMs[phase], 0), phaseMs, kernels };
  } finally {
    probe.uninstall();
  }
}

/** Profiles one training step of a compiled sequential model: time per layer kind and phase, multiply-add shares, kernel calls. */
export async function profileTrainingStep(tf: typeof TfCore, model: TfLayers.LayersModel, batch: TrainingBatch): Promise<ProfiledStep> {
  const layers = layerSpecsOf(model);
  const recording = await recordTrainingStep(tf, model, batch);
  return { profile: attributeStep(recording, layers), recording, layers };
}
