// The quizzes at the end of /separable/.
import type { Quiz } from '../types';

/** /separable/'s questions, in page order. */
export const separableQuizzes: readonly Quiz[] = [
  {
    id: 'sep-q1', lesson: 'separable',
    prompt: 'A separable block ($3 \\times 3$ depthwise, then $1 \\times 1$ to 64 channels, no bias anywhere) reads 32 channels. How many parameters?',
    ask: { builder: 'parameters', layer: { kind: 'separable', kernelSize: 3, inChannels: 32, outChannels: 64, bias: false } },
  },
  {
    id: 'sep-q2', lesson: 'separable',
    prompt: 'The seed’s block is given `strides=(2, 2)` in its $3 \\times 3$ depthwise half (`same` padding). What shape leaves that depthwise half, for the `[1, 32, 32, 64]` input?',
    ask: { builder: 'shape', layer: { kind: 'depthwise', inHeight: 32, inChannels: 64, kernelSize: 3, stride: 2, pad: 'same' } },
  },
  {
    id: 'sep-q3', lesson: 'separable',
    prompt: 'The seed’s block with a $5 \\times 5$ depthwise kernel instead (still 64 → 128, no bias): how many parameters?',
    ask: { builder: 'parameters', layer: { kind: 'separable', kernelSize: 5, inChannels: 64, outChannels: 128, bias: false } },
  },
];
