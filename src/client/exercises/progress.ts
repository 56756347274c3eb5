/** Exercise progress in localStorage, and an event so every counter on the page updates when it changes. */
import { PROGRESS_KEY, exerciseStatus, markSolutionShown, markSolved, parseProgress, type ExerciseStatus, type Progress } from '../../lib/exercises/progress';
import { readPreference, writePreference } from '../cells/storage';

/** Event dispatched on `document` after the record changes (an exercise solved, or its solution shown). */
export const PROGRESS_EVENT = 'dwlab:exercise-progress';

/** The reader's progress (none where storage is blocked). */
export function loadProgress(): Progress {
  return parseProgress(readPreference(PROGRESS_KEY));
}

function record(id: string, change: (progress: Progress, id: string, at: number) => Progress): Progress {
  const before = loadProgress();
  const after = change(before, id, Date.now());
  if (after === before) return before;
  writePreference(PROGRESS_KEY, JSON.stringify(after));
  document.dispatchEvent(new CustomEvent(PROGRESS_EVENT, { detail: { id } }));
  return after;
}

/** Records that exercise `id` passed Check, tells the page's counters, and returns where it now stands. */
export function recordSolved(id: string): ExerciseStatus {
  return exerciseStatus(record(id, markSolved), id);
}

/** Records that the solution of exercise `id` was shown: a later pass counts as solved with the solution shown. */
export function recordSolutionShown(id: string): void {
  record(id, markSolutionShown);
}
