// Reference standard and pointwise convolutions: plain loops, written to be obviously right, not fast.
import type { SizePair } from './geometry';
import { checkBias, setupConv, type ConvTensorOptions } from './setup';
import { getValue, setValue, tensor4d, type Tensor4D } from './tensor';

/** A convolution's tensors and hyper-parameters plus an optional bias of length outChannels, added after the sum. */
export interface ReferenceConvOptions extends ConvTensorOptions {
  bias?: ArrayLike<number>;
}

/**
 * Standard convolution: input [batch, inHeight, inWidth, inChannels] with filter
 * [filterHeight, filterWidth, inChannels, outChannels] gives [batch, outHeight, outWidth, outChannels];
 * every output sums over the whole window and all input channels (padding counts as 0), like tf.conv2d.
 */
export function conv2d(options: ReferenceConvOptions): Tensor4D {
  const { input, filter, info, batch, outChannels } = setupConv('standard', options);
  const bias = checkBias(options.bias, outChannels);
  const output = tensor4d([batch, info.outHeight, info.outWidth, outChannels]);
  for (let b = 0; b < batch; b += 1) {
    for (let outRow = 0; outRow < info.outHeight; outRow += 1) {
      for (let outCol = 0; outCol < info.outWidth; outCol += 1) {
        for (let outChannel = 0; outChannel < outChannels; outChannel += 1) {
          let sum = 0;
          for (let filterRow = 0; filterRow < info.filterHeight; filterRow += 1) {
            const inRow = outRow * info.strideHeight - info.padInfo.top + filterRow * info.dilationHeight;
            if (inRow < 0 || inRow >= info.inHeight) continue;
            for (let filterCol = 0; filterCol < info.filterWidth; filterCol += 1) {
              const inCol = outCol * info.strideWidth - info.padInfo.left + filterCol * info.dilationWidth;
              if (inCol < 0 || inCol >= info.inWidth) continue;
              for (let inChannel = 0; inChannel < info.inChannels; inChannel += 1) {
                sum += getValue(input, [b, inRow, inCol, inChannel])
                  * getValue(filter, [filterRow, filterCol, inChannel, outChannel]);
              }
            }
          }
          setValue(output, [b, outRow, outCol, outChannel], sum + (bias?.[outChannel] ?? 0));
        }
      }
    }
  }
  return output;
}

/** Pointwise (1×1) convolution options: filter [1, 1, inChannels, outChannels], optional stride and bias. */
export interface PointwiseConvOptions {
  input: Tensor4D;
  filter: Tensor4D;
  stride?: SizePair;
  bias?: ArrayLike<number>;
}

/**
 * Pointwise (1×1) convolution: at every pixel, the inChannels vector times the [inChannels, outChannels]
 * weight matrix, so it mixes channels and never neighbouring pixels; gives [batch, outHeight, outWidth, outChannels].
 */
export function pointwiseConv2d(options: PointwiseConvOptions): Tensor4D {
  const { input, filter, info, batch, outChannels } = setupConv('pointwise', { ...options, pad: 'valid' });
  const bias = checkBias(options.bias, outChannels);
  const output = tensor4d([batch, info.outHeight, info.outWidth, outChannels]);
  for (let b = 0; b < batch; b += 1) {
    for (let outRow = 0; outRow < info.outHeight; outRow += 1) {
      for (let outCol = 0; outCol < info.outWidth; outCol += 1) {
        const inRow = outRow * info.strideHeight;
        const inCol = outCol * info.strideWidth;
        for (let outChannel = 0; outChannel < outChannels; outChannel += 1) {
          let sum = 0;
          for (let inChannel = 0; inChannel < info.inChannels; inChannel += 1) {
            sum += getValue(input, [b, inRow, inCol, inChannel]) * getValue(filter, [0, 0, inChannel, outChannel]);
          }
          setValue(output, [b, outRow, outCol, outChannel], sum + (bias?.[outChannel] ?? 0));
        }
      }
    }
  }
  return output;
}
