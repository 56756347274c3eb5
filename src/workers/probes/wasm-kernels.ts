// The probes' wasm SIMD kernels (compiled from .wat at build time), instantiated on demand.
import streamBinary from './stream.wat';
import peakBinary from './peak.wat';
import relaxedPeakBinary from './peak-relaxed.wat';

/** Independent f32x4 chains in peak.wat and peak-relaxed.wat. */
export const PEAK_CHAINS = 12;

/** The STREAM kernels over the module's own memory (byte offsets and lengths in multiples of 64). */
export interface StreamKernels {
  memory: WebAssembly.Memory;
  copy: (src: number, dst: number, bytes: number) => void;
  triad: (a: number, b: number, c: number, bytes: number, q: number) => void;
}

/** One compute call: `steps` steps of x = x·m + c on every chain; returns the sum of every lane of every chain. */
export type PeakKernel = (steps: number, m: number, c: number) => number;

function instantiate(binary: Uint8Array<ArrayBuffer>): WebAssembly.Exports {
  return new WebAssembly.Instance(new WebAssembly.Module(binary)).exports;
}

/** A fresh instance of the STREAM kernels with its own (one-page) memory. */
export function streamKernels(): StreamKernels {
  return instantiate(streamBinary) as unknown as StreamKernels;
}

/** Whether this engine runs relaxed SIMD: validates the relaxed peak module itself (a few hundred bytes). */
export function relaxedSimdSupported(): boolean {
  return WebAssembly.validate(relaxedPeakBinary);
}

const peakKernels = new Map<boolean, PeakKernel>();

/**
 * The compute kernel: multiply then add (baseline SIMD), or relaxed SIMD's multiply-add where the engine has it.
 * One instance per thread, so the engine's optimised code (V8 tiers a wasm function up after its first calls) is kept.
 */
export function peakKernel(relaxed: boolean): PeakKernel {
  const known = peakKernels.get(relaxed);
  if (known) return known;
  if (relaxed && !relaxedSimdSupported()) throw new Error('invalid probe: relaxed SIMD is not supported here');
  const exports = instantiate(relaxed ? relaxedPeakBinary : peakBinary);
  const kernel = (relaxed ? exports.relaxed_madd : exports.madd) as PeakKernel;
  peakKernels.set(relaxed, kernel);
  return kernel;
}

/**
 * What the peak kernels compute, in JavaScript with float32 rounding: `fused` false rounds after the multiply and
 * after the add (peak.wat, exactly); true rounds once (an FMA: the float32 product is exact in a double).
 */
export function peakReference(steps: number, m: number, c: number, fused = false): number {
  const lanes = Array.from({ length: PEAK_CHAINS }, (_, chain) => Math.fround((chain + 1) / 16));
  const mf = Math.fround(m);
  const cf = Math.fround(c);
  for (let step = 0; step < steps; step += 1) {
    for (let chain = 0; chain < PEAK_CHAINS; chain += 1) {
      const x = lanes[chain] as number;
      lanes[chain] = fused ? Math.fround(x * mf + cf) : Math.fround(Math.fround(x * mf) + cf);
    }
  }
  const lane = lanes.reduce((sum, value) => Math.fround(sum + value));
  return Math.fround(Math.fround(Math.fround(lane + lane) + lane) + lane);
}
