/** Strings of the training step profile (where a step's time goes): part and phase names, column heads, summaries. */
import type { StepPart, StepPhase } from '../train/step-profile';

export const trainProfileStrings = {
  parts: {
    standard: 'Standard convolution',
    depthwise: 'Depthwise convolution',
    pointwise: 'Pointwise (1×1) convolution',
    batchNorm: 'Batch normalization',
    activation: 'ReLU',
    pooling: 'Global average pooling',
    dense: 'Dense + softmax',
    loss: 'Loss and accuracy',
    update: 'Optimizer update (Adam)',
    overhead: 'Between kernels (TF.js bookkeeping)',
  } satisfies Record<StepPart, string>,
  phases: { forward: 'Forward ms', backward: 'Backward ms', update: 'Update ms', other: 'Other ms' } satisfies Record<StepPhase, string>,
  part: 'Part of the step',
  total: 'Total ms',
  timeShare: 'Share of time',
  multiplyAddShare: 'Share of multiply-adds',
  kernelCalls: 'Kernel calls',
  notCounted: '–',
  caption: (network: string, backend: string, stepMs: string, batchSize: number) => `Where one training step of the ${network} goes on ${backend} (${stepMs} ms, a batch of ${batchSize} digits)`,
  coverage: (kernelShare: string, calls: string, topLevel: string) =>
    `Kernels cover ${kernelShare} of the step; the rest is TF.js's bookkeeping between them. ${calls} kernel calls (${topLevel} made by the step itself, the rest inside other kernels).`,
  gpuCoverage: (stepMs: string, calls: string) =>
    `Times are the GPU's own (timer queries), not the step's wall time (${stepMs} ms): the JavaScript runs ahead of the GPU, so they do not add up to it, and shares are of the kernels' total. ${calls} kernel calls.`,
  phaseNote: 'Forward includes the loss; backward is the gradient of every layer; update is Adam changing the weights; other is checking the inputs and reading the loss back.',
};
