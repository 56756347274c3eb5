// Exercise for /convolution/: the output length of a convolution along one axis.
import type { Exercise } from '../types';

/** `outputSize(inSize, filterSize, stride, pad)`: TF.js's output length for 'same' and 'valid' padding. */
export const outputSizeExercise: Exercise = {
  id: 'conv-output-size',
  minutes: 5,
  lesson: 'convolution',
  title: 'Output size along one axis',
  prompt: 'Write `outputSize(inSize, filterSize, stride, pad)` returning how many outputs a convolution gives along one axis, ' +
    "exactly as TF.js computes it, for `pad` = 'valid' (no border) and 'same' (zero border), with any stride.",
  functionName: 'outputSize',
  starter: `// How many outputs along one axis (rows or columns)?
// inSize: input length, filterSize: kernel length, stride: step, pad: 'valid' or 'same'
function outputSize(inSize, filterSize, stride, pad) {
  // TODO: this is right only for pad 'valid' with stride 1
  return inSize - filterSize + 1;
}
`,
  solution: `// How many outputs along one axis (rows or columns)?
// inSize: input length, filterSize: kernel length, stride: step, pad: 'valid' or 'same'
function outputSize(inSize, filterSize, stride, pad) {
  // 'same' pads just enough that every stride-th input position gets an output.
  if (pad === 'same') return Math.ceil(inSize / stride);
  // 'valid': the window fits at inSize - filterSize + 1 positions; keep every stride-th, the first included.
  return Math.ceil((inSize - filterSize + 1) / stride);
}
`,
  hints: [
    "With pad 'valid' and stride 1 the window fits at inSize - filterSize + 1 positions. A stride keeps every stride-th of those, starting with the first.",
    'Keeping every stride-th of n positions, the first included, leaves Math.ceil(n / stride) of them.',
    "With pad 'same' the filter size does not matter: the output is Math.ceil(inSize / stride).",
  ],
};
