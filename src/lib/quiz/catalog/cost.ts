// The quizzes at the end of /cost/.
import type { Quiz } from '../types';

/** /cost/'s questions, in page order. */
export const costQuizzes: readonly Quiz[] = [
  {
    id: 'cost-q1', lesson: 'cost',
    prompt: 'How many multiply-adds does a $3 \\times 3$ depthwise convolution with stride 2 and `same` padding do on a `[1, 56, 56, 32]` input?',
    ask: { builder: 'multiplyAdds', layer: { kind: 'depthwise', inHeight: 56, inChannels: 32, kernelSize: 3, stride: 2, pad: 'same', bias: false } },
  },
  {
    id: 'cost-q2', lesson: 'cost',
    prompt: 'How many multiply-adds does a $1 \\times 1$ convolution from 256 to 512 channels do on a $14 \\times 14$ input?',
    ask: { builder: 'multiplyAdds', layer: { kind: 'pointwise', inHeight: 14, inChannels: 256, outChannels: 512, pad: 'same', bias: false } },
  },
  {
    id: 'cost-q3', lesson: 'cost',
    prompt: 'How many parameters has a separable block ($3 \\times 3$ depthwise, then 256 → 256 pointwise, no bias)?',
    ask: { builder: 'parameters', layer: { kind: 'separable', kernelSize: 3, inChannels: 256, outChannels: 256, bias: false } },
  },
];
