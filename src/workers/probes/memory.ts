// Memory bandwidth, STREAM-style: wasm SIMD copy and triad over three arrays in one wasm memory, and the
// JS Float32Array.prototype.set copy over the same arrays. Each pass is timed alone (≥ 10 ms at the
// default size, far above a 0.1 ms clock step) and its result spot-checked.
import {
  MIN_STREAM_ARRAY_FLOATS, STREAM_ARRAY_FLOATS, probeResult, streamBytes, type MachineProbeResult, type MemoryProbeId,
} from '../../lib/lab';
import type { ProbeThreadRequest } from '../../lib/lab/probe-protocol';
import { streamKernels, type StreamKernels } from './wasm-kernels';

/** Options for {@link measureBandwidth}. */
export interface BandwidthOptions {
  /** Floats per array (a multiple of 16); halved down to {@link MIN_STREAM_ARRAY_FLOATS} while the browser refuses the memory. Default {@link STREAM_ARRAY_FLOATS}. */
  floats?: number;
  /** Timed passes of each kernel after one untimed pass; default 10, as STREAM. */
  passes?: number;
  /** The clock in ms; default `performance.now`. */
  now?: () => number;
}

const PAGE = 65536;
const TRIAD_SCALAR = 3;

/** The three arrays a, b, c laid out one after another from the second page of a STREAM instance's memory. */
interface Arrays {
  kernels: StreamKernels;
  floats: number;
  offsets: [number, number, number];
  views: [Float32Array, Float32Array, Float32Array];
}

function allocate(floats: number): Arrays {
  const kernels = streamKernels();
  const bytes = floats * 4;
  const offsets: [number, number, number] = [PAGE, PAGE + bytes, PAGE + 2 * bytes];
  kernels.memory.grow(Math.ceil((PAGE + 3 * bytes) / PAGE) - kernels.memory.buffer.byteLength / PAGE);
  const [a, b, c] = offsets.map((offset) => new Float32Array(kernels.memory.buffer, offset, floats)) as [Float32Array, Float32Array, Float32Array];
  // Distinct values in each array, so a kernel that read the wrong one would fail its check; writing them also maps every page.
  for (let index = 0; index < floats; index += 1) {
    b[index] = (index % 1000) / 8;
    c[index] = (index % 7) + 0.5;
  }
  a.fill(-1);
  return { kernels, floats, offsets, views: [a, b, c] };
}

/** The largest arrays the browser grants, halving from `floats` down to the minimum. */
function allocateLargest(floats: number): Arrays {
  for (let size = floats; ; size /= 2) {
    try {
      return allocate(size);
    } catch (error) {
      if (!(error instanceof RangeError) || size / 2 < Math.min(floats, MIN_STREAM_ARRAY_FLOATS)) throw error;
    }
  }
}

/** Throws unless `a` holds what `expected(index)` says at a spread of indices. */
function check(probe: MemoryProbeId, a: Float32Array, expected: (index: number) => number): void {
  for (const index of [0, 1, 15, 16, a.length >> 1, a.length - 17, a.length - 1]) {
    if (a[index] !== expected(index)) throw new Error(`invalid probe: ${probe} wrote ${a[index]} at ${index}, expected ${expected(index)}`);
  }
}

/** The CPU memory probes: STREAM copy and triad in wasm SIMD, and the JS `set` copy. */
export type CpuMemoryProbeId = Exclude<MemoryProbeId, 'webgpu-copy'>;

/** Every CPU memory probe, in the order they run. */
export const CPU_MEMORY_PROBES: readonly CpuMemoryProbeId[] = ['wasm-copy', 'wasm-triad', 'js-set'];

/** STREAM's arrays on one thread and its kernels over them: `checkedPass` runs a kernel once and checks its output, `pass` only runs it. */
export interface StreamSet {
  /** Floats per array actually allocated (the largest the browser granted, up to the request). */
  floats: number;
  checkedPass(probe: CpuMemoryProbeId): void;
  pass(probe: CpuMemoryProbeId): void;
}

/** Allocates STREAM's three arrays of up to `floats` floats (a positive multiple of 16) in a fresh wasm memory. */
export function streamSet(floats: number): StreamSet {
  if (!Number.isInteger(floats / 16) || floats <= 0) throw new Error(`invalid floats: ${floats} (a positive multiple of 16)`);
  const { kernels, floats: granted, offsets, views } = allocateLargest(floats);
  const [a, b, c] = views;
  const bytes = granted * 4;
  const kernelsById: Record<CpuMemoryProbeId, { run: () => void; expected: (index: number) => number }> = {
    'wasm-copy': { run: () => kernels.copy(offsets[1], offsets[0], bytes), expected: (index) => b[index] as number },
    'wasm-triad': {
      run: () => kernels.triad(offsets[0], offsets[1], offsets[2], bytes, TRIAD_SCALAR),
      expected: (index) => Math.fround((b[index] as number) + Math.fround(TRIAD_SCALAR * (c[index] as number))),
    },
    'js-set': { run: () => a.set(c), expected: (index) => c[index] as number },
  };
  return {
    floats: granted,
    checkedPass: (probe) => {
      a.fill(-1);
      kernelsById[probe].run();
      check(probe, a, kernelsById[probe].expected);
    },
    pass: (probe) => kernelsById[probe].run(),
  };
}

/** STREAM copy (wasm SIMD), triad (wasm SIMD) and the JS `set` copy on one thread, each with its best and median GB/s. */
export function measureBandwidth(options: BandwidthOptions = {}): MachineProbeResult[] {
  const { passes = 10, now = () => performance.now() } = options;
  if (!Number.isInteger(passes) || passes < 1) throw new Error(`invalid passes: ${passes}`);
  const set = streamSet(options.floats ?? STREAM_ARRAY_FLOATS);
  return CPU_MEMORY_PROBES.map((probe) => {
    set.checkedPass(probe);
    const passesMs: number[] = [];
    for (let pass = 0; pass < passes; pass += 1) {
      const start = now();
      set.pass(probe);
      passesMs.push(now() - start);
    }
    return probeResult({ probe, threads: 1, size: set.floats * 4, amount: streamBytes(probe, set.floats), passesMs });
  });
}

/** This thread's STREAM arrays (a probe thread keeps them between requests), and which probes have passed their check on them. */
let threadSet: { set: StreamSet; requested: number; checked: Set<CpuMemoryProbeId> } | undefined;

/**
 * A probe thread's STREAM request: `passes` passes of one kernel back to back over this thread's own arrays (allocated,
 * and each kernel checked once, on first use); the passes' ms and the floats per array they ran over.
 */
export function answerStream(request: Extract<ProbeThreadRequest, { type: 'stream' }>, now: () => number): { ms: number; value: number } {
  if (!Number.isInteger(request.passes) || request.passes < 1) throw new Error(`invalid passes: ${request.passes}`);
  if (threadSet?.requested !== request.floats) threadSet = { set: streamSet(request.floats), requested: request.floats, checked: new Set() };
  const { set, checked } = threadSet;
  if (!checked.has(request.probe)) {
    set.checkedPass(request.probe);
    checked.add(request.probe);
  }
  const start = now();
  for (let pass = 0; pass < request.passes; pass += 1) set.pass(request.probe);
  return { ms: now() - start, value: set.floats };
}
