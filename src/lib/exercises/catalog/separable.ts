// Exercises for /separable/: the separable block assembled from TF.js ops, and its parameters counted.
import type { Exercise } from '../types';

/** `separableConv(input, depthwiseFilter, pointwiseFilter, stride, pad)` assembled from tf.depthwiseConv2d and a 1×1 tf.conv2d. */
export const separableBlockExercise: Exercise = {
  id: 'sep-assemble',
  minutes: 8,
  lesson: 'separable',
  title: 'Assemble the separable block',
  prompt: 'Complete `separableConv(input, depthwiseFilter, pointwiseFilter, stride, pad)` from TF.js ops: a depthwise convolution ' +
    '(with the stride and padding) followed by a 1×1 pointwise convolution. Inputs are nested arrays; return a tensor or nested arrays. ' +
    'It must match tf.separableConv2d, depth multiplier included.',
  functionName: 'separableConv',
  starter: `// input [batch, height, width, inChannels]      depthwiseFilter [filterHeight, filterWidth, inChannels, chMul]
// pointwiseFilter [1, 1, inChannels * chMul, outChannels]   (all nested arrays)
function separableConv(input, depthwiseFilter, pointwiseFilter, stride, pad) {
  return tf.tidy(() => {
    const x = tf.tensor4d(input);
    // TODO: filter each channel in space first, then mix the channels with the 1×1 filter
    return tf.conv2d(x, tf.tensor4d(pointwiseFilter), stride, pad);
  });
}
`,
  solution: `// input [batch, height, width, inChannels]      depthwiseFilter [filterHeight, filterWidth, inChannels, chMul]
// pointwiseFilter [1, 1, inChannels * chMul, outChannels]   (all nested arrays)
function separableConv(input, depthwiseFilter, pointwiseFilter, stride, pad) {
  return tf.tidy(() => {
    const x = tf.tensor4d(input);
    // Space first: each channel through its own kernels; the stride and padding belong to this step.
    const filtered = tf.depthwiseConv2d(x, tf.tensor4d(depthwiseFilter), stride, pad);
    // Then channels: a 1×1 convolution, stride 1, at every pixel of the already strided map.
    return tf.conv2d(filtered, tf.tensor4d(pointwiseFilter), 1, 'valid');
  });
}
`,
  hints: [
    'The block is two steps: tf.depthwiseConv2d(x, depthwiseFilter, stride, pad), then tf.conv2d with the 1×1 pointwiseFilter.',
    "The stride and padding belong to the depthwise step. The pointwise step runs with stride 1 and pad 'valid' (a 1×1 window needs no border).",
    'tf.tidy frees the intermediate tensors; return the last tensor from inside it.',
  ],
};

/** `separableParams(layer)`: trainable parameters of a separable block, as TF.js's countParams() reports them. */
export const separableParamsExercise: Exercise = {
  id: 'sep-count-params',
  minutes: 5,
  lesson: 'separable',
  title: 'Count the separable block\'s parameters',
  prompt: 'Write `separableParams({ kernelSize, inChannels, chMul, outChannels, bias })` returning the number of trainable parameters of a ' +
    'separable block (a kernelSize × kernelSize depthwise step with depth multiplier chMul, then a 1×1 pointwise step), exactly what ' +
    "TF.js's countParams() reports for tf.layers.separableConv2d. With `bias: true` the block has one bias, after the pointwise step.",
  functionName: 'separableParams',
  starter: `// layer: { kernelSize, inChannels, chMul, outChannels, bias }  (bias is true or false)
function separableParams({ kernelSize, inChannels, chMul, outChannels, bias }) {
  // TODO: this counts a standard convolution
  return kernelSize * kernelSize * inChannels * outChannels + (bias ? outChannels : 0);
}
`,
  solution: `// layer: { kernelSize, inChannels, chMul, outChannels, bias }  (bias is true or false)
function separableParams({ kernelSize, inChannels, chMul, outChannels, bias }) {
  const depthwise = kernelSize * kernelSize * inChannels * chMul; // one k×k kernel per input channel and multiplier
  const pointwise = inChannels * chMul * outChannels;             // a 1×1 kernel from every depthwise output channel
  return depthwise + pointwise + (bias ? outChannels : 0);        // one bias per output channel, after the pointwise step
}
`,
  hints: [
    'Count the two steps separately and add them up.',
    'The depthwise step has kernelSize · kernelSize weights for each of its inChannels · chMul output channels.',
    'The pointwise step maps inChannels · chMul channels to outChannels: one weight per pair. The bias adds outChannels once.',
  ],
};
