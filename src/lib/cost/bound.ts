// The ceiling on a depthwise layer's arithmetic intensity, and how stride, depth multiplier and precision move it.
import { assertPositiveInteger } from '../conv';

/** Bytes per value for the precisions the site discusses. */
export const BYTES_PER_ELEMENT = { fp32: 4, fp16: 2, int8: 1 } as const;

/** A precision name: fp32, fp16 or int8. */
export type Precision = keyof typeof BYTES_PER_ELEMENT;

/** A depthwise layer's shape for the bound: square kernel k, depth multiplier m, stride s, and its precision. */
export interface DepthwiseBoundOptions {
  kernelSize: number;
  chMul?: number;
  stride?: number;
  precision?: Precision;
}

/**
 * The most operations per byte a k×k depthwise layer can reach, whatever the cache: every input value is read at least
 * once and every output value written once, and each output value costs 2k² operations. Per input value there are m/s²
 * outputs, so the bound is 2k²·m / ((s² + m)·bytes): 2.25 FLOP per byte for k = 3, m = 1, s = 1 in fp32.
 */
export function depthwiseIntensityBound(options: DepthwiseBoundOptions): number {
  const k = assertPositiveInteger('kernelSize', options.kernelSize);
  const m = assertPositiveInteger('chMul', options.chMul ?? 1);
  const s = assertPositiveInteger('stride', options.stride ?? 1);
  const precision = options.precision ?? 'fp32';
  const bytes = BYTES_PER_ELEMENT[precision];
  if (bytes === undefined) throw new Error(`invalid precision: ${String(precision)}`);
  return (2 * k * k * m) / ((s * s + m) * bytes);
}
