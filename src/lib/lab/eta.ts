// Time left in a run, predicted from the per-MAC speed of what has been measured so far.
import type { MeasureSettings } from './presets';
import type { PlanItem } from './plan';

/** A finished plan item: its work and the median milliseconds of one run. */
export interface MeasuredItem {
  item: PlanItem;
  medianMs: number;
}

/** tf.time() kernel measurements per timed region: one, taken right after it so both see the same load. */
export const KERNEL_RUNS_PER_REGION = 1;

function key(item: PlanItem): string {
  return `${item.backend}/${item.target.type === 'op' ? item.target.op.kind : item.target.probe.id}`;
}

function msPerWork(done: readonly MeasuredItem[], match: (item: PlanItem) => boolean): number | null {
  const matching = done.filter((entry) => match(entry.item) && entry.item.work > 0);
  if (matching.length === 0) return null;
  const ms = matching.reduce((sum, entry) => sum + entry.medianMs, 0);
  const work = matching.reduce((sum, entry) => sum + entry.item.work, 0);
  return ms / work;
}

/**
 * Predicted wall-clock ms of one item whose single run takes `runMs`: first run and warmups, then timed regions
 * (each at least `minRegionMs`) until N or the time budget, each followed by one tf.time() kernel run.
 */
export function predictItemMs(runMs: number, settings: MeasureSettings): number {
  const sampleMs = Math.max(runMs, settings.minRegionMs);
  const regions = Math.min(settings.runs, Math.max(Math.ceil(settings.timeBudgetMs / sampleMs), settings.minRuns));
  return runMs * (1 + settings.warmups + KERNEL_RUNS_PER_REGION * regions) + regions * sampleMs;
}

/**
 * Milliseconds left for `remaining` items, or null before anything comparable has been measured;
 * uses ms per MAC of the same op kind on the same backend, else the nearest thing measured so far.
 */
export function estimateRemainingMs(done: readonly MeasuredItem[], remaining: readonly PlanItem[], settings: MeasureSettings): number | null {
  let total = 0;
  for (const item of remaining) {
    const kind = key(item).split('/')[1];
    const rate = msPerWork(done, (other) => key(other) === key(item))
      ?? msPerWork(done, (other) => other.backend === item.backend && other.target.type === item.target.type)
      ?? msPerWork(done, (other) => key(other).split('/')[1] === kind)
      ?? msPerWork(done, (other) => other.target.type === item.target.type)
      ?? msPerWork(done, (other) => other.backend === item.backend)
      ?? msPerWork(done, () => true);
    if (rate === null) return null;
    total += predictItemMs(rate * item.work, settings);
  }
  return total;
}
