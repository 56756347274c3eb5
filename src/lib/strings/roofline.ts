/** Strings of the machine's roofline (issue 19): probe and roof names, how bytes are counted, and where an op sits. */
import type { MachineProbeId, Placement, RoofId } from '../lab';
import { formatRate } from '../lab/format';

const percent = (fraction: number) => `${fraction >= 0.1 ? Math.round(100 * fraction) : Number((100 * fraction).toPrecision(1))} %`;
const times = (ratio: number) => `${ratio >= 10 ? Math.round(ratio) : Number(ratio.toPrecision(2))}×`;

/** Every sentence about the machine's own limits, in one place for wording fixes and translation. */
export const rooflineStrings = {
  probes: {
    'wasm-copy': 'wasm SIMD copy (STREAM)',
    'wasm-triad': 'wasm SIMD triad (STREAM)',
    'js-set': 'JavaScript Float32Array.set copy',
    'webgpu-copy': 'WebGPU buffer copy',
    'wasm-madd': 'wasm SIMD peak (multiply, then add)',
    'wasm-relaxed-madd': 'wasm SIMD peak (relaxed multiply-add)',
    'webgpu-madd': 'WebGPU multiply-add shader',
  } satisfies Record<MachineProbeId, string>,
  /** The name of a roof; `threads` is how many workers ran the all-threads probes. */
  roof: (id: RoofId, threads: number): string => {
    if (id === 'gpu') return 'WebGPU peak';
    return id === 'cpu-one-thread' ? 'wasm SIMD peak, one thread' : `wasm SIMD peak, ${threads} threads`;
  },
  tfjsRoof: 'what TF.js reaches',
  bytesCounted: 'Bandwidth counts the bytes read plus the bytes written, as STREAM does: 8 bytes per float copied, 12 per float of triad (a = b + q·c). The extra read a cache makes before writing a line is not counted.',
  wasmPeakNote: 'The wasm SIMD peak is the fastest this browser runs independent 4-wide float multiply-adds: a ceiling for code that runs in WebAssembly, not the processor’s native peak (which wider vectors such as AVX2 or AVX-512 can exceed).',
  relaxedUnavailable: 'This browser has no relaxed SIMD, so the wasm peak uses a separate multiply and add.',
  /** Where an op sits under its roof, in plain words. */
  placement: (options: { intensity: number; gflops: number; roof: string; placement: Placement }): string => {
    const { intensity, gflops, roof, placement } = options;
    const limit = placement.bound === 'memory' ? 'memory bandwidth' : 'compute';
    const where = `At ${formatRate(intensity)} FLOP per byte the limit is ${limit}: the ${roof} allows ${formatRate(placement.attainable)} GFLOP/s there.`;
    if (placement.fraction >= 0.9) return `${where} It reaches ${formatRate(gflops)} GFLOP/s, ${percent(placement.fraction)} of that: at the machine’s limit.`;
    return `${where} It reaches ${formatRate(gflops)} GFLOP/s, ${percent(placement.fraction)} of that: ${times(placement.headroom)} under the machine’s limit.`;
  },
};
