// The feature maps of one separable block on a picture: input channels → depthwise outputs
// (one per channel and multiplier) → pointwise outputs (seeded 1×1 channel mixes), all via src/lib/conv.
import { depthwiseConv2d, pointwiseConv2d, randomTensor, tensor4d, type Tensor4D } from '../conv/index';
import type { Tensor3 } from './image-tensor';
import type { DepthwiseFilter } from './kernels';

/** A [height, width, channels] tensor as a batch of one, [1, height, width, channels]. */
function batchOfOne(tensor: Tensor3): Tensor4D {
  return tensor4d([1, tensor.height, tensor.width, tensor.channels], tensor.values);
}

/** The single element of a [1, height, width, channels] batch as a [height, width, channels] tensor. */
function firstOfBatch(tensor: Tensor4D): Tensor3 {
  const [batch, height, width, channels] = tensor.shape;
  if (batch !== 1) throw new Error(`invalid batch: ${batch} (expected 1)`);
  return { height, width, channels, values: tensor.values };
}

/** A depthwise filter's plain record as a [filterHeight, filterWidth, inChannels, chMul] tensor. */
function filterTensor(filter: DepthwiseFilter): Tensor4D {
  return tensor4d([filter.filterHeight, filter.filterWidth, filter.inChannels, filter.chMul], filter.values);
}

/** Options of {@link separableMaps}: the picture, the depthwise filter, and how many pointwise outputs (0 for none). */
export interface SeparableMapsOptions {
  input: Tensor3;
  filter: DepthwiseFilter;
  pointwiseChannels?: number;
  /** Seed of the pointwise weights (uniform in [-1, 1)). */
  seed?: number;
}

/** The three groups of maps of a separable block (pad 'valid': a k×k kernel trims k − 1 pixels, and no zero border adds false edges). */
export interface SeparableMaps {
  input: Tensor3;
  depthwise: Tensor3;
  pointwise: Tensor3 | null;
}

/** Runs the reference depthwise (pad 'valid') and, when asked, pointwise convolutions on one picture. */
export function separableMaps(options: SeparableMapsOptions): SeparableMaps {
  const { input, filter, pointwiseChannels = 0, seed = 1 } = options;
  if (filter.inChannels !== input.channels) throw new Error(`invalid filter.inChannels: ${filter.inChannels} (the input has ${input.channels} channels)`);
  if (!Number.isInteger(pointwiseChannels) || pointwiseChannels < 0) throw new Error(`invalid pointwiseChannels: ${pointwiseChannels}`);
  const depthwise = depthwiseConv2d({ input: batchOfOne(input), filter: filterTensor(filter), pad: 'valid' });
  const pointwise = pointwiseChannels > 0
    ? firstOfBatch(pointwiseConv2d({ input: depthwise, filter: randomTensor([1, 1, depthwise.shape[3], pointwiseChannels], seed) }))
    : null;
  return { input, depthwise: firstOfBatch(depthwise), pointwise };
}

/** A seeded [height, width, channels] tensor of values in [-1, 1), for views of many channels. */
export function randomMaps(height: number, width: number, channels: number, seed: number): Tensor3 {
  return firstOfBatch(randomTensor([1, height, width, channels], seed));
}

/** A seeded depthwise filter [kernelSize, kernelSize, inChannels, chMul] with weights in [-1, 1). */
export function randomFilter(kernelSize: number, inChannels: number, chMul: number, seed: number): DepthwiseFilter {
  const tensor = randomTensor([kernelSize, kernelSize, inChannels, chMul], seed);
  return { filterHeight: kernelSize, filterWidth: kernelSize, inChannels, chMul, values: tensor.values };
}
