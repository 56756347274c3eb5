/**
 * Convolution gradient pieces as plain loops over the wasm heap, written by hand because TF.js 4.22's
 * wasm backend has no kernel for them and composing them from its ops (im2col: nine strided slices,
 * a concat, a transpose) moved 9× the activations through memory several times: a depthwise filter
 * gradient is only batch · outHeight · outWidth · inChannels · chMul · 9 multiply-adds. Every
 * function allocates its output before it takes any heap view (allocation may grow the heap).
 */
import type * as TfCore from '@tensorflow/tfjs-core';
import { heapFloats, type HeapBackend } from './heap';

type TensorInfo = TfCore.TensorInfo;
type Conv2DInfo = TfCore.backend_util.Conv2DInfo;

/**
 * dL/dfilter of a depthwise convolution, [filterHeight, filterWidth, inChannels, chMul]: for each
 * tap, x under the tap times dy, summed over batch and output pixels (in float64, rounded once).
 */
export function depthwiseFilterGradientLoop(backend: HeapBackend, x: TensorInfo, dy: TensorInfo, info: Conv2DInfo): TensorInfo {
  const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, outChannels, strideHeight, strideWidth, filterHeight, filterWidth, padInfo } = info;
  const chMul = outChannels / inChannels;
  const out = backend.makeOutput([filterHeight, filterWidth, inChannels, chMul], 'float32');
  const kernel = 'DepthwiseConv2dNativeBackpropFilter';
  const xs = heapFloats(kernel, backend, x);
  const dys = heapFloats(kernel, backend, dy);
  const sums = new Float64Array(filterHeight * filterWidth * outChannels);
  for (let b = 0; b < batchSize; b += 1) {
    for (let oh = 0; oh < outHeight; oh += 1) {
      for (let kh = 0; kh < filterHeight; kh += 1) {
        const ih = oh * strideHeight - padInfo.top + kh;
        if (ih < 0 || ih >= inHeight) continue;
        for (let ow = 0; ow < outWidth; ow += 1) {
          const dyRow = ((b * outHeight + oh) * outWidth + ow) * outChannels;
          for (let kw = 0; kw < filterWidth; kw += 1) {
            const iw = ow * strideWidth - padInfo.left + kw;
            if (iw < 0 || iw >= inWidth) continue;
            const xRow = ((b * inHeight + ih) * inWidth + iw) * inChannels;
            const tap = (kh * filterWidth + kw) * outChannels;
            if (chMul === 1) {
              for (let c = 0; c < inChannels; c += 1) sums[tap + c]! += xs[xRow + c]! * dys[dyRow + c]!;
            } else {
              for (let c = 0; c < inChannels; c += 1) {
                const value = xs[xRow + c]!;
                for (let m = 0; m < chMul; m += 1) sums[tap + c * chMul + m]! += value * dys[dyRow + c * chMul + m]!;
              }
            }
          }
        }
      }
    }
  }
  heapFloats(kernel, backend, out).set(sums);
  return out;
}

/**
 * Walks every (output pixel, filter tap) of a convolution once, in window-row order: copies the
 * input pixel under the tap into `rows` (im2col; zeros for padding), or with `scatter` adds the
 * row's values back onto the pixel (col2im). One loop for both, so they agree on the layout.
 */
function walkWindows(rows: Float32Array, pixels: Float32Array, info: Conv2DInfo, scatter: boolean): void {
  const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, strideHeight, strideWidth, filterHeight, filterWidth, padInfo } = info;
  let at = 0;
  for (let b = 0; b < batchSize; b += 1) {
    for (let oh = 0; oh < outHeight; oh += 1) {
      for (let ow = 0; ow < outWidth; ow += 1) {
        for (let kh = 0; kh < filterHeight; kh += 1) {
          const ih = oh * strideHeight - padInfo.top + kh;
          for (let kw = 0; kw < filterWidth; kw += 1) {
            const iw = ow * strideWidth - padInfo.left + kw;
            if (ih >= 0 && ih < inHeight && iw >= 0 && iw < inWidth) {
              const xRow = ((b * inHeight + ih) * inWidth + iw) * inChannels;
              if (scatter) for (let c = 0; c < inChannels; c += 1) pixels[xRow + c]! += rows[at + c]!;
              else for (let c = 0; c < inChannels; c += 1) rows[at + c] = pixels[xRow + c]!;
            } else if (!scatter) {
              rows.fill(0, at, at + inChannels);
            }
            at += inChannels;
          }
        }
      }
    }
  }
}

/**
 * The input windows a convolution reads, written straight onto the heap (im2col without the nine
 * slices): x → [batch · outHeight · outWidth, filterHeight · filterWidth · inChannels], zeros for padding.
 */
export function windowRowsLoop(backend: HeapBackend, x: TensorInfo, info: Conv2DInfo): TensorInfo {
  const { batchSize, outHeight, outWidth, inChannels, filterHeight, filterWidth } = info;
  const out = backend.makeOutput([batchSize * outHeight * outWidth, filterHeight * filterWidth * inChannels], 'float32');
  walkWindows(heapFloats('Conv2DBackpropFilter', backend, out), heapFloats('Conv2DBackpropFilter', backend, x), info, false);
  return out;
}

/**
 * The inverse of {@link windowRowsLoop} for gradients (col2im): each window row's values added back
 * onto the input pixels they came from → [batch, inHeight, inWidth, inChannels].
 */
export function addWindowRowsLoop(backend: HeapBackend, windows: TensorInfo, info: Conv2DInfo): TensorInfo {
  const { batchSize, inHeight, inWidth, inChannels } = info;
  const out = backend.makeOutput([batchSize, inHeight, inWidth, inChannels], 'float32');
  walkWindows(heapFloats('Conv2DBackpropInput', backend, windows), heapFloats('Conv2DBackpropInput', backend, out).fill(0), info, true);
  return out;
}
