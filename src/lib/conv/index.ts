export {
  assertPositiveInteger, conv2dGeometry, filterSize, opName,
  type Conv2DGeometry, type Conv2DGeometryOptions, type ConvKind, type KernelOptions, type Padding, type SizePair,
} from './geometry';
export {
  conv2dInfo, effectiveFilterSize, outputChannels, outputShape, outputSize, outputSpatialShape,
  type AxisOptions, type ChannelOptions, type Conv2DInfo, type PadAmounts,
} from './output';
export {
  assertShape4D, assertTensor4D, depthwiseOutChannel, depthwiseSource, flatIndex, formatShape, getValue,
  setValue, shapeSize, tensor4d,
  type Index4D, type Shape4D, type Tensor4D,
} from './tensor';
export { mulberry32, randomTensor, type Random } from './random';
export { setupConv, type ConvSetup, type ConvTensorOptions } from './setup';
export { conv2d, pointwiseConv2d, type PointwiseConvOptions, type ReferenceConvOptions } from './reference';
export { depthwiseConv2d, separableConv2d, type SeparableConvOptions } from './reference-depthwise';
export { windowProducts, type WindowProduct, type WindowProductsOptions } from './window-products';
