/**
 * The convolution gradients training runs on wasm, each the faster of the routes measured side by
 * side on the /train/ nets' layers (batch 64, Node, wasm; see the kernels handoff note for the table):
 * - depthwise filter gradient: a plain loop over the heap (3–6 ms a layer; im2col took 16–140 ms);
 * - conv2d filter gradient: the window rows written onto the heap by a loop, one 2-D transpose, one
 *   `matMul` (6–12 ms; im2col's strided slices took 23–130 ms, worst at stride 2); `matMul` with
 *   transposeA or transposeB is 3–10× slower on wasm than a transpose and a plain `matMul`;
 * - conv2d input gradient at stride > 1: dy times the transposed filter, added back onto the input
 *   grid by a loop (6 ms against 19 ms for spreading dy with zeros and convolving); at stride 1
 *   the convolution with the turned filter (im2col.ts) stays, being faster;
 * - depthwise input gradient: the convolution with the turned filter (im2col.ts) stays (0.5–2 ms
 *   against 3–6 ms for the loop).
 */
import type * as TfCore from '@tensorflow/tfjs-core';
import type { HeapBackend } from './heap';
import { addWindowRowsLoop, windowRowsLoop } from './loops';

type Tf = typeof TfCore;
type Tensor = TfCore.Tensor;
type Conv2DInfo = TfCore.backend_util.Conv2DInfo;

/** True when a convolution is a plain per-pixel matrix product: 1×1 filter, stride 1, no padding. */
function isPerPixel(info: Conv2DInfo): boolean {
  const { filterHeight, filterWidth, strideHeight, strideWidth, padInfo } = info;
  return filterHeight === 1 && filterWidth === 1 && strideHeight === 1 && strideWidth === 1
    && padInfo.top === 0 && padInfo.bottom === 0 && padInfo.left === 0 && padInfo.right === 0;
}

/** dL/dfilter of conv2d: windowsᵀ · dy as a transpose and one `matMul` → [filterHeight, filterWidth, inChannels, outChannels]. */
export function conv2dFilterGradientDirect(tf: Tf, backend: HeapBackend, x: Tensor, dy: Tensor, info: Conv2DInfo): Tensor {
  return tf.tidy(() => {
    const rows = info.batchSize * info.outHeight * info.outWidth;
    const windows = isPerPixel(info)
      ? tf.reshape(x, [rows, info.inChannels])
      : tf.engine().makeTensorFromTensorInfo(windowRowsLoop(backend, x, info)) as TfCore.Tensor2D;
    return tf.reshape(tf.matMul(tf.transpose(windows), tf.reshape(dy, [rows, info.outChannels])), info.filterShape);
  });
}

/** dL/dx of conv2d with stride > 1: dy · filterᵀ gives each window's gradient, a loop adds the windows back → x's shape. */
export function conv2dInputGradientDirect(tf: Tf, backend: HeapBackend, dy: Tensor, filter: Tensor, info: Conv2DInfo): Tensor {
  return tf.tidy(() => {
    const { batchSize, outHeight, outWidth, outChannels, filterHeight, filterWidth, inChannels } = info;
    const filterRows = tf.transpose(tf.reshape(filter, [filterHeight * filterWidth * inChannels, outChannels]));
    const windowGradients = tf.matMul(tf.reshape(dy, [batchSize * outHeight * outWidth, outChannels]), filterRows);
    return tf.engine().makeTensorFromTensorInfo(addWindowRowsLoop(backend, windowGradients, info));
  });
}
