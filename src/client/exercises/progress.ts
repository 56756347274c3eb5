/** Exercise progress in localStorage, and an event so every counter on the page updates when one is solved. */
import { PROGRESS_KEY, markSolved, parseProgress, type Progress } from '../../lib/exercises/progress';
import { readPreference, writePreference } from '../cells/storage';

/** Event dispatched on `document` after an exercise is first solved. */
export const PROGRESS_EVENT = 'dwlab:exercise-progress';

/** The reader's progress (none where storage is blocked). */
export function loadProgress(): Progress {
  return parseProgress(readPreference(PROGRESS_KEY));
}

/** Records exercise `id` as solved and tells the page's counters. */
export function recordSolved(id: string): void {
  const before = loadProgress();
  const after = markSolved(before, id, Date.now());
  if (after === before) return;
  writePreference(PROGRESS_KEY, JSON.stringify(after));
  document.dispatchEvent(new CustomEvent(PROGRESS_EVENT, { detail: { id } }));
}
