// Builds the TF.js layer a cost-library spec describes, so counts and shapes can be held against countParams().
import * as tf from '@tensorflow/tfjs';

/** A spec as the lessons write it (cost LayerSpec plus optional input geometry). */
export interface LessonLayer {
  kind: 'standard' | 'depthwise' | 'pointwise' | 'separable';
  kernelSize?: number;
  inChannels: number;
  outChannels?: number;
  chMul?: number;
  bias?: boolean;
  inHeight?: number;
  inWidth?: number;
  stride?: number;
  dilation?: number;
  pad?: 'same' | 'valid';
}

/** TF.js's own answer for a spec: countParams() and the built layer's output shape on [1, inHeight, inWidth, inChannels]. */
export function tfjsAnswer(spec: LessonLayer): { params: number; shape: number[] } {
  const common = {
    useBias: spec.bias ?? false,
    strides: spec.stride ?? 1,
    dilationRate: spec.dilation ?? 1,
    padding: spec.pad ?? 'valid',
  } as const;
  const kernelSize = spec.kernelSize ?? 1;
  const layer = {
    standard: () => tf.layers.conv2d({ ...common, filters: spec.outChannels!, kernelSize }),
    pointwise: () => tf.layers.conv2d({ ...common, filters: spec.outChannels!, kernelSize: 1 }),
    depthwise: () => tf.layers.depthwiseConv2d({ ...common, kernelSize, depthMultiplier: spec.chMul ?? 1 }),
    separable: () => tf.layers.separableConv2d({ ...common, filters: spec.outChannels!, kernelSize, depthMultiplier: spec.chMul ?? 1 }),
  }[spec.kind]();
  const inHeight = spec.inHeight ?? 32;
  const inputShape = [1, inHeight, spec.inWidth ?? inHeight, spec.inChannels];
  layer.build(inputShape);
  const shape = layer.computeOutputShape(inputShape) as number[];
  const params = layer.countParams();
  return { params, shape };
}

export { tf };
