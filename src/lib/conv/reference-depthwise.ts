// Reference depthwise and separable convolutions: plain loops, written to be obviously right, not fast.
import type { Padding, SizePair } from './geometry';
import { pointwiseConv2d, type ReferenceConvOptions } from './reference';
import { checkBias, setupConv } from './setup';
import { depthwiseOutChannel, getValue, setValue, tensor4d, type Tensor4D } from './tensor';

/**
 * Depthwise convolution: input [batch, inHeight, inWidth, inChannels] with filter
 * [filterHeight, filterWidth, inChannels, chMul] gives [batch, outHeight, outWidth, inChannels · chMul];
 * output channel inChannel · chMul + m filters input channel inChannel alone with slice m, like tf.depthwiseConv2d.
 */
export function depthwiseConv2d(options: ReferenceConvOptions): Tensor4D {
  const { input, filter, info, batch, outChannels, chMul } = setupConv('depthwise', options);
  const bias = checkBias(options.bias, outChannels);
  const output = tensor4d([batch, info.outHeight, info.outWidth, outChannels]);
  for (let b = 0; b < batch; b += 1) {
    for (let outRow = 0; outRow < info.outHeight; outRow += 1) {
      for (let outCol = 0; outCol < info.outWidth; outCol += 1) {
        for (let inChannel = 0; inChannel < info.inChannels; inChannel += 1) {
          for (let m = 0; m < chMul; m += 1) {
            let sum = 0;
            for (let filterRow = 0; filterRow < info.filterHeight; filterRow += 1) {
              const inRow = outRow * info.strideHeight - info.padInfo.top + filterRow * info.dilationHeight;
              if (inRow < 0 || inRow >= info.inHeight) continue;
              for (let filterCol = 0; filterCol < info.filterWidth; filterCol += 1) {
                const inCol = outCol * info.strideWidth - info.padInfo.left + filterCol * info.dilationWidth;
                if (inCol < 0 || inCol >= info.inWidth) continue;
                sum += getValue(input, [b, inRow, inCol, inChannel]) * getValue(filter, [filterRow, filterCol, inChannel, m]);
              }
            }
            const outChannel = depthwiseOutChannel(inChannel, m, chMul);
            setValue(output, [b, outRow, outCol, outChannel], sum + (bias?.[outChannel] ?? 0));
          }
        }
      }
    }
  }
  return output;
}

/** A separable block's tensors: depthwise filter [filterHeight, filterWidth, inChannels, chMul], pointwise [1, 1, inChannels · chMul, outChannels]. */
export interface SeparableConvOptions {
  input: Tensor4D;
  depthwiseFilter: Tensor4D;
  pointwiseFilter: Tensor4D;
  stride?: SizePair;
  dilation?: SizePair;
  pad?: Padding;
  /** Optional bias of length outChannels, added once after the pointwise step (as Keras's SeparableConv2D does). */
  bias?: ArrayLike<number>;
}

/** Separable convolution: depthwiseConv2d (stride, dilation, pad) then a stride-1 pointwiseConv2d, like tf.separableConv2d. */
export function separableConv2d(options: SeparableConvOptions): Tensor4D {
  const { input, depthwiseFilter, pointwiseFilter } = options;
  const depthwise = depthwiseConv2d({
    input, filter: depthwiseFilter, stride: options.stride, dilation: options.dilation, pad: options.pad,
  });
  const expected = depthwise.shape[3];
  if (pointwiseFilter?.shape?.[2] !== expected) {
    throw new Error('Error in separableConv2d: the third dimension of pointwise filter must be ' +
      `${expected}, but got ${pointwiseFilter?.shape?.[2]}.`);
  }
  return pointwiseConv2d({ input: depthwise, filter: pointwiseFilter, bias: options.bias });
}
