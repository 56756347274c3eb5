// Which exercises a reader has solved, kept as one small JSON record in the browser's storage.
import { STORAGE_KEYS } from '../site/storage-keys';

/** Storage key of the progress record. */
export const PROGRESS_KEY = STORAGE_KEYS.exerciseProgress;

/** Solved exercises: id → when it first passed (ms since 1970). */
export interface Progress {
  solved: Record<string, number>;
}

/** Reads a stored record; anything unreadable or foreign counts as no progress rather than an error. */
export function parseProgress(text: string | null | undefined): Progress {
  const solved: Record<string, number> = {};
  if (!text) return { solved };
  try {
    const data = JSON.parse(text) as { solved?: unknown };
    if (data && typeof data.solved === 'object' && data.solved !== null && !Array.isArray(data.solved)) {
      for (const [id, at] of Object.entries(data.solved)) {
        if (/^[a-z][a-z0-9-]*$/.test(id) && typeof at === 'number' && Number.isFinite(at)) solved[id] = at;
      }
    }
  } catch {
    // A hand-edited or truncated record: start over rather than break the page.
  }
  return { solved };
}

/** The record with `id` marked solved (the first time it passed is kept). */
export function markSolved(progress: Progress, id: string, at: number): Progress {
  if (progress.solved[id] !== undefined) return progress;
  return { solved: { ...progress.solved, [id]: at } };
}

/** How many of `ids` are solved. */
export function solvedCount(progress: Progress, ids: readonly string[]): number {
  return ids.filter((id) => progress.solved[id] !== undefined).length;
}
