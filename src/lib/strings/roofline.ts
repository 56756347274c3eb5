/** Strings of the machine's roofline (issue 19): probe and roof names, how bytes are counted, and where an op sits. */
import type { LabBackend, MachineProbeId, Placement, ProbeRef, RoofId } from '../lab';
import { formatRate } from '../lab/format';
import { plural } from './units';

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
  /** The name of TF.js's own roof on one backend (its large add and matMul). */
  tfjsRoofOn: (backend: LabBackend): string => `what TF.js reaches on ${backend}`,
  /** Where a roof's number came from: the probe, and on how many threads when that is not the roof's own count. */
  probeSource: (ref: ProbeRef, roofThreads: number): string =>
    `${rooflineStrings.probes[ref.probe]}${ref.threads !== roofThreads && ref.threads === 1 ? ', one thread (it beat every thread at once)' : ''}`,
  notProbed: 'This run did not measure the machine’s own limits, so its ops are held only against what TF.js reaches (tick “Measure this machine’s own limits first” and run again).',
  wordsHeading: 'How far each op sits from the machine’s limit',
  wordsIntro: 'Each op is held against the roof of the part of the machine its backend runs on: wasm on one thread (or on every thread when TF.js runs it multi-threaded) and plain JavaScript against the wasm SIMD peak, WebGL and WebGPU against the GPU’s.',
  /** One op's line: which op on which backend, then where it sits. */
  opLine: (op: string, backend: string, where: string): string => `${op} on ${backend}: ${where}`,
  /** What TF.js's own probes allow at the op's intensity, and how much of it the op reaches. */
  tfjsClause: (attainable: number, fraction: number): string =>
    ` TF.js’s own add and matMul reach ${formatRate(attainable)} GFLOP/s at that intensity; the op reaches ${percent(fraction)} of that.`,
  /** How many of the ops move so little that their tensors can stay in cache, where the memory roof does not bind. */
  cacheNote: (small: number, total: number, limitMiB: number): string =>
    `${small === total ? 'Every op here moves' : `${small} of these ${total} ops ${plural(small, { one: 'moves', other: 'move' })}`} less than ${limitMiB} MiB per run, little enough to stay in the processor’s cache between runs. Cache is faster than memory, so such an op can sit above the memory roof, which is measured over arrays far larger than any cache: for these ops it is not a hard ceiling.`,
  noMachineRoof: (backend: string): string => `no roof of this machine was measured for ${backend}.`,
  chartMachine: 'machine',
  chartTfjs: 'TF.js',
  bytesCounted: 'Bandwidth counts the bytes read plus the bytes written, as STREAM does: 8 bytes per float copied, 12 per float of triad (a = b + q·c). The extra read a cache makes before writing a line is not counted.',
  wasmPeakNote: 'The wasm SIMD peak is the fastest this browser runs independent 4-wide float multiply-adds: a ceiling for code that runs in WebAssembly, not the processor’s native peak (which wider vectors such as AVX2 or AVX-512 can exceed).',
  relaxedUnavailable: 'This browser has no relaxed SIMD, so the wasm peak uses a separate multiply and add.',
  /** Where an op sits under its roof, in plain words. */
  placement: (options: { intensity: number; gflops: number; roof: string; placement: Placement }): string => {
    const { intensity, gflops, roof, placement } = options;
    const limit = placement.bound === 'memory' ? 'memory bandwidth' : 'compute';
    const where = `At ${formatRate(intensity)} FLOP per byte the limit is ${limit}: the ${roof} allows ${formatRate(placement.attainable)} GFLOP/s there.`;
    if (placement.fraction > 1.1) return `${where} It reaches ${formatRate(gflops)} GFLOP/s, ${percent(placement.fraction)} of that — above the measured roof, which happens when its data stays in cache, when the machine was busier while it was probed, or when the op’s kernel beats the probe’s.`;
    if (placement.fraction >= 0.9) return `${where} It reaches ${formatRate(gflops)} GFLOP/s, ${percent(placement.fraction)} of that: at the machine’s limit.`;
    return `${where} It reaches ${formatRate(gflops)} GFLOP/s, ${percent(placement.fraction)} of that: ${times(placement.headroom)} under the machine’s limit.`;
  },
  /** The /cost/ lesson's measurement of the reader's own roofs (src/notebook/MachineRoofs.astro). */
  lesson: {
    measure: 'Measure this machine’s roofs',
    idle: 'Not measured yet. The probes take a few seconds in a worker of their own; nothing leaves this page.',
    measuring: (stage: string) => `Measuring ${stage}…`,
    done: 'Measured on this machine just now.',
    failed: (reason: string) => `The probes could not finish: ${reason}`,
    noRoof: 'no roof could be measured',
    noScript: 'Measuring this machine’s roofs runs in your browser, so it needs JavaScript.',
    chartTitle: 'This machine’s roofline (wasm SIMD, measured here), with the /train/ networks’ convolutions placed under the one-thread roof at their arithmetic intensities',
    tableCaption: 'The /train/ networks’ convolutions under this machine’s one-thread roof: the best perfect kernels could do',
    columns: { layer: 'Layer', intensity: 'FLOP per byte', attainable: 'Attainable GFLOP/s', share: 'Share of the peak' },
    kinds: { standard: 'standard 3×3', depthwise: 'depthwise 3×3', pointwise: 'pointwise 1×1' } as Record<'standard' | 'depthwise' | 'pointwise', string>,
    ridge: (roof: string, bandwidth: number, peak: number) =>
      `The ${roof} moves ${formatRate(bandwidth)} GB/s and computes ${formatRate(peak)} GFLOP/s: its ridge is at ${formatRate(peak / bandwidth)} FLOP per byte.`,
    /** What the roof allows a kind of layer across its intensities, in plain words. */
    ceiling: (o: { kind: string; intensity: [number, number]; gflops: [number, number]; share: [number, number]; bound: 'memory' | 'compute' | 'both' }) => {
      const range = (pair: [number, number], unit: string) => (Math.abs(pair[0] - pair[1]) < 1e-9 * pair[1] ? `${formatRate(pair[0])}${unit}` : `${formatRate(pair[0])} to ${formatRate(pair[1])}${unit}`);
      const bound = o.bound === 'memory' ? 'all memory-bound' : o.bound === 'compute' ? 'all compute-bound' : 'on both sides of the ridge';
      return `The ${o.kind} layers (${range(o.intensity, ' FLOP per byte')}) are ${bound}: perfect kernels could reach ${range(o.gflops, ' GFLOP/s')}, ${range([100 * o.share[0], 100 * o.share[1]], ' %')} of the peak.`;
    },
  },
};