// The quizzes at the end of /pointwise/.
import type { Quiz } from '../types';

/** /pointwise/'s questions, in page order. */
export const pointwiseQuizzes: readonly Quiz[] = [
  {
    id: 'pw-q1', lesson: 'pointwise',
    prompt: 'A $1 \\times 1$ convolution maps 32 channels to 64, with bias. How many parameters?',
    ask: { builder: 'parameters', layer: { kind: 'pointwise', inChannels: 32, outChannels: 64, bias: true } },
  },
  {
    id: 'pw-q2', lesson: 'pointwise',
    prompt: 'A pointwise layer with 24 filters reads `[1, 14, 14, 96]`. What shape comes out?',
    ask: { builder: 'shape', layer: { kind: 'pointwise', inHeight: 14, inChannels: 96, outChannels: 24, pad: 'same' } },
  },
  {
    id: 'pw-q3', lesson: 'pointwise',
    prompt: 'Without looking back: how many parameters has the seed’s pointwise layer (3 → 16 channels, `use_bias=False`)?',
    ask: { builder: 'parameters', layer: { kind: 'pointwise', inChannels: 3, outChannels: 16, bias: false } },
  },
];
