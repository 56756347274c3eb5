/**
 * The TF.js backends this site runs on, defined once: their names, what a browser needs for each,
 * which one to fall back to, and when wasm should run multi-threaded. Used by the cells, the lab
 * and the workers alike (the browser's facts are passed in, so this stays pure).
 */
import { backendStrings } from './strings/cells';

/** A TF.js backend, named as TF.js names it. */
export type BackendName = 'cpu' | 'wasm' | 'webgl' | 'webgpu';

/** Every backend, in the order a picker lists them (wasm first: the fastest everywhere). */
export const BACKEND_NAMES: readonly BackendName[] = ['wasm', 'cpu', 'webgl', 'webgpu'];

/** True when `name` is one of {@link BACKEND_NAMES}. */
export function isBackendName(name: unknown): name is BackendName {
  return typeof name === 'string' && (BACKEND_NAMES as readonly string[]).includes(name);
}

/** What a browser offers, read from its globals by the caller. */
export interface BackendSupport {
  webAssembly: boolean;
  /** WebGL in a worker needs OffscreenCanvas. */
  offscreenCanvas: boolean;
  /** `navigator.gpu` exists (an adapter may still be missing). */
  gpu: boolean;
}

/** Reads {@link BackendSupport} from a global scope (a window or a worker). */
export function backendSupport(scope: { WebAssembly?: unknown; OffscreenCanvas?: unknown; navigator?: object }): BackendSupport {
  return { webAssembly: typeof scope.WebAssembly === 'object', offscreenCanvas: typeof scope.OffscreenCanvas === 'function', gpu: Boolean(scope.navigator && 'gpu' in scope.navigator) };
}

/** Why `name` cannot start here, as a reader-facing sentence, or undefined when it may (WebGPU still needs an adapter). */
export function unavailableReason(name: BackendName, support: BackendSupport): string | undefined {
  if (name === 'wasm' && !support.webAssembly) return backendStrings.noWasm;
  if (name === 'webgl' && !support.offscreenCanvas) return backendStrings.noWebgl;
  if (name === 'webgpu' && !support.gpu) return backendStrings.noWebgpu;
  return undefined;
}

/** The backend to use when `name` cannot start: wasm (the faster of the two that always exist) unless wasm itself failed, then cpu. */
export function fallbackFor(name: BackendName, support: BackendSupport): BackendName | undefined {
  if (name === 'cpu') return undefined;
  return name !== 'wasm' && support.webAssembly ? 'wasm' : 'cpu';
}

/** Whether multi-threaded wasm is worth it: it needs cross-origin isolation, and on fewer than 4 cores threads only add start-up time. */
export function shouldUseThreads(backend: BackendName, environment: { crossOriginIsolated?: boolean; hardwareConcurrency?: number }): boolean {
  return backend === 'wasm' && environment.crossOriginIsolated === true && (environment.hardwareConcurrency ?? 1) >= 4;
}

/** Whether a backend finishes each op before the call returns (cpu, wasm), so back-to-back runs need no read in between. */
export function runsSynchronously(backend: BackendName): boolean {
  return backend === 'cpu' || backend === 'wasm';
}
