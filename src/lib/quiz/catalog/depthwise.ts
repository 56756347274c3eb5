// The quizzes at the end of /depthwise/.
import type { Quiz } from '../types';

/** /depthwise/'s questions, in page order. */
export const depthwiseQuizzes: readonly Quiz[] = [
  {
    id: 'dw-q1', lesson: 'depthwise',
    prompt: 'The seed’s layer gets `depth_multiplier=2` (still $3 \\times 3$, stride 1, `same`) on a `[1, 28, 28, 3]` input. What shape comes out?',
    ask: { builder: 'shape', layer: { kind: 'depthwise', inHeight: 28, inChannels: 3, kernelSize: 3, pad: 'same', chMul: 2 } },
  },
  {
    id: 'dw-q2', lesson: 'depthwise',
    prompt: 'A $3 \\times 3$ depthwise layer with stride 2 and `same` padding reads `[1, 32, 24, 16]`. What shape comes out?',
    ask: { builder: 'shape', layer: { kind: 'depthwise', inHeight: 32, inWidth: 24, inChannels: 16, kernelSize: 3, stride: 2, pad: 'same' } },
  },
  {
    id: 'dw-q3', lesson: 'depthwise',
    prompt: 'How many parameters has a $5 \\times 5$ depthwise layer on 32 channels, depth multiplier 1, `use_bias=False`?',
    ask: { builder: 'parameters', layer: { kind: 'depthwise', kernelSize: 5, inChannels: 32, chMul: 1, bias: false } },
  },
];
