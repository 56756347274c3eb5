// The machine's roofline probes, run in stages: memory bandwidth and the wasm SIMD peak on one thread,
// then both on every thread at once, then the GPU through WebGPU where one is offered. The lab starts
// them as the `machine-probes` job of their own worker (src/workers/probes.worker.ts) when a run
// starts, so none of it is in a page's first load.
import type { MachineProbeResult } from '../../lib/lab';
import type { ProbeStage } from '../../lib/lab/probe-protocol';
import { measureBandwidth, type BandwidthOptions } from './memory';
import { measurePeak } from './compute';
import { measureBandwidthThreads, measurePeakThreads, workerProbeThread, type ProbeThread } from './threads';
import { relaxedSimdSupported } from './wasm-kernels';
import { measureGpu } from './webgpu';

export { relaxedSimdSupported } from './wasm-kernels';

/** Options for {@link runMachineProbes}. */
export interface MachineProbeOptions {
  /** Threads for the all-threads probes; default `navigator.hardwareConcurrency`. Below 2, those stages are skipped. */
  threads?: number;
  /** Starts one probe thread; default a module Worker running probe-thread.worker.ts. */
  spawnThread?: () => ProbeThread;
  /** The WebGPU entry point; default `navigator.gpu` (absent or null: no GPU stage). */
  gpu?: GPU | null;
  /** Array size for the memory probes, per array (one thread) or per array across all threads (tests use small ones). */
  bandwidth?: BandwidthOptions;
  /** Called as each stage starts. */
  onStage?: (stage: ProbeStage) => void;
  /** Called with each result as soon as it exists. */
  onResult?: (result: MachineProbeResult) => void;
  /** Called when a stage fails; the run goes on with the next stage. Without it, a failure ends the run (the error is thrown). */
  onStageFailed?: (stage: ProbeStage, message: string) => void;
}

const defaultThread = () => workerProbeThread(() => new Worker(new URL('./probe-thread.worker.ts', import.meta.url), { type: 'module', name: 'roofline probe' }));

/** Runs every probe this environment allows, stage by stage, and returns the results (GB/s and GFLOP/s, best and median). */
export async function runMachineProbes(options: MachineProbeOptions = {}): Promise<MachineProbeResult[]> {
  const scope = globalThis as { navigator?: { hardwareConcurrency?: number; gpu?: GPU } };
  const threads = options.threads ?? scope.navigator?.hardwareConcurrency ?? 1;
  const gpu = options.gpu === undefined ? scope.navigator?.gpu : options.gpu;
  const spawn = options.spawnThread ?? defaultThread;
  const results: MachineProbeResult[] = [];
  const kernels = relaxedSimdSupported() ? [false, true] : [false];
  const stages: Array<[ProbeStage, () => Promise<MachineProbeResult[]> | MachineProbeResult[]]> = [
    ['memory', () => measureBandwidth(options.bandwidth)],
    ['compute', () => sequence(kernels, (relaxed) => measurePeak({ relaxed }))],
    ...(threads >= 2 ? [
      ['memory-threads', () => measureBandwidthThreads({ threads, spawn, floats: options.bandwidth?.floats })],
      ['compute-threads', () => sequence(kernels, (relaxed) => measurePeakThreads({ threads, relaxed, spawn }))],
    ] as Array<[ProbeStage, () => Promise<MachineProbeResult[]>]> : []),
    ...(gpu ? [['gpu', () => measureGpu(gpu)]] as Array<[ProbeStage, () => Promise<MachineProbeResult[]>]> : []),
  ];
  for (const [stage, run] of stages) {
    options.onStage?.(stage);
    try {
      for (const result of await run()) {
        results.push(result);
        options.onResult?.(result);
      }
    } catch (error) {
      if (!options.onStageFailed) throw error;
      options.onStageFailed(stage, error instanceof Error ? error.message : String(error));
    }
  }
  return results;
}

async function sequence<T>(items: readonly T[], run: (item: T) => Promise<MachineProbeResult>): Promise<MachineProbeResult[]> {
  const results: MachineProbeResult[] = [];
  for (const item of items) results.push(await run(item));
  return results;
}
