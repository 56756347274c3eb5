/** Digit sets as TF.js tensors: images [count, 28, 28, 1] in 0–1 and one-hot labels [count, 10]. */
import type * as TfCore from '@tensorflow/tfjs-core';
import type { DigitSet } from '../../lib/digits';

/** Images and one-hot labels of some digits of a set, in the order of `indices`. */
export interface DigitTensors {
  xs: TfCore.Tensor4D;
  ys: TfCore.Tensor2D;
}

/** Grey levels 0–255 of the digits at `indices` (default: the first `count`) as floats in 0–1, [count, side, side, 1]. */
export function digitImages(tf: typeof TfCore, set: DigitSet, indices: readonly number[], side = 28): TfCore.Tensor4D {
  const size = side * side;
  const values = new Float32Array(indices.length * size);
  indices.forEach((source, at) => {
    const pixels = set.pixels.subarray(source * size, (source + 1) * size);
    for (let index = 0; index < size; index += 1) values[at * size + index] = (pixels[index] ?? 0) / 255;
  });
  return tf.tensor4d(values, [indices.length, side, side, 1]);
}

/** The images and one-hot labels of the digits at `indices`. */
export function digitTensors(tf: typeof TfCore, set: DigitSet, indices: readonly number[]): DigitTensors {
  const oneHot = new Float32Array(indices.length * 10);
  indices.forEach((source, at) => { oneHot[at * 10 + (set.labels[source] ?? 0)] = 1; });
  return { xs: digitImages(tf, set, indices), ys: tf.tensor2d(oneHot, [indices.length, 10]) };
}

/** 0, 1, …, count − 1: the first `count` digits of a set. */
export function firstIndices(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index);
}
