/**
 * The gradient of TF.js's `FusedBatchNorm` kernel without `tile`: tfjs-core 4.22's own gradient
 * tiles 1/√(variance + ε) from [channels] to the whole activation before multiplying (measured on
 * wasm: 4 Tile calls, 54–270 ms of a standard-net step), and multiplies full-size tensors before it
 * sums them over the batch and pixels. Here per-channel factors broadcast, and the sums come first:
 * dL/dscale = 1/√(v+ε) · Σ dy·(x − mean), dL/dvariance = −½ (v+ε)^−3/2 · scale · Σ dy·(x − mean),
 * dL/dmean = −scale/√(v+ε) · Σ dy, dL/doffset = Σ dy, dL/dx = dy · scale/√(v+ε).
 */
import type * as TfCore from '@tensorflow/tfjs-core';

type Tf = typeof TfCore;
type Tensor = TfCore.Tensor;

/**
 * Throws unless variance (and scale, when given) have mean's shape: the factors above are taken out
 * of the sums only then (TF.js's own gradient fails on other shapes too, with a reshape error).
 */
function assertSameShapes(mean: Tensor, variance: Tensor, scale: Tensor | undefined): void {
  for (const [name, tensor] of [['variance', variance], ['scale', scale]] as const) {
    if (tensor && (tensor.shape.length !== mean.shape.length || tensor.shape.some((length, axis) => length !== mean.shape[axis]))) {
      throw new Error(`Error in the FusedBatchNorm gradient: ${name} must have mean's shape [${mean.shape.join(', ')}], but got [${tensor.shape.join(', ')}]`);
    }
  }
}

/** The `FusedBatchNorm` gradient config, saving the inputs tfjs-core's own saves (x, mean, variance, scale). */
export function batchNormGradient(tf: Tf): TfCore.GradConfig {
  return {
    kernelName: 'FusedBatchNorm',
    inputsToSave: ['x', 'mean', 'variance', 'scale'],
    gradFunc: (dyOrDys, saved, attrs) => {
      const [x, mean, variance, scale] = saved as [Tensor, Tensor, Tensor, Tensor | undefined];
      assertSameShapes(mean, variance, scale);
      const dy = dyOrDys as Tensor;
      const { varianceEpsilon } = attrs as unknown as { varianceEpsilon: number };
      const axes = tf.broadcast_util.getReductionAxes(mean.shape, x.shape);
      const overPixels = (tensor: Tensor) => tf.reshape(axes.length > 0 ? tf.sum(tensor, axes) : tensor, mean.shape);
      // Computed once here, not in each thunk: every thunk runs in its own tidy. Only per-channel tensors outlive this call.
      const { inverseStd, scaleOverStd, dySum, dyTimesCentredSum } = tf.tidy(() => {
        const inverse = tf.rsqrt(tf.add(variance, tf.scalar(varianceEpsilon)));
        return {
          inverseStd: inverse,
          scaleOverStd: scale === undefined ? inverse : tf.mul(inverse, scale),
          dySum: overPixels(dy),
          dyTimesCentredSum: overPixels(tf.mul(dy, tf.sub(x, mean))),
        };
      });
      return {
        x: () => tf.reshape(tf.mul(dy, scaleOverStd), x.shape),
        mean: () => tf.neg(tf.mul(scaleOverStd, dySum)),
        variance: () => tf.mul(tf.mul(tf.mul(scaleOverStd, tf.square(inverseStd)), tf.scalar(-0.5)), dyTimesCentredSum),
        scale: () => tf.mul(inverseStd, dyTimesCentredSum),
        offset: () => dySum.clone(),
      };
    },
  };
}
