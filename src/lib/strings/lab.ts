/**
 * UI strings of the benchmark lab (/lab/) that its scripts show: progress, results, refusals, summaries. The
 * server-rendered page's own text is in ./lab-page.ts and the charts' in ./lab-charts.ts, so /lab/'s first
 * bundle carries only what its scripts say.
 */

import { backendStrings } from './cells';
import { plural } from './units';

/** Formats milliseconds left as "about 12 s" or "about 3 min 5 s". */
function eta(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  if (seconds < 60) return `about ${seconds} s left`;
  return `about ${Math.floor(seconds / 60)} min ${seconds % 60} s left`;
}

/** Every sentence the lab shows, in one place for wording fixes and translation. */
export const labStrings = {
  customLabels: {
    inHeight: 'Height', inWidth: 'Width', inChannels: 'Input channels', outChannels: 'Output channels',
    filterSize: 'Kernel size', chMul: 'Depth multiplier', stride: 'Stride', runs: 'Timed runs (N)', timeBudgetMs: 'Time budget per op (ms)',
  },
  defaultMachine: 'This machine',
  backendUnavailable: (reason: string) => `unavailable: ${reason}`,
  softwareBackend: (backend: string, name: string) => `${backend} (on ${backendStrings.softwareGpu(name)})`,
  statusRunning: 'Running…',
  statusComplete: (count: number) => `Run complete: ${count} measurements.`,
  statusCancelled: (count: number) => `Cancelled: kept ${count} measurements taken so far.`,
  statusFailed: (message: string) => `The run stopped with an error: ${message}`,
  statusNoBackend: 'Pick at least one available backend.',
  progressText: (done: number, total: number, current: string, msLeft: number | null) =>
    `${done} of ${total} — ${current}${msLeft === null ? '' : ` — ${eta(msLeft)}`}`,
  eta,
  phase: { machine: 'measuring the machine', init: 'starting', reference: 'cpu reference', first: 'first run', warmup: 'warming up', timed: 'timing' },
  /** A device label's words (the lab's results link names its machine; the class pool shows it). */
  unknownDevice: 'device not recorded',
  cores: (count: number) => plural(count, { one: '# core', other: '# cores' }),
  /** Why the probes' worker is stopped once they have ended. */
  probesDone: 'the probes are done',
  probeStages: {
    memory: 'the machine’s memory bandwidth, one thread',
    compute: 'the machine’s wasm SIMD peak, one thread',
    'memory-threads': 'the machine’s memory bandwidth, every thread at once',
    'compute-threads': 'the machine’s wasm SIMD peak, every thread at once',
    gpu: 'the GPU’s copy bandwidth and multiply-add rate (WebGPU)',
  },
  probeStageFailed: (stage: string, message: string) => `Could not measure ${stage}: ${message}`,
  probesStopped: (reason: string) => `The machine’s probes stopped early (${reason}); the ops were measured all the same.`,
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
    first: 'First run', kernel: 'Kernel (tf.time)', backToBack: 'Plain back-to-back', loopCost: 'Loop’s cost per run', gmacs: 'GMAC/s', gbs: 'GB/s', intensity: 'FLOP/B', diff: 'Max abs diff vs cpu', runs: 'Runs',
    machine: 'Machine', ratio: 'MAC ratio', speedup: 'Measured speed-up', value: 'Measured',
  },
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
    gpu: (name: string) => `GPU: ${name}`,
    loopCost: (perRunUs: string, perRegionUs: string) => `the timing loop’s own cost: ${perRunUs} µs per run, ${perRegionUs} µs per region`,
    limits: 'The machine’s own limits',
    limitsNotMeasured: 'not measured in this run',
    limit: (roof: string, bandwidth: string, peak: string) => `${roof}: ${bandwidth} GB/s, ${peak} GFLOP/s`,
    settingsText: (warmups: number, runs: number, budgetMs: number) => `${warmups} warmups, up to ${runs} timed runs or ${budgetMs} ms per op`,
    measuredText: (ops: number, probes: number, status: string) => `${plural(ops, { one: '# op', other: '# ops' })}, ${plural(probes, { one: '# probe', other: '# probes' })} (${status})`,
  },
  customInvalid: (detail: string) => `Custom size not accepted: ${detail}.`,
  timingInvalid: (detail: string) => `Timing not accepted: ${detail}.`,
  noResults: 'No results yet.',
  historyMeta: (count: number, status: string) => `${count} measurements, ${status}`,
  leaked: (item: string, tensors: number) => `${item} left ${plural(tensors, { one: '# tensor', other: '# tensors' })} behind (a bug in the lab; later timings may suffer).`,
  workerCrashed: 'The benchmark worker stopped unexpectedly.',
  // After a run: noisy rows and what the numbers mean, per backend.
  noisyMark: 'noisy',
  noisyNote: (rows: number, threshold: string) =>
    `${plural(rows, { one: '# row', other: '# rows' })} marked “noisy” (CV above ${threshold}): the timings spread too much to trust the median alone. Close other tabs and programs, plug a laptop in, then run again with more timed runs or a longer time budget; meanwhile the minimum and p10 are the steadier numbers.`,
  summaryClause: (o: { layer: string; speedup: number; macRatio: number }) => {
    const times = (value: number) => `${value >= 10 ? value.toFixed(0) : value.toFixed(1)}×`;
    const pace = o.speedup >= 1 ? `${times(o.speedup)} faster` : `${times(1 / o.speedup)} slower`;
    return `on ${o.layer}, separable ran ${pace} than standard for ${times(o.macRatio)} fewer multiply-adds`;
  },
  summarySentence: (backend: string, clauses: string[], noisy: boolean) =>
    `${backend}: ${clauses.join('; ')}.${noisy ? ' Some of these timings are noisy (see the table): run again before drawing conclusions.' : ''}`,
  /** What a chart's place says while it has nothing to draw. */
  chartEmpty: {
    empty: 'Run the benchmark or import results to draw this chart.',
    speedupEmpty: 'Needs a standard and a separable measurement of the same layer.',
    rooflineEmpty: 'Needs the machine’s probes (run first) or TF.js’s bandwidth and matMul probes (run after each backend’s ops).',
    compareEmpty: 'Import results from another machine (or show a run from history) to compare them here.',
  },
} as const;
