/** TF.js for training in the page's worker: the chosen backend, every op's gradient, and wasm's missing convolution gradients. */
import type { BackendName } from '../../lib/backends';
import { initBackend, type BackendReady } from '../tf-backend';
import { registerWasmGradients } from './wasm-gradients';
import type { TrainTf } from './build-network';

let gradients: Promise<unknown> | undefined;

/** Starts (or switches) TF.js to `backend` with gradients registered; falls back as initBackend does, with its reason. */
export async function startTrainingTf(backend: BackendName): Promise<BackendReady & { tf: TrainTf }> {
  // tfjs-core alone registers no gradients; the worker imports them once, on its first training job.
  gradients ??= import('@tensorflow/tfjs-core/dist/register_all_gradients');
  const [ready] = await Promise.all([initBackend(backend), gradients]);
  registerWasmGradients(ready.tf);
  return ready as BackendReady & { tf: TrainTf };
}
