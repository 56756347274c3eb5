// A plain rank-4 float32 tensor, row-major, the layout TF.js uses for NHWC activations and HWIO filters.
import { assertPositiveInteger } from './geometry';

/** A rank-4 shape: [batch, height, width, channels] for activations, [filterHeight, filterWidth, inChannels, outChannels | chMul] for filters. */
export type Shape4D = readonly [number, number, number, number];

/** A position in a rank-4 tensor, one index per axis (0-based). */
export type Index4D = readonly [number, number, number, number];

/**
 * A row-major float32 tensor of rank 4 (the last axis varies fastest).
 * Activations are [batch, height, width, channels]; a standard filter is [filterHeight, filterWidth, inChannels, outChannels];
 * a depthwise filter is [filterHeight, filterWidth, inChannels, chMul] (output channel = inChannel · chMul + m, as in TF.js);
 * a pointwise filter is [1, 1, inChannels, outChannels].
 */
export interface Tensor4D {
  readonly shape: Shape4D;
  readonly values: Float32Array;
}

/** Throws `invalid ${name}: ...` unless shape is four positive integers; returns a frozen copy. */
export function assertShape4D(shape: unknown, name = 'shape'): Shape4D {
  if (!Array.isArray(shape) || shape.length !== 4) {
    throw new Error(`invalid ${name}: ${Array.isArray(shape) ? formatShape(shape) : String(shape)} (must be rank 4)`);
  }
  const size = (axis: number): number => assertPositiveInteger(`${name}[${axis}]`, shape[axis]);
  return Object.freeze([size(0), size(1), size(2), size(3)] as const);
}

/** Number of elements in a shape (product of its sizes). */
export function shapeSize(shape: Shape4D): number {
  return shape[0] * shape[1] * shape[2] * shape[3];
}

/** Writes a shape the way the site prints it: "[1, 28, 28, 3]". */
export function formatShape(shape: readonly unknown[]): string {
  return `[${shape.join(', ')}]`;
}

/** Creates a tensor of the given shape, zero-filled or copied from values (whose length must match the shape). */
export function tensor4d(shape: Shape4D, values?: ArrayLike<number>): Tensor4D {
  const checked = assertShape4D(shape);
  const size = shapeSize(checked);
  if (values !== undefined && values.length !== size) {
    throw new Error(`invalid values: length ${values.length} does not match shape ${formatShape(checked)} (${size} elements)`);
  }
  const data = new Float32Array(size);
  if (values !== undefined) data.set(values);
  return { shape: checked, values: data };
}

/** Checks that a tensor-like value has a rank-4 shape and a Float32Array of matching length. */
export function assertTensor4D(tensor: unknown, name: string): Tensor4D {
  const candidate = tensor as Partial<Tensor4D> | null;
  if (candidate === null || typeof candidate !== 'object' || !(candidate.values instanceof Float32Array)) {
    throw new Error(`invalid ${name}: expected { shape, values: Float32Array }`);
  }
  const shape = assertShape4D(candidate.shape, `${name}.shape`);
  if (candidate.values.length !== shapeSize(shape)) {
    throw new Error(`invalid ${name}: ${candidate.values.length} values for shape ${formatShape(shape)}`);
  }
  return { shape, values: candidate.values };
}

/** Flat offset of a 4-D index in row-major order; throws `invalid index` when out of range. */
export function flatIndex(shape: Shape4D, index: Index4D): number {
  let offset = 0;
  for (let axis = 0; axis < 4; axis += 1) {
    const size = shape[axis] as number;
    const at = index[axis] as number;
    if (!Number.isInteger(at) || at < 0 || at >= size) {
      throw new Error(`invalid index: ${formatShape(index)} for shape ${formatShape(shape)}`);
    }
    offset = offset * size + at;
  }
  return offset;
}

/** Reads the value at a 4-D index. */
export function getValue(tensor: Tensor4D, index: Index4D): number {
  return tensor.values[flatIndex(tensor.shape, index)] as number;
}

/** Writes a value (rounded to float32) at a 4-D index. */
export function setValue(tensor: Tensor4D, index: Index4D, value: number): void {
  tensor.values[flatIndex(tensor.shape, index)] = value;
}

/** Depthwise output channel fed by input channel inChannel through multiplier slice m: inChannel · chMul + m. */
export function depthwiseOutChannel(inChannel: number, m: number, chMul: number): number {
  return inChannel * chMul + m;
}

/** Splits a depthwise output channel into the input channel and multiplier slice it came from: [inChannel, m]. */
export function depthwiseSource(outChannel: number, chMul: number): [number, number] {
  return [Math.floor(outChannel / chMul), outChannel % chMul];
}
