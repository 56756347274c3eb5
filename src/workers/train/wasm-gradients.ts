/**
 * The convolution gradient kernels TF.js 4.22's wasm backend lacks (Conv2DBackpropFilter,
 * DepthwiseConv2dNativeBackpropFilter, DepthwiseConv2dNativeBackpropInput), so a CNN can train on wasm,
 * plus a faster Conv2DBackpropInput (wasm's own is a plain loop, ≈ 10× slower than its forward conv).
 *
 * Each is written with wasm's own fast ops — strided slices, 2-D transposes, one `matMul`, a
 * convolution — never a JavaScript loop over pixels: cpu's loop kernels take minutes per batch on
 * MNIST-sized nets. Measured on wasm: `matMul(a, b, transposeA)` and 3-D transposes are 5–10× slower
 * than a 2-D `transpose` followed by a plain `matMul`, which is why the code takes that route.
 * `tf` is passed in rather than imported, so the training worker (which loads TF.js lazily) and the
 * Node reference script register the very same code.
 */
import type * as TfCore from '@tensorflow/tfjs-core';

type Tf = typeof TfCore;
type Tensor = TfCore.Tensor;
type Tensor4D = TfCore.Tensor4D;
type Conv2DInfo = TfCore.backend_util.Conv2DInfo;
type Padding = 'valid' | 'same' | number | TfCore.backend_util.ExplicitPadding;
type Pair = [number, number] | number;

/** The kernel names this module registers for the wasm backend. */
export const WASM_GRADIENT_KERNELS = [
  'Conv2DBackpropFilter', 'Conv2DBackpropInput', 'DepthwiseConv2dNativeBackpropFilter', 'DepthwiseConv2dNativeBackpropInput',
] as const;

function assertUnitDilation(kernel: string, info: Conv2DInfo): void {
  if (info.dilationHeight !== 1 || info.dilationWidth !== 1) {
    throw new Error(`Error in ${kernel}: dilations must be 1, but got [${info.dilationHeight}, ${info.dilationWidth}]`);
  }
}

/**
 * The input windows a convolution reads, one row per output pixel (im2col):
 * x [batch, inHeight, inWidth, inChannels] → [batch · outHeight · outWidth, filterHeight · filterWidth · inChannels],
 * columns ordered (filter row, filter column, channel) like a TF.js filter.
 */
export function windowColumns(tf: Tf, x: Tensor4D, info: Conv2DInfo): TfCore.Tensor2D {
  const { batchSize, inChannels, outHeight, outWidth, strideHeight, strideWidth, filterHeight, filterWidth, padInfo } = info;
  const rows = batchSize * outHeight * outWidth;
  const padded = tf.pad(x, [[0, 0], [padInfo.top, padInfo.bottom], [padInfo.left, padInfo.right], [0, 0]]);
  const slices: Tensor4D[] = [];
  for (let row = 0; row < filterHeight; row += 1) {
    for (let column = 0; column < filterWidth; column += 1) {
      const begin = [0, row, column, 0];
      const end = [batchSize, row + (outHeight - 1) * strideHeight + 1, column + (outWidth - 1) * strideWidth + 1, inChannels];
      slices.push(tf.stridedSlice(padded, begin, end, [1, strideHeight, strideWidth, 1]) as Tensor4D);
    }
  }
  const windows = slices.length === 1 && slices[0] ? slices[0] : tf.concat(slices, 3);
  return tf.reshape(windows, [rows, filterHeight * filterWidth * inChannels]);
}

/** dL/dfilter of conv2d: the window columns times dy, one matMul → [filterHeight, filterWidth, inChannels, outChannels]. */
export function conv2dFilterGradient(tf: Tf, x: Tensor4D, dy: Tensor4D, info: Conv2DInfo): Tensor {
  return tf.tidy(() => {
    const columns = windowColumns(tf, x, info);
    const gradients = tf.reshape(dy, [columns.shape[0], info.outChannels]);
    return tf.reshape(tf.matMul(tf.transpose(columns), gradients), info.filterShape);
  });
}

/**
 * dL/dfilter of a depthwise convolution: each tap's window times dy, summed over output pixels —
 * transposed so that sum runs along the innermost axis → [filterHeight, filterWidth, inChannels, chMul].
 */
export function depthwiseFilterGradient(tf: Tf, x: Tensor4D, dy: Tensor4D, info: Conv2DInfo): Tensor {
  return tf.tidy(() => {
    const { inChannels, filterHeight, filterWidth } = info;
    const chMul = info.outChannels / inChannels;
    const taps = filterHeight * filterWidth;
    const columns = windowColumns(tf, x, info);
    const rows = columns.shape[0];
    const windows = tf.reshape(tf.transpose(columns), [taps, inChannels, 1, rows]);
    const gradients = tf.reshape(tf.transpose(tf.reshape(dy, [rows, info.outChannels])), [1, inChannels, chMul, rows]);
    return tf.reshape(tf.sum(tf.mul(windows, gradients), 3), [filterHeight, filterWidth, inChannels, chMul]);
  });
}

/**
 * dy spread back over the input grid for a stride-1 'valid' convolution with the filter turned 180°:
 * zeros between rows and columns for the stride, then the padding the forward pass implied, turned round.
 */
function spreadForInputGradient(tf: Tf, dy: Tensor4D, info: Conv2DInfo): Tensor4D {
  const { batchSize, inHeight, inWidth, outHeight, outWidth, strideHeight, strideWidth, filterHeight, filterWidth, padInfo } = info;
  const channels = dy.shape[3];
  const spreadHeight = (outHeight - 1) * strideHeight + 1;
  const spreadWidth = (outWidth - 1) * strideWidth + 1;
  let spread: Tensor4D = dy;
  if (strideHeight > 1 || strideWidth > 1) {
    const gaps = tf.pad(tf.reshape(dy, [batchSize, outHeight, 1, outWidth, 1, channels]),
      [[0, 0], [0, 0], [0, strideHeight - 1], [0, 0], [0, strideWidth - 1], [0, 0]]);
    const dilated = tf.reshape(gaps, [batchSize, outHeight * strideHeight, outWidth * strideWidth, channels]);
    spread = tf.slice(dilated, [0, 0, 0, 0], [batchSize, spreadHeight, spreadWidth, channels]) as Tensor4D;
  }
  const top = filterHeight - 1 - padInfo.top;
  const left = filterWidth - 1 - padInfo.left;
  const bottom = inHeight + filterHeight - 1 - top - spreadHeight;
  const right = inWidth + filterWidth - 1 - left - spreadWidth;
  return tf.pad(spread, [[0, 0], [top, bottom], [left, right], [0, 0]]);
}

/** dL/dx of conv2d: the spread dy convolved (stride 1, valid) with the filter turned 180° and its in/out channels swapped. */
export function conv2dInputGradient(tf: Tf, dy: Tensor4D, filter: Tensor4D, info: Conv2DInfo): Tensor {
  return tf.tidy(() => {
    const turned = tf.transpose(tf.reverse(filter, [0, 1]), [0, 1, 3, 2]) as Tensor4D;
    return tf.conv2d(spreadForInputGradient(tf, dy, info), turned, 1, 'valid');
  });
}

/**
 * dL/dx of a depthwise convolution: the spread dy through a stride-1 depthwise convolution with the
 * filter turned 180°; the chMul outputs of each channel are then summed → [batch, inHeight, inWidth, inChannels].
 */
export function depthwiseInputGradient(tf: Tf, dy: Tensor4D, filter: Tensor4D, info: Conv2DInfo): Tensor {
  return tf.tidy(() => {
    const { batchSize, inHeight, inWidth, inChannels, filterHeight, filterWidth } = info;
    const channels = info.outChannels;
    const turned = tf.reshape(tf.reverse(filter, [0, 1]), [filterHeight, filterWidth, channels, 1]) as Tensor4D;
    const perOutput = tf.depthwiseConv2d(spreadForInputGradient(tf, dy, info), turned, 1, 'valid');
    const chMul = channels / inChannels;
    return chMul === 1 ? perOutput : tf.sum(tf.reshape(perOutput, [batchSize, inHeight, inWidth, inChannels, chMul]), 4);
  });
}

function asTensor(tf: Tf, info: TfCore.TensorInfo): Tensor4D {
  if (info instanceof tf.Tensor) return info as Tensor4D;
  return tf.engine().makeTensorFromTensorInfo(info) as Tensor4D;
}

const ours = new Set<TfCore.KernelFunc>();

/** Registers the four kernels for 'wasm', replacing wasm's own Conv2DBackpropInput (idempotent: a second call changes nothing). */
export function registerWasmGradients(tf: Tf): void {
  const { backend_util: util } = tf;
  const register = (kernelName: string, kernelFunc: TfCore.KernelFunc) => {
    const existing = tf.getKernel(kernelName, 'wasm');
    if (existing && ours.has(existing.kernelFunc)) return;
    if (existing) tf.unregisterKernel(kernelName, 'wasm');
    ours.add(kernelFunc);
    tf.registerKernel({ kernelName, backendName: 'wasm', kernelFunc });
  };
  register('Conv2DBackpropFilter', ({ inputs, attrs }) => {
    const { strides, pad, dimRoundingMode, filterShape, dataFormat } = attrs as unknown as
      { strides: Pair; pad: Padding; dimRoundingMode?: 'floor' | 'round' | 'ceil'; filterShape: [number, number, number, number]; dataFormat: string };
    if (dataFormat !== 'NHWC') throw new Error(`Error in Conv2DBackpropFilter: dataFormat must be NHWC, but got ${dataFormat}`);
    const x = asTensor(tf, inputs.x as TfCore.TensorInfo);
    const info = util.computeConv2DInfo(x.shape, filterShape, strides, 1, pad, dimRoundingMode, false, 'channelsLast');
    return conv2dFilterGradient(tf, x, asTensor(tf, inputs.dy as TfCore.TensorInfo), info);
  });
  register('Conv2DBackpropInput', ({ inputs, attrs }) => {
    const { strides, pad, dimRoundingMode, inputShape, dataFormat } = attrs as unknown as
      { strides: Pair; pad: Padding; dimRoundingMode?: 'floor' | 'round' | 'ceil'; inputShape: [number, number, number, number]; dataFormat: string };
    if (dataFormat !== 'NHWC') throw new Error(`Error in Conv2DBackpropInput: dataFormat must be NHWC, but got ${dataFormat}`);
    const filter = asTensor(tf, inputs.filter as TfCore.TensorInfo);
    const info = util.computeConv2DInfo(inputShape, filter.shape, strides, 1, pad, dimRoundingMode, false, 'channelsLast');
    return conv2dInputGradient(tf, asTensor(tf, inputs.dy as TfCore.TensorInfo), filter, info);
  });
  register('DepthwiseConv2dNativeBackpropFilter', ({ inputs, attrs }) => {
    const { strides, dilations, pad, dimRoundingMode, filterShape } = attrs as unknown as
      { strides: Pair; dilations: Pair; pad: Padding; dimRoundingMode?: 'floor' | 'round' | 'ceil'; filterShape: [number, number, number, number] };
    const x = asTensor(tf, inputs.x as TfCore.TensorInfo);
    const info = util.computeConv2DInfo(x.shape, filterShape, strides, dilations, pad, dimRoundingMode, true);
    assertUnitDilation('DepthwiseConv2dNativeBackpropFilter', info);
    return depthwiseFilterGradient(tf, x, asTensor(tf, inputs.dy as TfCore.TensorInfo), info);
  });
  register('DepthwiseConv2dNativeBackpropInput', ({ inputs, attrs }) => {
    const { strides, dilations, pad, dimRoundingMode, inputShape } = attrs as unknown as
      { strides: Pair; dilations: Pair; pad: Padding; dimRoundingMode?: 'floor' | 'round' | 'ceil'; inputShape: [number, number, number, number] };
    const filter = asTensor(tf, inputs.filter as TfCore.TensorInfo);
    const info = util.computeConv2DInfo(inputShape, filter.shape, strides, dilations, pad, dimRoundingMode, true);
    assertUnitDilation('DepthwiseConv2dNativeBackpropInput', info);
    return depthwiseInputGradient(tf, asTensor(tf, inputs.dy as TfCore.TensorInfo), filter, info);
  });
}
