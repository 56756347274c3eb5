// Where a reader's training runs are kept, and whether any are: read at page load without the results
// schema (zod loads with ./history-store.ts only when there are runs to show or one to keep).

/** The localStorage key of the reader's runs: a JSON list of format-2 results files, newest first. */
export const TRAIN_HISTORY_KEY = 'dwlab:train-history';

/** Whether this browser keeps any training runs (false where storage is blocked). */
export function hasKeptRuns(): boolean {
  try {
    const text = localStorage.getItem(TRAIN_HISTORY_KEY);
    return text !== null && text !== '[]';
  } catch {
    return false;
  }
}
