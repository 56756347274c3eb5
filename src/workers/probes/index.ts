// The machine's roofline probes, run in order: memory bandwidth, the wasm SIMD peak on one thread and
// on every thread, and the GPU through WebGPU where one is offered. The lab loads this module with a
// dynamic import when a run starts, so none of it is in a page's first load.
import type { MachineProbeResult } from '../../lib/lab';
import { measureBandwidth, type BandwidthOptions } from './memory';
import { measurePeak } from './compute';
import { measurePeakThreads, workerProbeThread, type ProbeThread } from './threads';
import { relaxedSimdSupported } from './wasm-kernels';
import { measureGpu } from './webgpu';

export { relaxedSimdSupported } from './wasm-kernels';

/** Options for {@link runMachineProbes}. */
export interface MachineProbeOptions {
  /** Threads for the all-threads peak; default `navigator.hardwareConcurrency`. Below 2, that probe is skipped. */
  threads?: number;
  /** Starts one probe thread; default a module Worker running probe-thread.worker.ts. */
  spawnThread?: () => ProbeThread;
  /** The WebGPU entry point; default `navigator.gpu` (absent: no GPU probes). */
  gpu?: GPU | null;
  /** Array size for the memory probes (tests use small ones). */
  bandwidth?: BandwidthOptions;
  /** Called with each result as soon as it exists. */
  onResult?: (result: MachineProbeResult) => void;
}

const defaultThread = () => workerProbeThread(() => new Worker(new URL('./probe-thread.worker.ts', import.meta.url), { type: 'module', name: 'roofline probe' }));

/** Runs every probe this environment allows and returns the results (GB/s and GFLOP/s, best and median). */
export async function runMachineProbes(options: MachineProbeOptions = {}): Promise<MachineProbeResult[]> {
  const scope = globalThis as { navigator?: { hardwareConcurrency?: number; gpu?: GPU } };
  const threads = options.threads ?? scope.navigator?.hardwareConcurrency ?? 1;
  const gpu = options.gpu === undefined ? scope.navigator?.gpu : options.gpu;
  const results: MachineProbeResult[] = [];
  const keep = (result: MachineProbeResult) => {
    results.push(result);
    options.onResult?.(result);
  };
  for (const result of measureBandwidth(options.bandwidth)) keep(result);
  const kernels = relaxedSimdSupported() ? [false, true] : [false];
  for (const relaxed of kernels) keep(await measurePeak({ relaxed }));
  if (threads >= 2) {
    for (const relaxed of kernels) keep(await measurePeakThreads({ threads, relaxed, spawn: options.spawnThread ?? defaultThread }));
  }
  if (gpu) for (const result of await measureGpu(gpu)) keep(result);
  return results;
}
