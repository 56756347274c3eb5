// The ops and probes as TF.js calls on seeded tensors that are allocated once and reused.
import type { Tensor, Tensor4D, Tensor2D } from '@tensorflow/tfjs-core';
import type { Tf } from '../tf-backend';
import { layerId, opTensors, seedFromText, seededFloats, type OpSpec, type ProbeSpec, type Shape } from '../../lib/lab';

/** An op ready to run: its tensors live on the active backend until `dispose`. */
export interface Prepared {
  /** Runs the op once; the caller owns (and disposes) the returned tensor. */
  run: () => Tensor;
  /** Frees the inputs and weights. */
  dispose: () => void;
}

const count = (shape: readonly number[]) => shape.reduce((product, side) => product * side, 1);

function seeded(tf: Tf, shape: Shape, seedText: string, fanIn: number): Tensor4D {
  // Weights scaled by 1/√fan-in keep outputs near 1, so float32 error stays far below the 1e-4 check.
  return tf.tensor4d(seededFloats(count(shape), seedFromText(seedText), 1 / Math.sqrt(fanIn)), shape);
}

/** Seeded input and weights for `op`; the same layer gets the same numbers on every backend and machine. */
export function prepareOp(tf: Tf, op: OpSpec): Prepared {
  const tensors = opTensors(op);
  const base = layerId(op.layer);
  const { stride, pad } = op.layer;
  const input = seeded(tf, tensors.input, `${base}/${op.kind === 'pointwise' ? 'pointwiseInput' : 'input'}`, 1);
  const filters = tensors.filters.map((filter) => seeded(tf, filter.shape, `${base}/${filter.role}`, filter.fanIn));
  const [first, second] = filters as [Tensor4D, Tensor4D | undefined];
  const run = (): Tensor => {
    switch (op.kind) {
      case 'standard': return tf.conv2d(input, first, stride, pad);
      case 'depthwise': return tf.depthwiseConv2d(input, first, stride, pad);
      case 'pointwise': return tf.conv2d(input, first, 1, 'valid');
      case 'separable': return tf.tidy(() => tf.conv2d(tf.depthwiseConv2d(input, first, stride, pad), second as Tensor4D, 1, 'valid'));
      case 'separableFused': return tf.separableConv2d(input, first, second as Tensor4D, stride, pad);
    }
  };
  return { run, dispose: () => tf.dispose([input, ...filters]) };
}

/** A roofline probe: a streaming add of two `size`-float vectors, or an n×n matMul. */
export function prepareProbe(tf: Tf, probe: ProbeSpec): Prepared {
  if (probe.id === 'bandwidth') {
    const a = tf.tensor1d(seededFloats(probe.size, 1));
    const b = tf.tensor1d(seededFloats(probe.size, 2));
    return { run: () => tf.add(a, b), dispose: () => tf.dispose([a, b]) };
  }
  const n = probe.size;
  const a: Tensor2D = tf.tensor2d(seededFloats(n * n, 3, 1 / Math.sqrt(n)), [n, n]);
  const b: Tensor2D = tf.tensor2d(seededFloats(n * n, 4, 1 / Math.sqrt(n)), [n, n]);
  return { run: () => tf.matMul(a, b), dispose: () => tf.dispose([a, b]) };
}
