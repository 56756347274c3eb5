// Exercise for /pointwise/: the 1×1 convolution as a matrix product at every pixel.
import type { Exercise } from '../types';

const header = `// input[b][row][col][channel]     weights[inChannel][outChannel]  (the 1×1 kernel as a matrix)
// returns output[b][row][col][outChannel]: every pixel's channel vector times weights
function pointwiseConv(input, weights) {
  const outChannels = weights[0].length;
  return input.map((rows) => rows.map((cols) => cols.map((pixel) => {
`;

/** `pointwiseConv(input, weights)`: each pixel's channel vector times the [inChannels, outChannels] matrix. */
export const pointwiseMatmulExercise: Exercise = {
  id: 'pw-as-matmul',
  minutes: 8,
  lesson: 'pointwise',
  title: 'Pointwise convolution as a matrix product',
  prompt: 'Complete `pointwiseConv(input, weights)`: `weights` is the 1×1 kernel as an [inChannels][outChannels] matrix. ' +
    'At every pixel the output is the pixel\'s channel vector times that matrix (a row vector times a matrix), so channels mix and neighbouring pixels never do.',
  functionName: 'pointwiseConv',
  starter: `${header}    const out = new Array(outChannels).fill(0);
    // TODO: out[outChannel] = sum over inChannel of pixel[inChannel] × weights[?][?]
    return out;
  })));
}
`,
  solution: `${header}    const out = new Array(outChannels).fill(0);
    for (let outChannel = 0; outChannel < outChannels; outChannel++) {
      for (let inChannel = 0; inChannel < pixel.length; inChannel++) {
        out[outChannel] += pixel[inChannel] * weights[inChannel][outChannel];
      }
    }
    return out;
  })));
}
`,
  hints: [
    'Only one pixel is involved in each output pixel: the pixel at the same row and column.',
    'Output channel o is a weighted sum of all input channels: the weights are column o of the matrix.',
    'out[outChannel] += pixel[inChannel] * weights[inChannel][outChannel], over every inChannel.',
  ],
};
