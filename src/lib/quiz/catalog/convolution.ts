// The quizzes at the end of /convolution/.
import type { Quiz } from '../types';

/** /convolution/'s questions, in page order. */
export const convolutionQuizzes: readonly Quiz[] = [
  {
    id: 'conv-q1', lesson: 'convolution',
    prompt: 'A `Conv2D` layer with 32 filters of size $3 \\times 3$ (with bias) reads a 16-channel input. How many parameters does it have?',
    ask: { builder: 'parameters', layer: { kind: 'standard', kernelSize: 3, inChannels: 16, outChannels: 32, bias: true } },
  },
  {
    id: 'conv-q2', lesson: 'convolution',
    prompt: 'A standard convolution with 8 filters of size $5 \\times 5$, stride 1 and `valid` padding reads a `[1, 32, 32, 3]` image. What shape comes out?',
    ask: { builder: 'shape', layer: { kind: 'standard', inHeight: 32, inChannels: 3, outChannels: 8, kernelSize: 5, pad: 'valid' } },
  },
  {
    id: 'conv-q3', lesson: 'convolution',
    prompt: 'A $3 \\times 3$ standard convolution maps 64 channels to 128 with `use_bias=False`. How many parameters? (You will meet this layer again in the separable lesson.)',
    ask: { builder: 'parameters', layer: { kind: 'standard', kernelSize: 3, inChannels: 64, outChannels: 128, bias: false } },
  },
];
