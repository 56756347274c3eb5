// The machine's roofs from its probes, which roof an op is held against, and where the op sits under it.
import { attainable } from './analysis';
import type { MachineProbeId, MachineProbeResult } from './machine-probes';
import type { LabBackend } from './results';

/** Which probe a roof's number came from, and on how many threads it ran (0: the GPU). */
export interface ProbeRef {
  probe: MachineProbeId;
  threads: number;
}

/** A roof: the best memory bandwidth in GB/s and the best compute rate in GFLOP/s that one part of the machine reached. */
export interface Roof {
  /** Which part of the machine: the CPU through wasm SIMD on one thread or on every thread, or the GPU through WebGPU. */
  id: RoofId;
  /** Threads the roof stands for: 1, every thread (the all-threads probes' count), or 0 for the GPU. */
  threads: number;
  bandwidth: number;
  peak: number;
  /** The probes the two numbers came from. */
  bandwidthProbe: ProbeRef;
  peakProbe: ProbeRef;
}

/** The machine's roofs: wasm SIMD on one thread, on all threads, and WebGPU. */
export type RoofId = 'cpu-one-thread' | 'cpu-all-threads' | 'gpu';

const MEMORY: readonly MachineProbeId[] = ['wasm-copy', 'wasm-triad', 'js-set', 'webgpu-copy'];
const CPU: readonly MachineProbeId[] = ['wasm-copy', 'wasm-triad', 'js-set', 'wasm-madd', 'wasm-relaxed-madd'];

function best(results: readonly MachineProbeResult[], memory: boolean): MachineProbeResult | undefined {
  return results.filter((result) => MEMORY.includes(result.probe) === memory).reduce<MachineProbeResult | undefined>((top, result) => (!top || result.best > top.best ? result : top), undefined);
}

/**
 * The roofs the probes allow: each the best bandwidth and best compute rate of its part of the machine
 * (a part with no memory or no compute result has no roof). The all-threads roof exists once something
 * ran on every thread; it is the best of the one-thread and the all-threads figures, since an op
 * allowed every thread may still use one (and on a busy machine the all-threads probe can fall below it).
 */
export function machineRoofs(results: readonly MachineProbeResult[]): Roof[] {
  const cpu = results.filter((result) => CPU.includes(result.probe));
  const threaded = cpu.filter((result) => result.threads > 1);
  const groups: Array<[RoofId, MachineProbeResult[]]> = [
    ['cpu-one-thread', cpu.filter((result) => result.threads === 1)],
    ['cpu-all-threads', threaded.length > 0 ? cpu.filter((result) => result.threads >= 1) : []],
    ['gpu', results.filter((result) => result.threads === 0)],
  ];
  return groups.flatMap(([id, group]) => {
    const memory = best(group, true);
    const compute = best(group, false);
    if (!memory || !compute) return [];
    const threads = id === 'gpu' ? 0 : Math.max(...group.map((result) => result.threads));
    const ref = (result: MachineProbeResult): ProbeRef => ({ probe: result.probe, threads: result.threads });
    return [{ id, threads, bandwidth: memory.best, peak: compute.best, bandwidthProbe: ref(memory), peakProbe: ref(compute) }];
  });
}

/**
 * The roof an op on `backend` runs under: WebGPU's for webgl and webgpu (the same GPU; WebGL's own
 * ceiling may be lower), all threads for multi-threaded wasm, one thread for cpu and single-threaded wasm.
 */
export function roofFor(roofs: readonly Roof[], backend: LabBackend, wasmThreads: boolean): Roof | undefined {
  const id: RoofId = backend === 'webgl' || backend === 'webgpu' ? 'gpu' : backend === 'wasm' && wasmThreads ? 'cpu-all-threads' : 'cpu-one-thread';
  return roofs.find((roof) => roof.id === id);
}

/** Where an op sits under a roof. */
export interface Placement {
  /** Which limit applies at the op's intensity: bandwidth below the ridge point, compute above it. */
  bound: 'memory' | 'compute';
  /** The GFLOP/s the roof allows at the op's intensity. */
  attainable: number;
  /** Measured GFLOP/s over attainable: 1 is at the roof. */
  fraction: number;
  /** Attainable over measured: how many times faster the machine's limit would allow. */
  headroom: number;
}

/** Places an op measured at `gflops` GFLOP/s with arithmetic intensity `intensity` FLOP/byte under `roof`. */
export function placeOp(op: { intensity: number; gflops: number }, roof: Pick<Roof, 'bandwidth' | 'peak'>): Placement {
  if (!(op.intensity > 0)) throw new Error(`invalid intensity: ${op.intensity}`);
  if (!(op.gflops > 0)) throw new Error(`invalid gflops: ${op.gflops}`);
  const limit = attainable(roof, op.intensity);
  return { bound: roof.bandwidth * op.intensity < roof.peak ? 'memory' : 'compute', attainable: limit, fraction: op.gflops / limit, headroom: limit / op.gflops };
}
