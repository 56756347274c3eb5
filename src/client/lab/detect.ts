// What this browser offers, found on the main thread without loading TF.js (which waits for Run).
import { LAB_BACKENDS, type BackendInfo, type Environment, type LabBackend } from '../../lib/lab';
import { labStrings } from '../../lib/strings/lab';
import { backendStrings } from '../../lib/strings/cells';
import { backendSupport, unavailableReason } from '../../lib/backends';
import { webglDevice, webgpuDevice, type AdapterInfoLike } from '../../lib/gpu';

// The smallest module using a v128 instruction: validates only where WebAssembly SIMD exists.
const SIMD_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11]);

function webglContext(): WebGLRenderingContext | WebGL2RenderingContext | null {
  try {
    const canvas = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1) : document.createElement('canvas');
    return (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
  } catch {
    return null;
  }
}

/** The WebGL renderer string (unmasked where the browser allows it), or null without WebGL. */
export function webglRenderer(): string | null {
  const gl = webglContext();
  if (!gl) return null;
  const debug = gl.getExtension('WEBGL_debug_renderer_info');
  return String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
}

/**
 * The WebGL renderer string read in a short-lived worker (see gpu-probe.worker.ts), falling back to
 * the main thread where a worker cannot start or gives no answer.
 */
function rendererOffMainThread(): Promise<string | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('../../workers/gpu-probe.worker.ts', import.meta.url), { type: 'module', name: 'WebGL probe' });
    } catch {
      resolve(webglRenderer());
      return;
    }
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      worker.terminate();
      resolve(typeof event.data === 'string' ? event.data : null);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(webglRenderer());
    });
  });
}

async function detectOne(name: LabBackend, renderer: string | null): Promise<BackendInfo> {
  const info = (available: boolean, more: Partial<BackendInfo> = {}): BackendInfo => ({ name, available, flags: {}, gpu: null, loopOverhead: null, ...more });
  const unavailable = (reason: string): BackendInfo => info(false, { reason });
  // What the browser lacks outright is judged once for the whole site (src/lib/backends).
  const missing = unavailableReason(name, backendSupport(globalThis));
  if (missing) return unavailable(missing);
  if (name === 'cpu') return info(true);
  if (name === 'wasm') return info(true, { flags: { simd: WebAssembly.validate(SIMD_PROBE), threadsPossible: crossOriginIsolated } });
  if (name === 'webgl') return renderer === null ? unavailable(labStrings.noWebgl) : info(true, { flags: { renderer }, gpu: webglDevice(renderer) });
  const gpu = (navigator as { gpu?: { requestAdapter: () => Promise<{ info?: AdapterInfoLike } | null> } }).gpu;
  try {
    const adapter = await gpu?.requestAdapter();
    return adapter ? info(true, { gpu: webgpuDevice(adapter.info ?? {}) }) : unavailable(backendStrings.noWebgpuAdapter);
  } catch {
    return unavailable(backendStrings.noWebgpuAdapter);
  }
}

/** Availability of cpu, wasm, webgl and webgpu here, each unavailable one with its reason. */
export async function detectBackends(): Promise<BackendInfo[]> {
  const renderer = await rendererOffMainThread();
  return Promise.all(LAB_BACKENDS.map((name) => detectOne(name, renderer)));
}

/** The environment fields the page can read itself; the worker adds timer resolution and TF.js version. */
export function detectEnvironment(): Environment {
  return {
    userAgent: navigator.userAgent,
    hardwareConcurrency: navigator.hardwareConcurrency ?? 1,
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
    webglRenderer: webglRenderer(),
    timerResolutionMs: null,
    tfjsVersion: '',
  };
}
