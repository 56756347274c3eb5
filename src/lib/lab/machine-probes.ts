// The machine's own probes, as accounting: what each probe moves or computes per call, by STREAM's
// rules for memory and by counting f32x4 lanes for compute. The probe runners (src/workers/probes/)
// time the calls; this file turns calls and milliseconds into GB/s and GFLOP/s.
import { BYTES_PER_ELEMENT } from './model';
import { median } from './stats';

/** The memory probes: STREAM's copy and triad in wasm SIMD, the JS `Float32Array.prototype.set` copy, and a WebGPU buffer copy. */
export type MemoryProbeId = 'wasm-copy' | 'wasm-triad' | 'js-set' | 'webgpu-copy';

/** The compute probes: f32x4 multiply-then-add chains, the same with relaxed SIMD's multiply-add, and a WGSL multiply-add shader. */
export type ComputeProbeId = 'wasm-madd' | 'wasm-relaxed-madd' | 'webgpu-madd';

/** Any machine probe. */
export type MachineProbeId = MemoryProbeId | ComputeProbeId;

/**
 * Bytes each memory probe counts per element, read + write, as STREAM does (its copy counts 2 × 8 bytes
 * per double; these are floats): copy and set read one array and write one, triad reads two and writes
 * one. The extra read a cache does before it writes a line (write-allocate) is not counted, as in STREAM.
 */
export const STREAM_BYTES_PER_ELEMENT: Record<MemoryProbeId, number> = {
  'wasm-copy': 2 * BYTES_PER_ELEMENT,
  'wasm-triad': 3 * BYTES_PER_ELEMENT,
  'js-set': 2 * BYTES_PER_ELEMENT,
  'webgpu-copy': 2 * BYTES_PER_ELEMENT,
};

/** FLOP per element of triad (a = b + q·c: one multiply, one add). */
export const TRIAD_FLOP_PER_ELEMENT = 2;

/** Lanes of one wasm SIMD f32x4 value. */
export const F32X4_LANES = 4;

/** FLOP of one multiply-add step, counted as a multiply and an add whether or not they are fused. */
export const FLOP_PER_MADD = 2;

/** Default floats per STREAM array: 16 Mi (64 MiB), so triad's three arrays span 192 MiB, far past a desktop's 8–96 MiB last-level cache. */
export const STREAM_ARRAY_FLOATS = 16 * 1024 * 1024;

/** The fewest floats per array a memory probe may fall back to when the browser refuses more memory (4 Mi = 16 MiB). */
export const MIN_STREAM_ARRAY_FLOATS = 4 * 1024 * 1024;

/** Bytes one pass of a memory probe counts over arrays of `floats` elements. */
export function streamBytes(probe: MemoryProbeId, floats: number): number {
  if (!Number.isInteger(floats) || floats <= 0) throw new Error(`invalid floats: ${floats}`);
  return STREAM_BYTES_PER_ELEMENT[probe] * floats;
}

/** The work of one compute call: independent f32x4 chains, steps per chain, and invocations running them (1 for wasm). */
export interface ComputeWork {
  chains: number;
  steps: number;
  /** Parallel copies of the loop: 1 for a wasm call, the invocation count for a WebGPU dispatch. */
  invocations?: number;
}

/** FLOP of one compute call: chains × steps × 4 lanes × 2 (multiply and add) × invocations. */
export function computeFlop(work: ComputeWork): number {
  const { chains, steps, invocations = 1 } = work;
  for (const [name, value] of Object.entries({ chains, steps, invocations })) {
    if (!Number.isInteger(value) || value <= 0) throw new Error(`invalid ${name}: ${value}`);
  }
  return chains * steps * F32X4_LANES * FLOP_PER_MADD * invocations;
}

/** A rate in units per ns, i.e. GB/s for bytes and GFLOP/s for FLOP: `amount` done in `ms` milliseconds. */
export function gigaPerSecond(amount: number, ms: number): number {
  if (!(amount >= 0)) throw new Error(`invalid amount: ${amount}`);
  if (!(ms > 0) || !Number.isFinite(ms)) throw new Error(`invalid ms: ${ms}`);
  return amount / (ms * 1e6);
}

/**
 * One probe's result: the best rate (STREAM's convention: the fastest pass is the one least disturbed)
 * and the median, in GB/s for memory probes and GFLOP/s for compute probes.
 */
export interface MachineProbeResult {
  probe: MachineProbeId;
  /** Threads (workers) that ran it together: 1, or `navigator.hardwareConcurrency`; 0 for the GPU. */
  threads: number;
  /** Bytes per array for memory probes, FLOP per call (per thread) for compute probes. */
  size: number;
  /** The timed passes. */
  passes: number;
  best: number;
  median: number;
  unit: 'GB/s' | 'GFLOP/s';
}

/** The unit a probe reports in. */
export function probeUnit(probe: MachineProbeId): MachineProbeResult['unit'] {
  return probe in STREAM_BYTES_PER_ELEMENT ? 'GB/s' : 'GFLOP/s';
}

/** A probe's result from its pass times: `amount` (bytes or FLOP per pass, all threads together) over each pass's ms. */
export function probeResult(options: { probe: MachineProbeId; threads: number; size: number; amount: number; passesMs: readonly number[] }): MachineProbeResult {
  const { probe, threads, size, amount, passesMs } = options;
  if (passesMs.length === 0) throw new Error(`invalid passesMs: no timed pass of ${probe}`);
  const empty = passesMs.findIndex((ms) => !(ms > 0));
  if (empty >= 0) throw new Error(`invalid passesMs: pass ${empty} of ${probe} took ${passesMs[empty]} ms (shorter than the clock's step)`);
  const rates = passesMs.map((ms) => gigaPerSecond(amount, ms));
  return { probe, threads, size, passes: rates.length, best: Math.max(...rates), median: median(rates), unit: probeUnit(probe) };
}
