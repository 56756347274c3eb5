// The plain data `show.kernels(filter)` and `show.featureMaps(tensor)` send from the cell worker to
// the page, built and validated the same way on both sides so a bad shape gets one clear message.
import type { Tensor3 } from './image-tensor';
import type { DepthwiseFilter } from './kernels';

/** Most kernels one `show.kernels` call draws (inChannels · chMul). */
const maxKernels = 64;
/** Largest kernel side `show.kernels` draws. */
const maxKernelSideShown = 15;
/** Most channels one `show.featureMaps` call draws. */
const maxMapChannels = 64;
/** Most pixels per channel `show.featureMaps` draws (256×256). */
const maxMapPixels = 256 * 256;

/** A feature-map payload: a [height, width, channels] tensor and an optional title. */
export interface FeatureMapsPayload extends Tensor3 {
  title?: string;
}

function shapeText(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

function assertValues(values: ArrayLike<number>, size: number, shape: readonly number[]): Float32Array {
  if (values.length !== size) throw new Error(`invalid values: ${values.length} values for shape ${shapeText(shape)}`);
  return Float32Array.from(values as ArrayLike<number>);
}

/**
 * A kernel payload from a filter's shape and values: rank 2 [filterHeight, filterWidth], rank 3
 * [filterHeight, filterWidth, inChannels] or rank 4 [filterHeight, filterWidth, inChannels, chMul].
 */
export function kernelsPayload(shape: readonly number[], values: ArrayLike<number>): DepthwiseFilter {
  if (shape.length < 2 || shape.length > 4 || !shape.every((size) => Number.isInteger(size) && size >= 1)) {
    throw new Error(`invalid filter shape: ${shapeText(shape)} (show.kernels expects [filterHeight, filterWidth, inChannels, chMul])`);
  }
  const [filterHeight, filterWidth, inChannels = 1, chMul = 1] = shape as [number, number, number?, number?];
  if (filterHeight > maxKernelSideShown || filterWidth > maxKernelSideShown) {
    throw new Error(`invalid filter shape: ${shapeText(shape)} (kernels up to ${maxKernelSideShown}×${maxKernelSideShown} are drawn)`);
  }
  if (inChannels * chMul > maxKernels) throw new Error(`invalid filter shape: ${shapeText(shape)} (at most ${maxKernels} kernels are drawn)`);
  return { filterHeight, filterWidth, inChannels, chMul, values: assertValues(values, filterHeight * filterWidth * inChannels * chMul, shape) };
}

/**
 * A feature-map payload from a tensor's shape and values: rank 2 [height, width], rank 3
 * [height, width, channels] or rank 4 [1, height, width, channels] (a batch of one).
 */
export function featureMapsPayload(shape: readonly number[], values: ArrayLike<number>, title?: string): FeatureMapsPayload {
  const valid = shape.length >= 2 && shape.length <= 4 && shape.every((size) => Number.isInteger(size) && size >= 1);
  if (!valid || (shape.length === 4 && shape[0] !== 1)) {
    throw new Error(`invalid tensor shape: ${shapeText(shape)} (show.featureMaps expects [height, width, channels] or [1, height, width, channels])`);
  }
  const spatial = shape.length === 4 ? shape.slice(1) : shape;
  const [height, width, channels = 1] = spatial as [number, number, number?];
  if (height * width > maxMapPixels) throw new Error(`invalid tensor shape: ${shapeText(shape)} (maps up to ${maxMapPixels} pixels are drawn; resize first)`);
  if (channels > maxMapChannels) throw new Error(`invalid tensor shape: ${shapeText(shape)} (at most ${maxMapChannels} channels are drawn)`);
  const payload: FeatureMapsPayload = { height, width, channels, values: assertValues(values, height * width * channels, shape) };
  return title === undefined ? payload : { ...payload, title };
}
