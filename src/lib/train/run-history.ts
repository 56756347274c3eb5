// A reader's training runs kept in their browser: a list of format-2 results files, one per run (one
// seed, the nets it trained), newest first. Reading it back goes through the results schema, so a kept
// run that an older or newer page wrote differently is set aside by name instead of breaking the page.
import { ExperimentResultsSchema, type ExperimentResults } from './experiment-format';

/** The most runs kept; the oldest are forgotten first (a run with three nets takes about 10 KB). */
export const HISTORY_LIMIT = 40;

/** A kept run's identity: the time it started (runs of one page never share a millisecond). */
export const runId = (file: Pick<ExperimentResults, 'createdAt'>): string => file.createdAt;

/** The seed of a reader's run (all its nets share it). */
export const runSeed = (file: Pick<ExperimentResults, 'runs'>): number | undefined => file.runs[0]?.seed;

/** `file` added to `history` as its newest run (replacing a kept run with the same identity), at most {@link HISTORY_LIMIT} kept. */
export function addToRunHistory(history: readonly ExperimentResults[], file: ExperimentResults): ExperimentResults[] {
  return [file, ...history.filter((kept) => runId(kept) !== runId(file))].slice(0, HISTORY_LIMIT);
}

/** `history` without the run `id`. */
export function removeFromRunHistory(history: readonly ExperimentResults[], id: string): ExperimentResults[] {
  return history.filter((kept) => runId(kept) !== id);
}

/** What reading the stored history gave: the runs that read as results files, and how many items did not. */
export interface StoredHistory {
  runs: ExperimentResults[];
  unreadable: number;
}

/** Reads the stored list (anything JSON.parse gave) through the results schema, keeping the order. */
export function readRunHistory(stored: unknown): StoredHistory {
  const items = Array.isArray(stored) ? stored : stored === null || stored === undefined ? [] : [stored];
  const runs: ExperimentResults[] = [];
  for (const item of items) {
    const parsed = ExperimentResultsSchema.safeParse(item);
    if (parsed.success && parsed.data.runs.length > 0) runs.push(parsed.data);
  }
  return { runs, unreadable: items.length - runs.length };
}
