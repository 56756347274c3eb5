/** UI strings of the benchmark lab (/lab/): labels, progress, import refusals and teaching sentences. */
import { plural } from './units';

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
  /** After a preset's hint: how long each op is timed. */
  presetBudget: (runs: number, budgetMs: number) => `, ${runs} runs or ${budgetMs} ms per op`,
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
  backendHints: {
    cpu: 'plain JavaScript, the correctness reference',
    wasm: 'WebAssembly with SIMD (threads when the page is cross-origin isolated)',
    webgl: 'GPU through WebGL shaders',
    webgpu: 'GPU through WebGPU compute shaders',
  },
  padLabel: 'Padding',
  lede: 'Measure, on your own machine and browser, what the lessons claim: a separable convolution needs far fewer multiply-adds than a standard one — but does it take proportionally less time?',
  noScript: 'The lab runs the convolutions in your browser, so it needs JavaScript.',
  headings: {
    results: 'Results', speedup: 'Does separable pay off here?', roofline: 'Roofline: why depthwise is slow for its size',
    compare: 'Comparing machines', environment: 'Where this ran', history: 'Earlier runs in this browser', tableBeside: 'the same numbers as a table',
    method: 'How it measures',
  },
  chartIntros: {
    speedup: 'Each dot is a layer on a backend: how many times faster the depthwise → pointwise pair ran than the standard convolution, against how many times fewer multiply-adds it needs. On the dashed diagonal, time would shrink exactly as the arithmetic does.',
    roofline: 'Each line is a backend’s roof, measured here: memory bandwidth (a large streaming add) times arithmetic intensity, capped by the compute peak (a large matMul). Each dot is an op at its intensity; the further below its roof, the less of the machine it uses. A dot above its roof means that backend’s matMul is not its fastest kernel: the roof is a measurement, not a law.',
    compare: 'Import results files from other machines (a whole class can pool its laptops, no server needed) and their medians appear side by side.',
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
  tableRegion: 'Timings per op and backend (milliseconds per run); scrolls sideways for the detail columns',
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
  historyUnreadable: (label: string, reason: string) => `The kept run ${label} could not be read, so it was removed: ${reason}`,
  storageUnavailable: 'This browser would not keep history (storage unavailable or full); results are still on screen and can be exported.',
  imported: (count: number) => `Imported ${plural(count, { one: '# file', other: '# files' })}.`,
  importRefused: (file: string, reason: string) => `${file} was not imported: ${reason} Nothing on screen was changed.`,
  noWebgl: 'this browser gives no WebGL context (no GPU, or WebGL disabled).',
  backendSkipped: (backend: string, reason: string) => `${backend} was skipped: ${reason}`,
  itemFailed: (item: string, message: string) => `${item} could not be measured: ${message}`,
  env: {
    machine: 'Machine', userAgent: 'User agent', cores: 'Logical cores', isolation: 'Cross-origin isolation',
    isolated: 'yes (wasm threads possible, 5 µs timers)', notIsolated: 'no (no wasm threads, coarser timers)',
    renderer: 'WebGL renderer', noRenderer: 'no WebGL', timer: 'Timer resolution in the worker', tfjs: 'TF.js version',
    backends: 'Backends and flags', settings: 'Settings', measured: 'Measured',
    settingsText: (warmups: number, runs: number, budgetMs: number) => `${warmups} warmups, up to ${runs} timed runs or ${budgetMs} ms per op`,
    measuredText: (ops: number, probes: number, status: string) => `${plural(ops, { one: '# op', other: '# ops' })}, ${plural(probes, { one: '# probe', other: '# probes' })} (${status})`,
  },
  plots: {
    empty: 'Run the benchmark or import results to draw this chart.',
    speedupEmpty: 'Needs a standard and a separable measurement of the same layer.',
    rooflineEmpty: 'Needs the bandwidth and matMul probes, which run after each backend’s ops.',
    compareEmpty: 'Import results from another machine (or show a run from history) to compare them here.',
    speedupAria: 'Speed-up of separable over standard convolution against the multiply-add ratio',
    speedupDescription: 'Each dot is one layer on one backend. The dashed diagonal is where the measured speed-up would equal the multiply-add ratio; dots below it fall short of the promise.',
    rooflineAria: 'Roofline: attainable GFLOP/s against arithmetic intensity, log-log',
    rooflineDescription: 'Each line is a backend’s roof: bandwidth times intensity, capped by the matMul peak. Each dot is an op at its arithmetic intensity and measured GFLOP/s.',
    compareAria: 'Median time per op on each machine, log scale',
    compareDescription: 'One row per op, layer and backend; one symbol per machine.',
    macRatioAxis: 'Multiply-add ratio, standard ÷ separable →',
    speedupAxis: '↑ Measured speed-up',
    promiseLabel: 'speed-up = MAC ratio',
    intensityAxis: 'Arithmetic intensity (FLOP per byte) →',
    gflopsAxis: '↑ GFLOP/s',
    medianAxis: 'Median ms per run →',
    fusedColumn: 'Speed-up with tf.separableConv2d',
    gflopsColumn: 'GFLOP/s',
    roofColumn: 'Share of roof',
    roofRow: 'roof (peak GFLOP/s, bandwidth)',
  },
  customInvalid: (detail: string) => `Custom size not accepted: ${detail}.`,
  noResults: 'No results yet.',
  historyMeta: (count: number, status: string) => `${count} measurements, ${status}`,
  leaked: (item: string, tensors: number) => `${item} left ${plural(tensors, { one: '# tensor', other: '# tensors' })} behind (a bug in the lab; later timings may suffer).`,
  workerCrashed: 'The benchmark worker stopped unexpectedly.',
  // After a run: noisy rows and what the numbers mean, per backend.
  noisyMark: 'noisy',
  noisyNote: (rows: number, threshold: string) =>
    `${plural(rows, { one: '# row', other: '# rows' })} marked “noisy” (CV above ${threshold}): the timings spread too much to trust the median alone. Close other tabs and programs, plug a laptop in, then run again with more timed runs or a longer time budget; meanwhile the minimum and p10 are the steadier numbers.`,
  summaryHeading: 'In plain words',
  summaryEmpty: 'Run standard and separable on the same layer to see what the saving in multiply-adds bought in time.',
  summaryClause: (o: { layer: string; speedup: number; macRatio: number }) => {
    const times = (value: number) => `${value >= 10 ? value.toFixed(0) : value.toFixed(1)}×`;
    const pace = o.speedup >= 1 ? `${times(o.speedup)} faster` : `${times(1 / o.speedup)} slower`;
    return `on ${o.layer}, separable ran ${pace} than standard for ${times(o.macRatio)} fewer multiply-adds`;
  },
  summarySentence: (backend: string, clauses: string[], noisy: boolean) =>
    `${backend}: ${clauses.join('; ')}.${noisy ? ' Some of these timings are noisy (see the table): run again before drawing conclusions.' : ''}`,
} as const;
