// Output sizes and padding exactly as TF.js computes them (tfjs-core conv_util.computeConv2DInfo).
import {
  assertPositiveInteger, conv2dGeometry,
  type Conv2DGeometry, type Conv2DGeometryOptions, type ConvKind, type Padding,
} from './geometry';

/** Rows (or columns) a dilated filter spans: (filterSize - 1) · dilation + 1. */
export function effectiveFilterSize(filterSize: number, dilation: number): number {
  return (filterSize - 1) * dilation + 1;
}

/** One axis of a convolution: input length, filter length, stride, dilation and padding mode. */
export interface AxisOptions {
  inSize: number;
  filterSize: number;
  stride?: number;
  dilation?: number;
  pad?: Padding;
}

/** Output length along one axis: 'same' gives ceil(inSize / stride), 'valid' ceil((inSize - effectiveFilter + 1) / stride). */
export function outputSize(options: AxisOptions): number {
  const inSize = assertPositiveInteger('inSize', options.inSize);
  const filter = assertPositiveInteger('filterSize', options.filterSize);
  const stride = assertPositiveInteger('stride', options.stride ?? 1);
  const dilation = assertPositiveInteger('dilation', options.dilation ?? 1);
  const pad = options.pad ?? 'valid';
  if (pad === 'same') return Math.ceil(inSize / stride);
  if (pad !== 'valid') throw new Error(`invalid pad: ${String(pad)}`);
  const span = effectiveFilterSize(filter, dilation);
  if (span > inSize) throw new Error(`invalid filterSize: ${filter} (spans ${span} > inSize ${inSize} with pad 'valid')`);
  return Math.ceil((inSize - span + 1) / stride);
}

/** Zero rows/columns added on each side; TF.js puts the odd extra one at the bottom/right for 'same'. */
export interface PadAmounts {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** A geometry with everything derived from it: effective filter, output size and padding (pixels). */
export interface Conv2DInfo extends Conv2DGeometry {
  readonly effectiveFilterHeight: number;
  readonly effectiveFilterWidth: number;
  readonly outHeight: number;
  readonly outWidth: number;
  readonly padInfo: PadAmounts;
}

/** Normalizes options (or re-checks a geometry) and derives output size and padding as TF.js's computeConv2DInfo does. */
export function conv2dInfo(options: Conv2DGeometryOptions): Conv2DInfo {
  const geometry = conv2dGeometry(options);
  const effectiveFilterHeight = effectiveFilterSize(geometry.filterHeight, geometry.dilationHeight);
  const effectiveFilterWidth = effectiveFilterSize(geometry.filterWidth, geometry.dilationWidth);
  const height = { inSize: geometry.inHeight, stride: geometry.strideHeight, span: effectiveFilterHeight };
  const width = { inSize: geometry.inWidth, stride: geometry.strideWidth, span: effectiveFilterWidth };
  const outHeight = outputSize({ ...height, filterSize: effectiveFilterHeight, pad: geometry.pad });
  const outWidth = outputSize({ ...width, filterSize: effectiveFilterWidth, pad: geometry.pad });
  const [top, bottom] = padAlong({ ...height, outSize: outHeight, pad: geometry.pad });
  const [left, right] = padAlong({ ...width, outSize: outWidth, pad: geometry.pad });
  return {
    ...geometry, effectiveFilterHeight, effectiveFilterWidth, outHeight, outWidth,
    padInfo: { top, bottom, left, right },
  };
}

function padAlong(axis: { inSize: number; stride: number; span: number; outSize: number; pad: Padding }): [number, number] {
  if (axis.pad === 'valid') return [0, 0];
  const total = Math.max(0, (axis.outSize - 1) * axis.stride + axis.span - axis.inSize);
  const before = Math.floor(total / 2);
  return [before, total - before];
}

/** The output's spatial size [outHeight, outWidth] in pixels. */
export function outputSpatialShape(options: Conv2DGeometryOptions): [number, number] {
  const { outHeight, outWidth } = conv2dInfo(options);
  return [outHeight, outWidth];
}

/** Channel options: outChannels for standard and pointwise, chMul (default 1) for depthwise. */
export interface ChannelOptions {
  kind?: ConvKind;
  inChannels?: number;
  outChannels?: number;
  chMul?: number;
}

/** Output channels: standard and pointwise give outChannels, depthwise gives inChannels · chMul (never padding or stride). */
export function outputChannels(options: ChannelOptions): number {
  const kind = options.kind ?? 'standard';
  const inChannels = assertPositiveInteger('inChannels', options.inChannels ?? 1);
  if (kind === 'depthwise') return inChannels * assertPositiveInteger('chMul', options.chMul ?? 1);
  if (kind === 'standard' || kind === 'pointwise') return assertPositiveInteger('outChannels', options.outChannels);
  throw new Error(`invalid kind: ${String(kind)}`);
}

/** Full output shape [batch, outHeight, outWidth, outChannels] (batch defaults to 1), as TF.js's outShape. */
export function outputShape(options: Conv2DGeometryOptions & ChannelOptions & { batch?: number }): [number, number, number, number] {
  const batch = assertPositiveInteger('batch', options.batch ?? 1);
  const [outHeight, outWidth] = outputSpatialShape(options);
  return [batch, outHeight, outWidth, outputChannels(options)];
}
