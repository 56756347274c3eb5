// TF.js in Node for training: the wasm backend with the project's gradient kernels.
// '@tensorflow/tfjs' (Node's build) registers every op's gradient on the same tfjs-core copy the
// backend and tfjs-layers use; importing tfjs-core's ESM gradient file here would load a second copy.
import '@tensorflow/tfjs';
import * as core from '@tensorflow/tfjs-core';
import * as layers from '@tensorflow/tfjs-layers';
import '@tensorflow/tfjs-backend-wasm';
import { registerWasmGradients } from '../../src/workers/train/wasm-gradients';
import type { TrainTf } from '../../src/workers/train/build-network';

/** Starts TF.js on wasm in Node with the training gradient kernels, and returns the namespace training takes. */
export async function nodeTrainingTf(): Promise<TrainTf> {
  // IS_TEST (set by other suites to hide the tfjs-node banner) also turns on per-kernel leak checks that training's saved tensors trip.
  core.env().set('IS_TEST', false);
  registerWasmGradients(core);
  if (!(await core.setBackend('wasm'))) throw new Error('The wasm backend did not start in Node.');
  await core.ready();
  return { ...core, ...layers } as TrainTf;
}

/** The versions a result was produced with. */
export function tfVersions(): Record<string, string> {
  return { 'tfjs-core': core.version_core, 'tfjs-layers': layers.version_layers, node: process.versions.node };
}
