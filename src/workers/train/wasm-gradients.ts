/**
 * The convolution gradient kernels TF.js 4.22's wasm backend lacks (Conv2DBackpropFilter,
 * DepthwiseConv2dNativeBackpropFilter, DepthwiseConv2dNativeBackpropInput), so a CNN can train on wasm.
 *
 * Each is written with wasm's own fast ops — strided slices, one `matMul`, a depthwise convolution —
 * never a JavaScript loop over pixels: cpu's loop kernels take minutes per batch on MNIST-sized nets.
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
  'Conv2DBackpropFilter', 'DepthwiseConv2dNativeBackpropFilter', 'DepthwiseConv2dNativeBackpropInput',
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
  const windows = slices.length === 1 ? slices[0] : tf.concat(slices, 3);
  return tf.reshape(windows, [rows, filterHeight * filterWidth * inChannels]);
}

/** dL/dfilter of conv2d: the window columns times dy, one matMul → [filterHeight, filterWidth, inChannels, outChannels]. */
export function conv2dFilterGradient(tf: Tf, x: Tensor4D, dy: Tensor4D, info: Conv2DInfo): Tensor {
  return tf.tidy(() => {
    const columns = windowColumns(tf, x, info);
    const gradients = tf.reshape(dy, [columns.shape[0], info.outChannels]);
    return tf.reshape(tf.matMul(columns, gradients, true, false), info.filterShape);
  });
}

/**
 * dL/dfilter of a depthwise convolution: per channel, the windows times that channel's dy columns,
 * as one batched matMul over channels → [filterHeight, filterWidth, inChannels, chMul].
 */
export function depthwiseFilterGradient(tf: Tf, x: Tensor4D, dy: Tensor4D, info: Conv2DInfo): Tensor {
  return tf.tidy(() => {
    const { inChannels, filterHeight, filterWidth } = info;
    const chMul = info.outChannels / inChannels;
    const taps = filterHeight * filterWidth;
    const columns = windowColumns(tf, x, info);
    const rows = columns.shape[0];
    const perChannelWindows = tf.transpose(tf.reshape(columns, [rows, taps, inChannels]), [2, 0, 1]);
    const perChannelGradients = tf.transpose(tf.reshape(dy, [rows, inChannels, chMul]), [1, 0, 2]);
    const product = tf.matMul(perChannelWindows, perChannelGradients, true, false);
    return tf.reshape(tf.transpose(product, [1, 0, 2]), [filterHeight, filterWidth, inChannels, chMul]);
  });
}

/**
 * dL/dx of a depthwise convolution: dy spread back by the stride (zeros between rows and columns),
 * padded, and run through a stride-1 depthwise convolution with the filter turned 180°; the chMul
 * outputs of each channel are then summed → [batch, inHeight, inWidth, inChannels].
 */
export function depthwiseInputGradient(tf: Tf, dy: Tensor4D, filter: Tensor4D, info: Conv2DInfo): Tensor {
  return tf.tidy(() => {
    const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, strideHeight, strideWidth, filterHeight, filterWidth, padInfo } = info;
    const channels = info.outChannels;
    const spreadHeight = (outHeight - 1) * strideHeight + 1;
    const spreadWidth = (outWidth - 1) * strideWidth + 1;
    let spread: Tensor = dy;
    if (strideHeight > 1 || strideWidth > 1) {
      const gaps = tf.pad(tf.reshape(dy, [batchSize, outHeight, 1, outWidth, 1, channels]),
        [[0, 0], [0, 0], [0, strideHeight - 1], [0, 0], [0, strideWidth - 1], [0, 0]]);
      const dilated = tf.reshape(gaps, [batchSize, outHeight * strideHeight, outWidth * strideWidth, channels]);
      spread = tf.slice(dilated, [0, 0, 0, 0], [batchSize, spreadHeight, spreadWidth, channels]);
    }
    const top = filterHeight - 1 - padInfo.top;
    const left = filterWidth - 1 - padInfo.left;
    const bottom = inHeight + filterHeight - 1 - top - spreadHeight;
    const right = inWidth + filterWidth - 1 - left - spreadWidth;
    const padded = tf.pad(spread as Tensor4D, [[0, 0], [top, bottom], [left, right], [0, 0]]);
    const turned = tf.reshape(tf.reverse(filter, [0, 1]), [filterHeight, filterWidth, channels, 1]) as Tensor4D;
    const perOutput = tf.depthwiseConv2d(padded, turned, 1, 'valid');
    const chMul = channels / inChannels;
    return chMul === 1 ? perOutput : tf.sum(tf.reshape(perOutput, [batchSize, inHeight, inWidth, inChannels, chMul]), 4);
  });
}

function asTensor(tf: Tf, info: TfCore.TensorInfo): Tensor4D {
  if (info instanceof tf.Tensor) return info as Tensor4D;
  return tf.engine().makeTensorFromTensorInfo(info) as Tensor4D;
}

/** Registers the three gradient kernels for 'wasm' (idempotent: a second call changes nothing). */
export function registerWasmGradients(tf: Tf): void {
  const { backend_util: util } = tf;
  const register = (kernelName: string, kernelFunc: TfCore.KernelFunc) => {
    if (!tf.getKernel(kernelName, 'wasm')) tf.registerKernel({ kernelName, backendName: 'wasm', kernelFunc });
  };
  register('Conv2DBackpropFilter', ({ inputs, attrs }) => {
    const { strides, pad, dimRoundingMode, filterShape, dataFormat } = attrs as unknown as
      { strides: Pair; pad: Padding; dimRoundingMode?: 'floor' | 'round' | 'ceil'; filterShape: [number, number, number, number]; dataFormat: string };
    if (dataFormat !== 'NHWC') throw new Error(`Error in Conv2DBackpropFilter: dataFormat must be NHWC, but got ${dataFormat}`);
    const x = asTensor(tf, inputs.x as TfCore.TensorInfo);
    const info = util.computeConv2DInfo(x.shape, filterShape, strides, 1, pad, dimRoundingMode, false, 'channelsLast');
    return conv2dFilterGradient(tf, x, asTensor(tf, inputs.dy as TfCore.TensorInfo), info);
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
