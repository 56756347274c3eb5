// Exercise for /cost/: a function that returns a layer's multiply-adds.
import type { Exercise } from '../types';

const header = `// layer: { kind, inHeight, inWidth, inChannels, outChannels, chMul, kernelSize, stride, pad }
// kind is 'standard', 'depthwise', 'pointwise' or 'separable'; a depthwise layer ignores outChannels;
// chMul (depth multiplier) applies to depthwise and separable; pointwise has kernelSize 1.
function layerMultiplyAdds({ kind, inHeight, inWidth, inChannels, outChannels, chMul, kernelSize, stride, pad }) {
`;

/** `layerMultiplyAdds(layer)`: multiply-adds of one layer on one input, stride and padding included. */
export const multiplyAddsExercise: Exercise = {
  id: 'cost-layer-macs',
  minutes: 8,
  lesson: 'cost',
  title: 'Multiply-adds of a layer',
  prompt: 'Write `layerMultiplyAdds(layer)` returning the multiply-adds of a standard, depthwise, pointwise or separable layer on one ' +
    'input image (batch 1, bias not counted), respecting stride and padding. A separable layer is its depthwise step (with the stride) ' +
    'followed by a 1×1 pointwise step.',
  functionName: 'layerMultiplyAdds',
  starter: `${header}  // TODO: this ignores stride and padding, and counts every kind as a standard convolution
  const pixels = inHeight * inWidth;
  return pixels * kernelSize * kernelSize * inChannels * outChannels;
}
`,
  solution: `${header}  const size = (inSize) => (pad === 'same' ? Math.ceil(inSize / stride) : Math.ceil((inSize - kernelSize + 1) / stride));
  const pixels = size(inHeight) * size(inWidth); // output pixels: every weight is used once per output pixel
  const area = kernelSize * kernelSize;
  if (kind === 'standard') return pixels * area * inChannels * outChannels;
  if (kind === 'depthwise') return pixels * area * inChannels * chMul;
  if (kind === 'pointwise') return pixels * inChannels * outChannels;
  return pixels * (area * inChannels * chMul + inChannels * chMul * outChannels); // separable: both steps
}
`,
  hints: [
    'Multiply-adds = output pixels × weights: each weight is used exactly once for every output pixel.',
    "Output pixels come from the output size: Math.ceil(inSize / stride) for 'same', Math.ceil((inSize - kernelSize + 1) / stride) for 'valid'.",
    'Weights: standard k·k·inChannels·outChannels, depthwise k·k·inChannels·chMul, pointwise inChannels·outChannels, separable the depthwise plus inChannels·chMul·outChannels.',
  ],
};
