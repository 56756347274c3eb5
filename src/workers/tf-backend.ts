/**
 * Starts TF.js on one backend inside a worker, shared by the notebook cells and the benchmark lab.
 *
 * Usage (inside a worker only):
 *   const { tf, backend, fallbackReason } = await initBackend('wasm', { threads: false });
 *
 * - TF.js (tfjs-core, tfjs-layers and the backend module) is imported dynamically, so nothing
 *   is downloaded until the first call.
 * - The wasm binaries are served by the site itself: they are imported with Vite's `?url`, so
 *   the build emits one hashed copy each, and `setWasmPaths` points at them before the wasm
 *   backend initializes.
 * - A backend that cannot start (no WebGL, no WebGPU adapter, wasm blocked, or an init that
 *   hangs past `initTimeoutMs`) falls back to wasm (cpu when wasm itself fails); the reason is
 *   returned, never thrown.
 */
import type * as TfCore from '@tensorflow/tfjs-core';
import type * as TfLayers from '@tensorflow/tfjs-layers';
import wasmPlainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { backendStrings } from '../lib/strings/cells';
import { backendSupport, fallbackFor, isBackendName, shouldUseThreads as sharedShouldUseThreads, unavailableReason as missingFeature, type BackendName } from '../lib/backends';

import type { BackendEvent } from '../lib/jobs/backend-event';
import type { GpuDevice } from '../lib/gpu';
import { gpuDeviceOf } from './gpu-device';

export type { BackendName } from '../lib/backends';

/** The `tf` namespace handed to code: tfjs-core ops plus tfjs-layers (`tf.layers`, `tf.sequential`). */
export type Tf = typeof TfCore & typeof TfLayers;

/** Options for {@link initBackend}. */
export interface InitBackendOptions {
  /** Multi-threaded wasm; default: only when `crossOriginIsolated` and ≥ 4 cores (see {@link shouldUseThreads}). */
  threads?: boolean;
  /** Milliseconds to wait for a backend to initialize before falling back to cpu; default 20 000. */
  initTimeoutMs?: number;
}

/** What {@link initBackend} started: the namespace, the backend really in use, and why it differs from the request. */
export interface BackendReady {
  tf: Tf;
  /** The backend TF.js now runs on (may be 'cpu' after a fallback). */
  backend: BackendName;
  /** The backend that was asked for. */
  requested: BackendName;
  /** Set when `backend !== requested`: a reader-facing sentence saying why. */
  fallbackReason?: string;
  /** Whether wasm runs multi-threaded (false on other backends). */
  threads: boolean;
  /** The GPU webgl and webgpu run on (a software adapter is named as one), null for cpu and wasm or when the browser names none. */
  gpu: GpuDevice | null;
}

/** The `backend` event of a job once TF.js is ready (src/lib/jobs/backend-event.ts): the backend in use, the one asked for and why they differ. */
export function backendEvent(ready: BackendReady): BackendEvent {
  return { backend: ready.backend, requested: ready.requested, threads: ready.threads, gpu: ready.gpu, ...(ready.fallbackReason ? { fallbackReason: ready.fallbackReason } : {}) };
}

/** Whether multi-threaded wasm is worth it in this worker (see src/lib/backends). */
export function shouldUseThreads(): boolean {
  const scope = globalThis as { crossOriginIsolated?: boolean; navigator?: { hardwareConcurrency?: number } };
  return sharedShouldUseThreads('wasm', { crossOriginIsolated: scope.crossOriginIsolated, hardwareConcurrency: scope.navigator?.hardwareConcurrency });
}

let tfPromise: Promise<Tf> | undefined;

async function loadTf(): Promise<Tf> {
  tfPromise ??= Promise.all([
    import('@tensorflow/tfjs-core'),
    import('@tensorflow/tfjs-layers'),
    // tfjs-core alone lacks the chained methods (x.reshape(…), x.expandDims(…)) that readers expect.
    import('@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops'),
  ]).then(([core, layers]) => Object.freeze({ ...core, ...layers }) as Tf);
  return tfPromise;
}

let wasmModule: Promise<typeof import('@tensorflow/tfjs-backend-wasm')> | undefined;

async function registerWasm(tf: Tf, threads: boolean): Promise<void> {
  if (!wasmModule) {
    wasmModule = import('@tensorflow/tfjs-backend-wasm');
    const wasm = await wasmModule;
    // Must run before the wasm backend initializes, or TF.js fetches from its own CDN default.
    wasm.setWasmPaths({
      'tfjs-backend-wasm.wasm': wasmPlainUrl,
      'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
      'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedUrl,
    });
  }
  await wasmModule;
  if (!threads) tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
}

async function registerBackend(tf: Tf, name: BackendName, threads: boolean): Promise<void> {
  if (name === 'cpu') await import('@tensorflow/tfjs-backend-cpu');
  else if (name === 'wasm') await registerWasm(tf, threads);
  else if (name === 'webgl') await import('@tensorflow/tfjs-backend-webgl');
  else await import('@tensorflow/tfjs-backend-webgpu');
}

async function unavailableReason(name: BackendName): Promise<string | undefined> {
  const missing = missingFeature(name, backendSupport(globalThis));
  if (missing || name !== 'webgpu') return missing;
  const gpu = (globalThis as { navigator?: { gpu?: { requestAdapter(): Promise<unknown> } } }).navigator?.gpu;
  const adapter = await gpu?.requestAdapter().catch(() => null);
  return adapter ? undefined : backendStrings.noWebgpuAdapter;
}

/** Runs `tf.setBackend(name)`, keeping TF.js's own failure logs out of the console and in the reason instead. */
async function trySetBackend(tf: Tf, name: BackendName, timeoutMs: number): Promise<string | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => {
      // A hung init leaves TF.js waiting on it forever; removing the backend clears that wait so cpu can take over.
      tf.removeBackend(name);
      resolve(backendStrings.initTimeout(name, timeoutMs));
    }, timeoutMs);
  });
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  // TF.js's own console line for this failure says nothing the detail does not; keep the next one.
  const detail = () => warnings.find((text) => !/^Initialization of backend/.test(text))?.split('\n')[0] ?? backendStrings.setBackendRefused;
  const attempt = tf.setBackend(name).then(
    (ok) => (ok ? undefined : backendStrings.initFailed(name, detail())),
    (error: unknown) => backendStrings.initFailed(name, error instanceof Error ? error.message : String(error)),
  );
  try {
    return await Promise.race([attempt, timeout]);
  } finally {
    clearTimeout(timer);
    console.warn = warn;
  }
}

/**
 * Loads TF.js and switches it to backend `name`, falling back to cpu with a reason.
 * Safe to call again to switch backends; modules are imported once per worker.
 */
export async function initBackend(name: BackendName, options: InitBackendOptions = {}): Promise<BackendReady> {
  if (!isBackendName(name)) throw new Error(`invalid backend: ${String(name)}`);
  const threads = name === 'wasm' && (options.threads ?? shouldUseThreads());
  const tf = await loadTf();
  let reason = await unavailableReason(name);
  if (!reason) {
    try {
      await registerBackend(tf, name, threads);
      reason = await trySetBackend(tf, name, options.initTimeoutMs ?? 20_000);
    } catch (error) {
      reason = backendStrings.initFailed(name, error instanceof Error ? error.message : String(error));
    }
  }
  if (!reason) return { tf, backend: name, requested: name, threads, gpu: await gpuDeviceOf(name) };
  const fallback = fallbackFor(name, backendSupport(globalThis)) ?? 'cpu';
  if (fallback === 'wasm') {
    const wasmThreads = options.threads ?? shouldUseThreads();
    const started = await initBackend('wasm', { ...options, threads: wasmThreads }).catch(() => undefined);
    if (started?.backend === 'wasm') return { ...started, requested: name, fallbackReason: reason };
  }
  await registerBackend(tf, 'cpu', false);
  const cpuFailure = await trySetBackend(tf, 'cpu', options.initTimeoutMs ?? 20_000);
  if (cpuFailure) throw new Error(cpuFailure);
  return { tf, backend: 'cpu', requested: name, fallbackReason: reason, threads: false, gpu: null };
}
