/** The server-rendered text of the benchmark lab (/lab/): title, form labels and hints, headings, chart introductions. No script imports it. */
import { labStrings } from './lab';

/** Every sentence of the lab page's markup, in one place for wording fixes and translation. */
export const labPageStrings = {
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
    results: 'Results', speedup: 'Does separable pay off here?', roofline: 'Roofline: the machine’s limits, and how far each op sits from them',
    compare: 'Comparing machines', environment: 'Where this ran', history: 'Earlier runs in this browser', tableBeside: 'the same numbers as a table',
    method: 'How it measures',
  },
  chartIntros: {
    speedup: 'Each dot is a layer on a backend: how many times faster the depthwise → pointwise pair ran than the standard convolution, against how many times fewer multiply-adds it needs. On the dashed diagonal, time would shrink exactly as the arithmetic does.',
    roofline: 'Two kinds of roof, both measured here. The solid black lines are the machine’s own: memory bandwidth (STREAM copies over arrays far larger than any cache) times arithmetic intensity, capped by the wasm SIMD peak (independent 4-wide multiply-adds), on one thread and on every thread at once; a dotted one is the GPU’s through WebGPU. The dashed coloured lines are what TF.js reaches on each backend with a large add and a large matMul. Each dot is an op at its intensity: its distance below the black roof is how much of the machine it leaves unused, its distance below the dashed one how far it falls short of TF.js’s own best.',
    compare: 'Import results files from other machines (a whole class can pool its laptops, no server needed) and their medians appear side by side.',
  },
  machineLabel: 'Machine name (shown when comparing)',
  run: 'Run benchmark',
  cancel: 'Cancel',
  exportJson: 'Export JSON',
  exportCsv: 'Export CSV',
  importLabel: 'Import results',
  clearHistory: 'Clear history',
  statusIdle: 'Ready. Pick backends and shapes, then run.',
  progressLabel: 'Benchmark progress',
  tableRegion: 'Timings per op and backend (milliseconds per run); scrolls sideways for the detail columns',
  historyEmpty: 'No earlier runs kept in this browser.',
  timingLegend: 'Timing (every preset)',
  timingHint: 'Each preset fills these in with what it uses; change them before a run to take more timed runs (a noisy machine) or fewer. The run applies them and records them in its results.',
  machineProbesLabel: 'Measure this machine’s own limits first',
  machineProbesHint: 'memory bandwidth and peak arithmetic, on one thread and on every thread (and the GPU’s, when a GPU backend is picked): the roofs the ops are held against, a few seconds',
  /** What "Copy results link" says (rendered into the button's data attributes: the script reads them on a click). */
  link: {
    copied: 'Results link copied: send it to your teacher, who pastes it on the class results page.',
    shown: 'Copy this results link and send it to your teacher:',
    nothing: 'Run the benchmark first: there is nothing to share yet.',
  },
  summaryHeading: 'In plain words',
  summaryEmpty: 'Run standard and separable on the same layer to see what the saving in multiply-adds bought in time.',
  customLabels: labStrings.customLabels,
} as const;
