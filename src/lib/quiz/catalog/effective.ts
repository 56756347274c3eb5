// The quizzes at the end of /effective/.
import type { Quiz } from '../types';

/** /effective/'s questions, in page order. */
export const effectiveQuizzes: readonly Quiz[] = [
  {
    id: 'eff-q1', lesson: 'effective',
    prompt: 'In the cell above, the standard kernel $K$ for 4 → 6 channels with a $3 \\times 3$ window: how many numbers does it hold?',
    ask: { builder: 'parameters', layer: { kind: 'standard', kernelSize: 3, inChannels: 4, outChannels: 6, bias: false } },
  },
  {
    id: 'eff-q2', lesson: 'effective',
    prompt: 'And the separable block that produced it ($3 \\times 3$ depthwise filters on 4 channels, then a $1 \\times 1$ convolution to 6): how many free numbers does it have?',
    ask: { builder: 'parameters', layer: { kind: 'separable', kernelSize: 3, inChannels: 4, outChannels: 6, bias: false } },
  },
];
