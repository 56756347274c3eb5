// The timing loop's choices as pure logic: how long a timed region must be for the clock at hand,
// how many back-to-back runs fill it, when to stop sampling, and what the loop itself costs.
// The clock and the region timer are injected (as in src/lib/jobs/job-control.ts), so the loop is
// tested in Node with a fake clock that steps like a browser's.
import { median } from './stats';
import type { MeasureSettings } from './presets';

/** Timer steps per timed region: a region of 50 steps is quantised by at most 2 %. */
export const REGION_TIMER_STEPS = 50;

/** Most runs repeated inside one timed region, however fast the op. */
export const MAX_REGION_REPS = 4096;

/** The smallest step the clock takes, in ms (5 µs for `performance.now()` when cross-origin isolated, else 100 µs in Chromium). */
export function timerStep(now: () => number, attempts = 20): number {
  let smallest = Infinity;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const start = now();
    let next = now();
    while (next === start) next = now();
    smallest = Math.min(smallest, next - start);
  }
  return smallest;
}

/** Times one region of `reps` back-to-back runs (ending in one read where the backend needs it); resolves to the region's ms. */
export type RegionTimer = (reps: number) => Promise<number>;

/** Region lengths per ms of fixed cost: a region 20 times the loop's per-region cost keeps that cost under 5 %. */
export const REGION_FIXED_COST_FACTOR = 20;

/** What sets the shortest timed region: the preset, the clock and the loop's own per-region cost. */
export interface RegionOptions {
  /** The preset's shortest region in ms. */
  minRegionMs: number;
  /** The clock's step in ms (see {@link timerStep}). */
  timerStepMs: number;
  /** What ending a region costs once (the final read on GPU backends), in ms; 0 when unknown. */
  fixedMs?: number;
}

/**
 * The op time each timed region must hold, in ms: the preset's `minRegionMs`, raised to {@link REGION_TIMER_STEPS}
 * clock steps (5 ms when `performance.now()` steps by 0.1 ms, as it does without cross-origin isolation) and to
 * {@link REGION_FIXED_COST_FACTOR} times the region's fixed cost.
 */
export function regionMs(options: RegionOptions): number {
  const { minRegionMs, timerStepMs, fixedMs = 0 } = options;
  if (!(minRegionMs > 0)) throw new Error(`invalid minRegionMs: ${minRegionMs}`);
  if (!(timerStepMs >= 0) || !Number.isFinite(timerStepMs)) throw new Error(`invalid timerStepMs: ${timerStepMs}`);
  if (!(fixedMs >= 0) || !Number.isFinite(fixedMs)) throw new Error(`invalid fixedMs: ${fixedMs}`);
  return Math.max(minRegionMs, REGION_TIMER_STEPS * timerStepMs, REGION_FIXED_COST_FACTOR * fixedMs);
}

/** Options for {@link calibrateReps}. */
export interface CalibrateOptions {
  /** Op time wanted per region, in ms (from {@link regionMs}). */
  targetMs: number;
  /** The region's fixed cost in ms, taken off each trial before scaling; default 0. */
  fixedMs?: number;
  /** Most runs per region; default {@link MAX_REGION_REPS}. */
  maxReps?: number;
}

/**
 * Runs per region: grows a trial region ×4 until its op time (region less `fixedMs`) is an eighth of
 * `targetMs` (enough clock steps to trust), times that trial once more, then scales the faster of the two to
 * `targetMs`. A trial the clock reads as 0 just grows.
 */
export async function calibrateReps(timeRegion: RegionTimer, options: CalibrateOptions): Promise<number> {
  const { targetMs, fixedMs = 0, maxReps = MAX_REGION_REPS } = options;
  if (!(targetMs > 0)) throw new Error(`invalid targetMs: ${targetMs}`);
  let reps = 1;
  for (;;) {
    let opMs = (await timeRegion(reps)) - fixedMs;
    // The trial that sets N is timed twice and the faster kept: one pause on a busy machine would otherwise shrink every region.
    if (opMs >= targetMs / 8) opMs = Math.min(opMs, (await timeRegion(reps)) - fixedMs);
    if (opMs >= targetMs / 8) return Math.min(maxReps, Math.max(1, Math.ceil((reps * targetMs) / opMs)));
    if (reps >= maxReps) return maxReps;
    reps = Math.min(maxReps, reps * 4);
  }
}

/** Options for {@link sampleRegions}. */
export interface SampleOptions {
  /** The clock in ms (`performance.now` in a worker). */
  now: () => number;
  settings: Pick<MeasureSettings, 'runs' | 'minRuns' | 'timeBudgetMs'>;
  /** Runs per region (from {@link calibrateReps}). */
  reps: number;
  timeRegion: RegionTimer;
  /** Called after each region, outside the timed part (a tf.time() kernel sample, a reference region). */
  afterRegion?: (index: number) => Promise<void>;
}

/**
 * Per-run ms of each timed region: at least `minRuns` regions, then more until `runs` regions or the
 * time budget is spent (the budget counts the regions and whatever `afterRegion` does).
 */
export async function sampleRegions(options: SampleOptions): Promise<number[]> {
  const { now, settings, reps, timeRegion } = options;
  const samplesMs: number[] = [];
  const start = now();
  while (samplesMs.length < settings.runs && (samplesMs.length < settings.minRuns || now() - start < settings.timeBudgetMs)) {
    samplesMs.push((await timeRegion(reps)) / reps);
    await options.afterRegion?.(samplesMs.length - 1);
  }
  return samplesMs;
}

/** The timing loop's own cost, from a trivial op timed with few and with many runs per region. */
export interface LoopOverhead {
  /** What each run adds beyond the op's kernel: dispatch, bookkeeping and disposal, in ms. */
  perRunMs: number;
  /** What each region adds once: the final read and the clock reads, in ms. */
  perRegionMs: number;
}

/** One set of regions of the trivial op: runs per region and each region's total ms. */
export interface RegionSet {
  reps: number;
  regionsMs: readonly number[];
}

/**
 * The loop's per-run and per-region cost from two sets of regions of a trivial op (a line through the
 * two medians: region ms = perRegion + reps × perRun); negative intercepts from noise read as 0.
 */
export function loopOverhead(few: RegionSet, many: RegionSet): LoopOverhead {
  if (!(many.reps > few.reps)) throw new Error(`invalid reps: ${many.reps} must exceed ${few.reps}`);
  const fewMs = median(few.regionsMs);
  const manyMs = median(many.regionsMs);
  const perRunMs = Math.max(0, (manyMs - fewMs) / (many.reps - few.reps));
  return { perRunMs, perRegionMs: Math.max(0, fewMs - few.reps * perRunMs) };
}

/** The per-run ms a region of `reps` runs owes to the loop rather than to the op. */
export function overheadPerRun(overhead: LoopOverhead, reps: number): number {
  if (!(reps >= 1)) throw new Error(`invalid reps: ${reps}`);
  return overhead.perRunMs + overhead.perRegionMs / reps;
}
