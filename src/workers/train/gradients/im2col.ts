/**
 * The first convolution gradients the project wrote for TF.js 4.22's wasm backend (it has none for
 * Conv2DBackpropFilter, DepthwiseConv2dNativeBackpropFilter, DepthwiseConv2dNativeBackpropInput, and
 * a slow Conv2DBackpropInput): kept as the test oracle of the direct kernels and as the "before" of
 * `npm run bench:train` (select them with `registerWasmGradients(tf, { kernels: 'im2col' })`).
 *
 * Each is written with wasm's own ops — strided slices, 2-D transposes, one `matMul`, a
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
