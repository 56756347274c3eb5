/** TF.js for training in the page's worker: the chosen backend, every op's gradient, and wasm's missing convolution gradients. */
import type { BackendName } from '../../lib/backends';
import { initBackend, type BackendReady } from '../tf-backend';
import { registerWasmGradients } from './wasm-gradients';
import type { TrainTf } from './build-network';

let gradients: Promise<unknown> | undefined;

/** Starts (or switches) TF.js to `backend` with gradients registered; falls back as initBackend does, with its reason. */
export async function startTrainingTf(backend: BackendName): Promise<BackendReady & { tf: TrainTf }> {
  const ready = await initBackend(backend);
  // tfjs-core alone registers no gradients; imported once, after tfjs-core itself (and its flags) has loaded.
  gradients ??= import('@tensorflow/tfjs-core/dist/register_all_gradients');
  await gradients;
  registerWasmGradients(ready.tf);
  return ready as BackendReady & { tf: TrainTf };
}
