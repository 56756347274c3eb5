// Reference answers for exercises the convolution and cost libraries do not answer directly (plain, obviously right).
import { assertShape4D, tensor4d, getValue, setValue, type Tensor4D } from '../../conv';

/**
 * The depth multiplier that makes a stride-1, pad-'same' depthwise layer turn `inputShape` into `wantedShape`
 * ([batch, height, width, channels]), or null when none does (spatial sizes or batch differ, or channels are no whole multiple).
 */
export function depthMultiplierFor(inputShape: readonly number[], wantedShape: readonly number[]): number | null {
  const [batch, height, width, inChannels] = assertShape4D(inputShape, 'inputShape');
  const [wantedBatch, wantedHeight, wantedWidth, outChannels] = assertShape4D(wantedShape, 'wantedShape');
  if (batch !== wantedBatch || height !== wantedHeight || width !== wantedWidth) return null;
  return outChannels % inChannels === 0 ? outChannels / inChannels : null;
}

/**
 * The standard kernel [filterHeight, filterWidth, inChannels, outChannels] equivalent to a separable block:
 * K[row, col, channel, out] = Σ_m depthwise[row, col, channel, m] · pointwise[0, 0, channel · chMul + m, out].
 */
export function equivalentStandardKernel(depthwiseFilter: Tensor4D, pointwiseFilter: Tensor4D): Tensor4D {
  const [filterHeight, filterWidth, inChannels, chMul] = depthwiseFilter.shape;
  const outChannels = pointwiseFilter.shape[3];
  if (pointwiseFilter.shape[2] !== inChannels * chMul) {
    throw new Error(`invalid pointwiseFilter: ${pointwiseFilter.shape[2]} input channels, expected inChannels · chMul = ${inChannels * chMul}`);
  }
  const kernel = tensor4d([filterHeight, filterWidth, inChannels, outChannels]);
  for (let row = 0; row < filterHeight; row += 1) {
    for (let col = 0; col < filterWidth; col += 1) {
      for (let channel = 0; channel < inChannels; channel += 1) {
        for (let out = 0; out < outChannels; out += 1) {
          let sum = 0;
          for (let m = 0; m < chMul; m += 1) {
            sum += getValue(depthwiseFilter, [row, col, channel, m]) * getValue(pointwiseFilter, [0, 0, channel * chMul + m, out]);
          }
          setValue(kernel, [row, col, channel, out], sum);
        }
      }
    }
  }
  return kernel;
}
