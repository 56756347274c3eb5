// Bytes moved and arithmetic intensity, from a simple stated model of memory traffic.
import { assertPositiveInteger } from '../conv';
import { assertExactCount, normalizeLayer, separableParts, type ConvWorkload } from './layer';
import { flops, workloadOutputShape } from './multiply-adds';
import { parameterCount } from './parameters';

/** Bytes in one float32 value. */
export const BYTES_PER_FLOAT32 = 4;

/** Elements a workload reads and writes; the separable block's intermediate tensor is written once and read once. */
export interface ElementTraffic {
  readonly input: number;
  readonly weights: number;
  readonly intermediate: number;
  readonly output: number;
  /** input + weights (with bias) + 2 · intermediate + output. */
  readonly total: number;
}

/**
 * The memory-traffic model: read the input once, read the weights (and bias) once, write the output once —
 * an ideal cache, no re-reads. A separable block is two ops, as TF.js runs it, so its depthwise output goes
 * to memory and comes back: counted once written and once read.
 */
export function elementTraffic(workload: ConvWorkload): ElementTraffic {
  const layer = normalizeLayer(workload);
  const batch = assertPositiveInteger('batch', workload.batch ?? 1);
  const inWidth = workload.inWidth ?? workload.inHeight;
  const input = batch * workload.inHeight * inWidth * layer.inChannels;
  const [, outHeight, outWidth, outChannels] = workloadOutputShape(workload);
  const output = batch * outHeight * outWidth * outChannels;
  const weights = parameterCount(workload);
  const intermediate = layer.kind === 'separable'
    ? batch * outHeight * outWidth * normalizeLayer(separableParts(workload).depthwise).outChannels
    : 0;
  const total = assertExactCount('elements', input + weights + 2 * intermediate + output);
  return { input, weights, intermediate, output, total };
}

/** Bytes moved under the model of elementTraffic, at bytesPerElement (default 4, fp32). */
export function bytesMoved(workload: ConvWorkload, bytesPerElement: number = BYTES_PER_FLOAT32): number {
  assertPositiveInteger('bytesPerElement', bytesPerElement);
  return assertExactCount('bytes', elementTraffic(workload).total * bytesPerElement);
}

/**
 * Arithmetic intensity in FLOP per byte: 2 · multiply-adds / bytes moved. A 3×3 depthwise conv (chMul 1) stays
 * under 18 FLOPs per 8 bytes = 2.25 in fp32, while a pointwise conv with hundreds of channels reaches tens.
 */
export function arithmeticIntensity(workload: ConvWorkload, bytesPerElement: number = BYTES_PER_FLOAT32): number {
  return flops(workload) / bytesMoved(workload, bytesPerElement);
}
