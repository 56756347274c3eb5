// Pooling runs: the reader's own, local history and imported files, compared side by side.
import { opLayerLabel } from './model';
import type { LabBackend } from './results';
import type { LabRun, OpResult } from './results-schema';

/** Most runs kept in local history (oldest dropped first). */
export const HISTORY_LIMIT = 12;

/** Runs of `existing` followed by those of `incoming` whose id is new; a repeated id keeps the first copy. */
export function mergeRuns(existing: readonly LabRun[], incoming: readonly LabRun[]): LabRun[] {
  const seen = new Set<string>();
  const merged: LabRun[] = [];
  for (const run of [...existing, ...incoming]) {
    if (seen.has(run.id)) continue;
    seen.add(run.id);
    merged.push(run);
  }
  return merged;
}

/** History after saving `run`: newest first, its id replaced if present, at most `limit` runs. */
export function addToHistory(history: readonly LabRun[], run: LabRun, limit = HISTORY_LIMIT): LabRun[] {
  return [run, ...history.filter((old) => old.id !== run.id)].slice(0, limit);
}

/** A distinct display name per run: the machine name, with the date added when two runs share it. */
export function runLabels(runs: readonly LabRun[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const run of runs) counts.set(run.machine, (counts.get(run.machine) ?? 0) + 1);
  const labels = new Map<string, string>();
  const used = new Set<string>();
  for (const run of runs) {
    let label = (counts.get(run.machine) ?? 0) > 1 ? `${run.machine} (${run.createdAt.slice(0, 16).replace('T', ' ')})` : run.machine;
    for (let suffix = 2; used.has(label); suffix += 1) label = `${run.machine} #${suffix}`;
    used.add(label);
    labels.set(run.id, label);
  }
  return labels;
}

/** One bar of the comparison chart: a machine's median for one op, layer and backend. */
export interface ComparisonRow {
  machine: string;
  backend: LabBackend;
  kind: OpResult['kind'];
  layer: string;
  medianMs: number;
  gmacPerSecond: number;
}

/** Rows comparing the medians of several runs (machines) op by op. */
export function comparisonRows(runs: readonly LabRun[]): ComparisonRow[] {
  const labels = runLabels(runs);
  return runs.flatMap((run) => run.results.map((result) => ({
    machine: labels.get(run.id) ?? run.machine,
    backend: result.backend,
    kind: result.kind,
    layer: opLayerLabel(result.kind, result.layer),
    medianMs: result.summary.median,
    gmacPerSecond: result.gmacPerSecond,
  })));
}
