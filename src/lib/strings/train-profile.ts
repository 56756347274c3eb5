/** Strings of the training step profile (where a step's time goes): part and phase names, column heads, summaries, and the plain-words reading. */
import type { StepPart, StepPhase } from '../train/step-profile';
import { formatBytes, plural } from './units';

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : Number(value.toPrecision(2)).toString());
const times = (ratio: number) => `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1)}×`;
const percent = (fraction: number) => `${Math.round(100 * fraction)} %`;

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
  heading: 'Where the time goes',
  intro: 'A training step is far more than its multiply-adds: each convolution brings a batch normalization and a ReLU, every layer runs forward and backward, Adam updates every weight, and TF.js does bookkeeping between its kernels. Profile one training step of each network on a backend of your choice to see where the time really goes, beside each part’s share of the multiply-adds.',
  backendLabel: 'Backend for the profile',
  start: 'Profile one training step of each network',
  stop: 'Stop profiling',
  stopped: 'Stopped. The networks profiled so far are shown.',
  noScript: 'The profile runs TensorFlow.js in your browser, so it needs JavaScript.',
  networkHeading: (network: string) => `The ${network}`,
  tableRegion: (network: string) => `Where the ${network}'s step goes, as a table`,
  idle: 'Not profiled yet. Each network is built fresh (your trained weights are untouched), warmed up on a few batches, then one step is profiled (the median of a few).',
  working: (network: string) => `Profiling the ${network}…`,
  downloading: (loaded: number, total: number) => `Downloading the digits: ${formatBytes(loaded, { unit: 'KB', fractionDigits: 0 })} of ${total > 0 ? formatBytes(total, { unit: 'KB', fractionDigits: 0 }) : '?'}…`,
  done: (backend: string) => `Done: one training step of each network profiled on ${backend}.`,
  failed: (message: string) => `The profile could not be taken: ${message}`,
  /** Why the profile's worker is stopped once the profile has ended. */
  over: 'the profile is over',
  backendInUse: (backend: string, requested: string, reason: string | undefined) =>
    backend === requested ? `Profiling on ${backend}.` : `Profiling on ${backend}: ${requested} could not start (${reason ?? 'no reason given'}).`,
  plainStep: (plain: string, profiled: string) => `Unprofiled, the same step took ${plain} ms (profiling adds its own cost: the profiled step took ${profiled} ms).`,
  slowestKernels: (list: string) => `Slowest kernels: ${list}.`,
  kernelItem: (kernel: string, ms: string, calls: number) => `${kernel} ${ms} ms (${plural(calls, { one: '# call', other: '# calls' })})`,
  chartAria: (network: string) => `Where one training step of the ${network} goes: share of the step's time per part, by phase, beside its share of the multiply-adds`,
  chartDescription: 'One bar per part of the step, split into forward, backward, update and other; a black tick marks the part’s share of the network’s multiply-adds. Parts far longer than their tick cost time the multiply-add count does not see.',
  shareAxis: 'Share of the step →',
  phaseLegend: { forward: 'forward', backward: 'backward', update: 'update', other: 'other' } satisfies Record<StepPhase, string>,
  readingHeading: 'Why fewer multiply-adds do not mean proportionally less time',
  /** The headline: promise against measurement. */
  readingPromise: (o: { network: string; baseline: string; multiplyAddRatio: number; stepRatio: number; networkMs: number; baselineMs: number }) =>
    `The ${o.network} needs ${times(o.multiplyAddRatio)} fewer multiply-adds than the ${o.baseline}, but its training step took ${ms(o.networkMs)} ms against ${ms(o.baselineMs)} ms: ${o.stepRatio >= 1 ? `${times(o.stepRatio)} faster` : `${times(1 / o.stepRatio)} slower`}, not ${times(o.multiplyAddRatio)}.`,
  /** Where the difference went: convolutions against everything else. */
  readingSplit: (o: { network: string; baseline: string; convNetwork: number; convBaseline: number; otherNetwork: number; otherBaseline: number; layersNetwork: number; layersBaseline: number }) =>
    `Its convolutions took ${ms(o.convNetwork)} ms against ${ms(o.convBaseline)} ms. Everything else in the step — batch normalization, ReLU, pooling, the loss, Adam’s update and TF.js’s bookkeeping between kernels — took ${ms(o.otherNetwork)} ms against ${ms(o.otherBaseline)} ms: the multiply-add count does not see any of it, and the ${o.network} has ${o.layersNetwork} layers to the ${o.baseline}’s ${o.layersBaseline}, since each convolution brings its own batch normalization and ReLU.`,
  /** The parts most out of proportion. */
  readingOverweight: (items: string[]) => `Most out of proportion in its step: ${items.join('; ')}.`,
  overweightItem: (part: string, timeShare: number, macShare: number) => `${part}, ${percent(timeShare)} of the time for ${percent(macShare)} of the multiply-adds`,
  readingUnderweight: (items: string[]) => `And the other way round: ${items.join('; ')}. The multiply-adds the count weighs most are the cheapest ones to run.`,
  readingWhy: 'Batch normalization, ReLU and depthwise convolutions do little arithmetic for each byte they read and write, so memory traffic and the fixed cost of each kernel call set their time, not multiply-adds.',
  readingNeedsBaseline: (baseline: string) => `Profile the ${baseline} too to compare the networks.`,
};