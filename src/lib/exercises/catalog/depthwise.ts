// Exercises for /depthwise/: the depthwise convolution written as plain loops, and choosing the depth multiplier.
import type { Exercise } from '../types';

const loopsHeader = `// input[b][row][col][channel]     filter[filterRow][filterCol][channel][m]
// returns output[b][outRow][outCol][channel * chMul + m], like tf.depthwiseConv2d(input, filter, stride, pad)
function depthwiseByLoops(input, filter, stride, pad) {
  const batch = input.length, inHeight = input[0].length, inWidth = input[0][0].length;
  const inChannels = input[0][0][0].length;
  const filterHeight = filter.length, filterWidth = filter[0].length, chMul = filter[0][0][0].length;
`;

const loopsFooter = `        cols.push(pixel);
      }
      rows.push(cols);
    }
    output.push(rows);
  }
  return output;
}
`;

/** `depthwiseByLoops(input, filter, stride, pad)` with plain loops over nested arrays, checked against the reference. */
export const depthwiseLoopsExercise: Exercise = {
  id: 'dw-loops',
  minutes: 12,
  lesson: 'depthwise',
  title: 'Depthwise convolution with plain loops',
  prompt: 'Complete `depthwiseByLoops(input, filter, stride, pad)` with plain loops over nested arrays: each input channel is filtered ' +
    "by its own chMul kernels only, with any stride, 'same' or 'valid' padding, non-square inputs and a depth multiplier above 1. " +
    'Output channel `channel * chMul + m` holds input channel `channel` filtered by kernel slice `m`, as in TF.js.',
  functionName: 'depthwiseByLoops',
  starter: `${loopsHeader}  // TODO: stride and pad 'same' change the output size and add a zero border
  const outHeight = inHeight - filterHeight + 1;
  const outWidth = inWidth - filterWidth + 1;
  const padTop = 0, padLeft = 0;
  const output = [];
  for (let b = 0; b < batch; b++) {
    const rows = [];
    for (let outRow = 0; outRow < outHeight; outRow++) {
      const cols = [];
      for (let outCol = 0; outCol < outWidth; outCol++) {
        const pixel = [];
        for (let channel = 0; channel < inChannels; channel++) {
          for (let m = 0; m < chMul; m++) {
            let sum = 0;
            // TODO: add up input × filter over the window, for this channel only
            pixel[channel * chMul + m] = sum;
          }
        }
${loopsFooter}`,
  solution: `${loopsHeader}  const outHeight = pad === 'same' ? Math.ceil(inHeight / stride) : Math.ceil((inHeight - filterHeight + 1) / stride);
  const outWidth = pad === 'same' ? Math.ceil(inWidth / stride) : Math.ceil((inWidth - filterWidth + 1) / stride);
  // 'same' adds zeros around the input; an odd extra row or column goes at the bottom or right, as in TF.js.
  const padTop = pad === 'same' ? Math.floor(Math.max(0, (outHeight - 1) * stride + filterHeight - inHeight) / 2) : 0;
  const padLeft = pad === 'same' ? Math.floor(Math.max(0, (outWidth - 1) * stride + filterWidth - inWidth) / 2) : 0;
  const output = [];
  for (let b = 0; b < batch; b++) {
    const rows = [];
    for (let outRow = 0; outRow < outHeight; outRow++) {
      const cols = [];
      for (let outCol = 0; outCol < outWidth; outCol++) {
        const pixel = [];
        for (let channel = 0; channel < inChannels; channel++) {
          for (let m = 0; m < chMul; m++) {
            let sum = 0;
            for (let filterRow = 0; filterRow < filterHeight; filterRow++) {
              for (let filterCol = 0; filterCol < filterWidth; filterCol++) {
                const inRow = outRow * stride - padTop + filterRow;
                const inCol = outCol * stride - padLeft + filterCol;
                if (inRow < 0 || inRow >= inHeight || inCol < 0 || inCol >= inWidth) continue; // the zero border
                sum += input[b][inRow][inCol][channel] * filter[filterRow][filterCol][channel][m];
              }
            }
            pixel[channel * chMul + m] = sum;
          }
        }
${loopsFooter}`,
  hints: [
    'Inside the two window loops, the input row is outRow * stride - padTop + filterRow (and likewise for columns). Skip positions outside the input: they are the zero border.',
    'Multiply input[b][inRow][inCol][channel] by filter[filterRow][filterCol][channel][m]: the same channel on both sides, never a sum over channels.',
    "For pad 'same' the output size is Math.ceil(inHeight / stride); for 'valid' it is Math.ceil((inHeight - filterHeight + 1) / stride).",
    "For pad 'same' the zero rows needed are total = max(0, (outHeight - 1) * stride + filterHeight - inHeight); padTop is Math.floor(total / 2), the odd one goes at the bottom.",
  ],
};

/** `depthMultiplier(inputShape, wantedShape)`: the chMul that makes a stride-1 'same' depthwise layer give the wanted shape, or null. */
export const depthMultiplierExercise: Exercise = {
  id: 'dw-pick-multiplier',
  minutes: 4,
  lesson: 'depthwise',
  title: 'Pick the depth multiplier',
  prompt: "Write `depthMultiplier(inputShape, wantedShape)`: shapes are [batch, height, width, channels]. Return the depth multiplier " +
    "that makes a depthwise layer with stride 1 and pad 'same' turn inputShape into wantedShape, or `null` when no depth multiplier can.",
  functionName: 'depthMultiplier',
  starter: `// inputShape, wantedShape: [batch, height, width, channels]
// a depthwise layer here uses stride 1 and pad 'same'
function depthMultiplier(inputShape, wantedShape) {
  // TODO: which multiplier gives wantedShape's channels, and when is there none?
  return 1;
}
`,
  solution: `// inputShape, wantedShape: [batch, height, width, channels]
// a depthwise layer here uses stride 1 and pad 'same'
function depthMultiplier(inputShape, wantedShape) {
  const [batch, height, width, inChannels] = inputShape;
  const [wantedBatch, wantedHeight, wantedWidth, outChannels] = wantedShape;
  // Stride 1 with 'same' keeps batch, height and width; only the channels can change.
  if (batch !== wantedBatch || height !== wantedHeight || width !== wantedWidth) return null;
  // Each input channel gives exactly chMul output channels.
  const chMul = outChannels / inChannels;
  return Number.isInteger(chMul) && chMul >= 1 ? chMul : null;
}
`,
  hints: [
    "Stride 1 with pad 'same' keeps height and width; nothing in a depthwise layer changes the batch.",
    'A depthwise layer gives inChannels · chMul output channels, and chMul is a whole number ≥ 1.',
    'So chMul = outChannels / inChannels when that is a whole number and the other three sizes match; otherwise return null.',
  ],
};
