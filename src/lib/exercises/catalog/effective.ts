// Exercise for /effective/: the standard kernel a separable block is equivalent to.
import type { Exercise } from '../types';

const header = `// depthwiseFilter[row][col][channel][m]   (shape [k, k, inChannels, chMul])
// pointwiseFilter[0][0][depthChannel][out] (shape [1, 1, inChannels * chMul, outChannels])
// returns kernel[row][col][channel][out]    (shape [k, k, inChannels, outChannels])
function standardKernel(depthwiseFilter, pointwiseFilter) {
  const k = depthwiseFilter.length, inChannels = depthwiseFilter[0][0].length;
  const chMul = depthwiseFilter[0][0][0].length, outChannels = pointwiseFilter[0][0][0].length;
  const kernel = [];
  for (let row = 0; row < k; row++) {
    kernel.push([]);
    for (let col = 0; col < k; col++) {
      kernel[row].push([]);
      for (let channel = 0; channel < inChannels; channel++) {
        const weights = new Array(outChannels).fill(0);
`;

const footer = `        kernel[row][col].push(weights);
      }
    }
  }
  return kernel;
}
`;

/** `standardKernel(depthwiseFilter, pointwiseFilter)`: the [k, k, inChannels, outChannels] kernel of the equivalent standard convolution. */
export const equivalentKernelExercise: Exercise = {
  id: 'eff-equivalent-kernel',
  minutes: 10,
  lesson: 'effective',
  title: 'The standard kernel inside a separable block',
  prompt: 'Complete `standardKernel(depthwiseFilter, pointwiseFilter)`: return the kernel K of the standard convolution that computes exactly ' +
    'what the separable block computes, K[row][col][channel][out] = the sum over m of depthwiseFilter[row][col][channel][m] × ' +
    'pointwiseFilter[0][0][channel · chMul + m][out]. It must hold for a depth multiplier above 1.',
  functionName: 'standardKernel',
  starter: `${header}        // TODO: weights[out] collects what input channel 'channel' contributes to output 'out' at (row, col)
${footer}`,
  solution: `${header}        for (let out = 0; out < outChannels; out++) {
          for (let m = 0; m < chMul; m++) {
            // Depthwise output channel channel * chMul + m carries this channel through slice m.
            weights[out] += depthwiseFilter[row][col][channel][m] * pointwiseFilter[0][0][channel * chMul + m][out];
          }
        }
${footer}`,
  hints: [
    'Follow one input channel through the block: the depthwise step sends it through chMul kernels, giving depthwise channels channel · chMul + m.',
    'The pointwise step then weighs depthwise channel channel · chMul + m by pointwiseFilter[0][0][channel · chMul + m][out].',
    'So K[row][col][channel][out] adds up depthwiseFilter[row][col][channel][m] × pointwiseFilter[0][0][channel · chMul + m][out] over m.',
  ],
};
