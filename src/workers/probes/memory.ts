// Memory bandwidth, STREAM-style: wasm SIMD copy and triad over three arrays in one wasm memory, and the
// JS Float32Array.prototype.set copy over the same arrays. Each pass is timed alone (≥ 10 ms at the
// default size, far above a 0.1 ms clock step) and its result spot-checked.
import {
  MIN_STREAM_ARRAY_FLOATS, STREAM_ARRAY_FLOATS, probeResult, streamBytes, type MachineProbeResult, type MemoryProbeId,
} from '../../lib/lab';
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

/** STREAM copy (wasm SIMD), triad (wasm SIMD) and the JS `set` copy on one thread, each with its best and median GB/s. */
export function measureBandwidth(options: BandwidthOptions = {}): MachineProbeResult[] {
  const { passes = 10, now = () => performance.now() } = options;
  const requested = options.floats ?? STREAM_ARRAY_FLOATS;
  if (!Number.isInteger(requested / 16) || requested <= 0) throw new Error(`invalid floats: ${requested} (a positive multiple of 16)`);
  if (!Number.isInteger(passes) || passes < 1) throw new Error(`invalid passes: ${passes}`);
  const { kernels, floats, offsets, views } = allocateLargest(requested);
  const [a, b, c] = views;
  const bytes = floats * 4;
  const kernelsById: Record<Exclude<MemoryProbeId, 'webgpu-copy'>, { run: () => void; expected: (index: number) => number }> = {
    'wasm-copy': { run: () => kernels.copy(offsets[1], offsets[0], bytes), expected: (index) => b[index] as number },
    'wasm-triad': {
      run: () => kernels.triad(offsets[0], offsets[1], offsets[2], bytes, TRIAD_SCALAR),
      expected: (index) => Math.fround((b[index] as number) + Math.fround(TRIAD_SCALAR * (c[index] as number))),
    },
    'js-set': { run: () => a.set(c), expected: (index) => c[index] as number },
  };
  return Object.entries(kernelsById).map(([probe, kernel]) => {
    a.fill(-1);
    kernel.run();
    check(probe as MemoryProbeId, a, kernel.expected);
    const passesMs: number[] = [];
    for (let pass = 0; pass < passes; pass += 1) {
      const start = now();
      kernel.run();
      passesMs.push(now() - start);
    }
    const id = probe as MemoryProbeId;
    return probeResult({ probe: id, threads: 1, size: bytes, amount: streamBytes(id, floats), passesMs });
  });
}
