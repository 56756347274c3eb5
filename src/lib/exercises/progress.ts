// Which exercises a reader has solved, and how, kept as one small JSON record in the browser's storage: an exercise
// that passed only after its solution was shown is told apart from one solved unaided, on the page and in every count.
import { STORAGE_KEYS } from '../site/storage-keys';

/** Storage key of the progress record. */
export const PROGRESS_KEY = STORAGE_KEYS.exerciseProgress;

/** The progress record: each map is exercise id → when it happened (ms since 1970), the first time only. */
export interface Progress {
  /** Exercises that passed Check before their solution was ever shown. */
  solved: Record<string, number>;
  /** Exercises whose solution was shown (Show solution, confirmed). */
  shown: Record<string, number>;
  /** Exercises that passed Check only after their solution was shown. */
  assisted: Record<string, number>;
}

/** Where an exercise stands: solved unaided, solved with the solution shown, or not (yet) solved. */
export type ExerciseStatus = 'solved' | 'solved-with-solution' | 'unsolved';

const EMPTY: Progress = { solved: {}, shown: {}, assisted: {} };

function readMap(value: unknown): Record<string, number> {
  const map: Record<string, number> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return map;
  for (const [id, at] of Object.entries(value)) {
    if (/^[a-z][a-z0-9-]*$/.test(id) && typeof at === 'number' && Number.isFinite(at)) map[id] = at;
  }
  return map;
}

/** Reads a stored record (an older one, with `solved` only, reads as it was); anything unreadable or foreign is no progress. */
export function parseProgress(text: string | null | undefined): Progress {
  if (!text) return EMPTY;
  try {
    const data = JSON.parse(text) as Partial<Record<keyof Progress, unknown>> | null;
    if (typeof data !== 'object' || data === null) return EMPTY;
    return { solved: readMap(data.solved), shown: readMap(data.shown), assisted: readMap(data.assisted) };
  } catch {
    // A hand-edited or truncated record: start over rather than break the page.
    return EMPTY;
  }
}

/** The record after exercise `id` passed Check at `at`: solved unaided unless its solution was shown before. */
export function markSolved(progress: Progress, id: string, at: number): Progress {
  if (progress.solved[id] !== undefined) return progress;
  if (progress.shown[id] === undefined) return { ...progress, solved: { ...progress.solved, [id]: at } };
  if (progress.assisted[id] !== undefined) return progress;
  return { ...progress, assisted: { ...progress.assisted, [id]: at } };
}

/** The record after the solution of exercise `id` was shown at `at` (an exercise solved before stays solved unaided). */
export function markSolutionShown(progress: Progress, id: string, at: number): Progress {
  if (progress.shown[id] !== undefined) return progress;
  return { ...progress, shown: { ...progress.shown, [id]: at } };
}

/** Where exercise `id` stands in `progress`. */
export function exerciseStatus(progress: Progress, id: string): ExerciseStatus {
  if (progress.solved[id] !== undefined) return 'solved';
  return progress.assisted[id] !== undefined ? 'solved-with-solution' : 'unsolved';
}

/** How many of `ids` are solved unaided. */
export function solvedCount(progress: Progress, ids: readonly string[]): number {
  return ids.filter((id) => exerciseStatus(progress, id) === 'solved').length;
}

/** How many of `ids` are solved unaided and how many only with the solution shown. */
export function progressCounts(progress: Progress, ids: readonly string[]): { solved: number; withSolution: number } {
  return { solved: solvedCount(progress, ids), withSolution: ids.filter((id) => exerciseStatus(progress, id) === 'solved-with-solution').length };
}
