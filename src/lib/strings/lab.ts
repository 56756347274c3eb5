/** UI strings of the benchmark lab (/lab/): labels, progress, import refusals and teaching sentences. */

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Formats milliseconds left as "about 12 s" or "about 3 min 5 s". */
function eta(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  if (seconds < 60) return `about ${seconds} s left`;
  return `about ${Math.floor(seconds / 60)} min ${seconds % 60} s left`;
}

/** Every sentence the lab shows, in one place for wording fixes and translation. */
export const labStrings = {
  title: 'Benchmark lab',
  description: 'Measure standard, depthwise, pointwise and separable convolutions on your own machine and browser, with medians, spread, throughput, correctness and a roofline.',
  backendsLegend: 'Backends',
  presetLegend: 'Shapes',
  presetNames: { quick: 'Quick', mobilenet: 'MobileNet v1 layers', seed: "The seed's examples", custom: 'Custom size' },
  presetHints: {
    quick: 'two small layers, a few seconds per backend',
    mobilenet: '5 layers from 112×112×32 → 64 to 7×7×1024 → 1024, a few minutes',
    seed: '28×28×3 → 16 and 32×32×64 → 128, as in the seed article',
    custom: 'one layer of your own',
  },
  customLabels: {
    inHeight: 'Height', inWidth: 'Width', inChannels: 'Input channels', outChannels: 'Output channels',
    filterSize: 'Kernel size', chMul: 'Depth multiplier', stride: 'Stride', runs: 'Timed runs (N)', timeBudgetMs: 'Time budget per op (ms)',
  },
  machineLabel: 'Machine name (shown when comparing)',
  defaultMachine: 'This machine',
  run: 'Run benchmark',
  cancel: 'Cancel',
  exportJson: 'Export JSON',
  exportCsv: 'Export CSV',
  importLabel: 'Import results',
  clearHistory: 'Clear history',
  probing: 'Checking which backends this browser has…',
  backendUnavailable: (reason: string) => `unavailable: ${reason}`,
  backendFellBack: (reason: string) => `falls back to cpu: ${reason}`,
  statusIdle: 'Ready. Pick backends and shapes, then run.',
  statusRunning: 'Running…',
  statusComplete: (count: number) => `Run complete: ${count} measurements.`,
  statusCancelled: (count: number) => `Cancelled: kept ${count} measurements taken so far.`,
  statusFailed: (message: string) => `The run stopped with an error: ${message}`,
  statusNoBackend: 'Pick at least one available backend.',
  progressLabel: 'Benchmark progress',
  progressText: (done: number, total: number, current: string, msLeft: number | null) =>
    `${done} of ${total} — ${current}${msLeft === null ? '' : ` — ${eta(msLeft)}`}`,
  eta,
  phase: { init: 'starting', reference: 'cpu reference', first: 'first run', warmup: 'warming up', timed: 'timing' },
  kernelNotMeasurable: 'not measurable here',
  notCompared: 'not compared',
  reference: 'reference',
  opNames: {
    standard: 'standard conv2d',
    depthwise: 'depthwise conv2d',
    pointwise: 'pointwise 1×1 conv2d',
    separable: 'separable (depthwise → pointwise)',
    separableFused: 'tf.separableConv2d',
  },
  probeNames: { bandwidth: 'memory bandwidth (streaming add)', compute: 'compute peak (matMul)' },
  tableCaption: 'Timings per op and backend (milliseconds per run).',
  columns: {
    op: 'Op', layer: 'Layer', backend: 'Backend', median: 'Median', p10: 'p10', p90: 'p90', min: 'Min', cv: 'CV',
    first: 'First run', kernel: 'Kernel (tf.time)', gmacs: 'GMAC/s', gbs: 'GB/s', intensity: 'FLOP/B', diff: 'Max abs diff vs cpu', runs: 'Runs',
    machine: 'Machine', ratio: 'MAC ratio', speedup: 'Measured speed-up', value: 'Measured',
  },
  rooflineCaption: 'Roofline: measured peaks and where each op sits.',
  speedupCaption: 'Speed-up of separable over standard against the multiply-add ratio.',
  compareCaption: 'Median per op across machines.',
  historyEmpty: 'No earlier runs kept in this browser.',
  historyLoad: (label: string) => `Show ${label}`,
  storageUnavailable: 'This browser would not keep history (storage unavailable or full); results are still on screen and can be exported.',
  imported: (count: number) => `Imported ${count} file${count === 1 ? '' : 's'}.`,
  importRefused: (file: string, reason: string) => `${file} was not imported: ${reason} Nothing on screen was changed.`,
  importTooLarge: (bytes: number, limit: number) => `the file is ${megabytes(bytes)}, more than the ${megabytes(limit)} a results file can be.`,
  importEmpty: 'the file is empty.',
  importNotJson: (detail: string) => `it is not valid JSON, perhaps truncated or corrupted (${detail}).`,
  importForeign: 'it is not a Depthwise Lab results file (no "schema": "depthwise-lab-results").',
  importBadVersion: (version: string) => `its version ${version} is not one this page knows.`,
  importFutureVersion: (version: number, known: number) => `it was written by a newer lab (format version ${version}); this page reads version ${known}.`,
  importMissing: (path: string) => `it has no "${path}" field.`,
  importWrongType: (path: string, expected: string) => `its "${path}" should be ${expected}.`,
  workerCrashed: 'The benchmark worker stopped unexpectedly.',
} as const;
