// Shape presets and the measurement settings each one runs with.
import { assertLayerShape, type LayerShape, type ProbeSpec } from './ops';

/** How the timing loop runs for every op of a run. */
export interface MeasureSettings {
  /** Untimed runs after the first run (at least 3). */
  warmups: number;
  /** Timed runs wanted per op (N). */
  runs: number;
  /** Timed runs always taken, even past the time budget (keeps p10/p90 meaningful). */
  minRuns: number;
  /** Milliseconds of timed runs per op; stops before N when spent. */
  timeBudgetMs: number;
  /** Shortest timed region in ms: faster ops are repeated inside one region to reach it. */
  minRegionMs: number;
  /** Roofline probes: streaming adds of `size` floats and n×n matMuls; each roof uses the best of its kind. */
  probes: ProbeSpec[];
}

/** The presets a reader can pick; "custom" takes its layer from the form. */
export type PresetId = 'quick' | 'mobilenet' | 'seed' | 'custom';

/** A named list of layer shapes with the settings it runs with. */
export interface Preset {
  id: PresetId;
  layers: LayerShape[];
  settings: MeasureSettings;
}

const layer = (inHeight: number, inChannels: number, outChannels: number, extra: Partial<LayerShape> = {}): LayerShape => ({
  batch: 1, inHeight, inWidth: inHeight, inChannels, outChannels, filterSize: 3, chMul: 1, stride: 1, pad: 'same', ...extra,
});

/** Defaults for a reader's own run: N = 30 timed runs, 3 warmups, 2 s per op. */
export const DEFAULT_SETTINGS: MeasureSettings = {
  warmups: 3,
  runs: 30,
  minRuns: 5,
  timeBudgetMs: 2000,
  minRegionMs: 2,
  // Two sizes of each probe: the best is the achievable peak (small matMuls suit the wasm kernels,
  // larger ones GPUs; a 4 MB operand is the size of the activations measured, a 16 MB one is not cached).
  probes: [{ id: 'bandwidth', size: 1 << 20 }, { id: 'bandwidth', size: 1 << 22 }, { id: 'compute', size: 256 }, { id: 'compute', size: 512 }],
};

/** Every preset; "Quick" keeps shapes small so cpu + wasm finish in seconds on two cores. */
export const PRESETS: Record<Exclude<PresetId, 'custom'>, Preset> = {
  quick: {
    id: 'quick',
    layers: [layer(32, 16, 32), layer(16, 32, 64, { filterSize: 5, stride: 2 })],
    settings: {
      ...DEFAULT_SETTINGS, runs: 30, minRuns: 5, timeBudgetMs: 400, minRegionMs: 4,
      probes: [{ id: 'bandwidth', size: 1 << 20 }, { id: 'compute', size: 256 }],
    },
  },
  mobilenet: {
    id: 'mobilenet',
    layers: [layer(112, 32, 64), layer(56, 128, 128), layer(28, 256, 256), layer(14, 512, 512), layer(7, 1024, 1024)],
    settings: { ...DEFAULT_SETTINGS, runs: 30, minRuns: 3, timeBudgetMs: 1000 },
  },
  seed: {
    id: 'seed',
    // The seed article's examples: 28×28×3 → 16 (its depthwise and pointwise), and its block 32×32×64 → 128.
    layers: [layer(28, 3, 16), layer(32, 64, 128)],
    settings: { ...DEFAULT_SETTINGS, timeBudgetMs: 1000 },
  },
};

/** Limits on a custom layer, so one typo cannot ask for gigabytes. */
export const CUSTOM_LIMITS = { maxSide: 512, maxChannels: 2048, maxChMul: 8, filterSizes: [1, 3, 5, 7], maxStride: 4 } as const;

/** A custom preset for one layer, validated against {@link CUSTOM_LIMITS}; throws `invalid <name>: <value>`. */
export function customPreset(shape: LayerShape, settings: Partial<MeasureSettings> = {}): Preset {
  assertLayerShape(shape);
  const limits = CUSTOM_LIMITS;
  if (shape.inHeight > limits.maxSide) throw new Error(`invalid inHeight: ${shape.inHeight} (at most ${limits.maxSide})`);
  if (shape.inWidth > limits.maxSide) throw new Error(`invalid inWidth: ${shape.inWidth} (at most ${limits.maxSide})`);
  if (shape.inChannels > limits.maxChannels) throw new Error(`invalid inChannels: ${shape.inChannels} (at most ${limits.maxChannels})`);
  if (shape.outChannels > limits.maxChannels) throw new Error(`invalid outChannels: ${shape.outChannels} (at most ${limits.maxChannels})`);
  if (shape.chMul > limits.maxChMul) throw new Error(`invalid chMul: ${shape.chMul} (at most ${limits.maxChMul})`);
  if (!(limits.filterSizes as readonly number[]).includes(shape.filterSize)) throw new Error(`invalid filterSize: ${shape.filterSize} (one of ${limits.filterSizes.join(', ')})`);
  if (shape.stride > limits.maxStride) throw new Error(`invalid stride: ${shape.stride} (at most ${limits.maxStride})`);
  return { id: 'custom', layers: [shape], settings: assertSettings({ ...DEFAULT_SETTINGS, ...settings }) };
}

/** What a reader may set for every preset: the timed runs wanted per op and the time budget per op, in ms. */
export type TimingChoice = Pick<MeasureSettings, 'runs' | 'timeBudgetMs'>;

/** The timed runs and time budget a preset uses when the reader changes nothing (custom: the defaults). */
export function presetTiming(id: PresetId): TimingChoice {
  const { runs, timeBudgetMs } = id === 'custom' ? DEFAULT_SETTINGS : PRESETS[id].settings;
  return { runs, timeBudgetMs };
}

/**
 * `preset` with the reader's timed runs and time budget applied (the fewest runs always taken shrinks with
 * `runs` when it must); throws `invalid runs: …` or `invalid timeBudgetMs: …` for values the lab cannot use.
 */
export function withTiming(preset: Preset, timing: TimingChoice): Preset {
  const minRuns = Math.min(preset.settings.minRuns, Number.isInteger(timing.runs) && timing.runs >= 1 ? timing.runs : preset.settings.minRuns);
  return { ...preset, settings: assertSettings({ ...preset.settings, ...timing, minRuns }) };
}

/** Throws `invalid <name>: <value>` unless the settings are usable (warmups ≥ 3, 1 ≤ minRuns ≤ runs ≤ 1000). */
export function assertSettings(settings: MeasureSettings): MeasureSettings {
  const { warmups, runs, minRuns, timeBudgetMs, minRegionMs } = settings;
  if (!Number.isInteger(warmups) || warmups < 3) throw new Error(`invalid warmups: ${warmups} (at least 3)`);
  if (!Number.isInteger(runs) || runs < 1 || runs > 1000) throw new Error(`invalid runs: ${runs} (1 to 1000)`);
  if (!Number.isInteger(minRuns) || minRuns < 1 || minRuns > runs) throw new Error(`invalid minRuns: ${minRuns} (1 to runs)`);
  if (!(timeBudgetMs > 0 && timeBudgetMs <= 600_000)) throw new Error(`invalid timeBudgetMs: ${timeBudgetMs}`);
  if (!(minRegionMs > 0 && minRegionMs <= 1000)) throw new Error(`invalid minRegionMs: ${minRegionMs}`);
  return settings;
}
