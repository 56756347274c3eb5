// Convolution geometries the gradient kernels are held on: strides, 'same' and 'valid', depth
// multipliers 1–3, odd and even sizes, non-square filters.
import { tf } from '../conv/tfjs';

type Shape4 = [number, number, number, number];

/** One convolution to differentiate: input and filter shapes, stride, padding. */
export interface GradientCase { label: string; inShape: Shape4; filterShape: Shape4; stride: [number, number]; pad: 'same' | 'valid' }

/** Output shape of a convolution on a case's geometry (TF.js's own formula). */
export function outShape({ inShape, filterShape, stride, pad }: GradientCase, depthwise: boolean): Shape4 {
  return tf.backend_util.computeConv2DInfo(inShape, filterShape, stride, 1, pad, undefined, depthwise).outShape;
}

/** Standard convolutions (filter [filterHeight, filterWidth, inChannels, outChannels]). */
export const standardCases: GradientCase[] = [
  { label: '3×3, stride 2, same, 7×6 input, 3 → 4 channels', inShape: [2, 7, 6, 3], filterShape: [3, 3, 3, 4], stride: [2, 2], pad: 'same' },
  { label: '3×2 filter, stride [2, 1], valid, 6×5 input', inShape: [1, 6, 5, 2], filterShape: [3, 2, 2, 5], stride: [2, 1], pad: 'valid' },
  { label: '1×1 pointwise, stride 1', inShape: [3, 4, 4, 6], filterShape: [1, 1, 6, 2], stride: [1, 1], pad: 'same' },
  { label: '5×5, stride 1, same, 8×8 input', inShape: [1, 8, 8, 2], filterShape: [5, 5, 2, 3], stride: [1, 1], pad: 'same' },
  { label: '3×3, stride 2, valid, odd 9×7 input, 2 → 3 channels', inShape: [2, 9, 7, 2], filterShape: [3, 3, 2, 3], stride: [2, 2], pad: 'valid' },
  { label: '1×1, stride 2, valid, odd 5×5 input', inShape: [2, 5, 5, 3], filterShape: [1, 1, 3, 4], stride: [2, 2], pad: 'valid' },
  { label: '3×3, stride [1, 2], same, 5×8 input', inShape: [2, 5, 8, 3], filterShape: [3, 3, 3, 2], stride: [1, 2], pad: 'same' },
  { label: '5×5, stride 2, same, odd 9×9 input, 3 → 2 channels', inShape: [1, 9, 9, 3], filterShape: [5, 5, 3, 2], stride: [2, 2], pad: 'same' },
  { label: '2×2 filter, stride 2, same, odd 7×7 input', inShape: [2, 7, 7, 2], filterShape: [2, 2, 2, 3], stride: [2, 2], pad: 'same' },
];

/** Depthwise convolutions (filter [filterHeight, filterWidth, inChannels, chMul]). */
export const depthwiseCases: GradientCase[] = [
  { label: '3×3, stride 2, same, chMul 1, 7×6 input', inShape: [2, 7, 6, 3], filterShape: [3, 3, 3, 1], stride: [2, 2], pad: 'same' },
  { label: '3×3, stride 2, valid, chMul 2, 8×7 input', inShape: [2, 8, 7, 3], filterShape: [3, 3, 3, 2], stride: [2, 2], pad: 'valid' },
  { label: '3×2 filter, stride [1, 2], same, chMul 2', inShape: [1, 5, 9, 2], filterShape: [3, 2, 2, 2], stride: [1, 2], pad: 'same' },
  { label: '3×3, stride 1, same, chMul 3, 6×6 input', inShape: [2, 6, 6, 4], filterShape: [3, 3, 4, 3], stride: [1, 1], pad: 'same' },
  { label: '3×3, stride 1, valid, chMul 1, odd 7×5 input', inShape: [2, 7, 5, 5], filterShape: [3, 3, 5, 1], stride: [1, 1], pad: 'valid' },
  { label: '3×3, stride 2, same, chMul 3, odd 9×7 input', inShape: [1, 9, 7, 2], filterShape: [3, 3, 2, 3], stride: [2, 2], pad: 'same' },
  { label: '5×5, stride 1, valid, chMul 2, 8×8 input', inShape: [2, 8, 8, 3], filterShape: [5, 5, 3, 2], stride: [1, 1], pad: 'valid' },
  { label: '3×3, stride 2, same, chMul 1, one channel, odd 5×5 input', inShape: [3, 5, 5, 1], filterShape: [3, 3, 1, 1], stride: [2, 2], pad: 'same' },
];
