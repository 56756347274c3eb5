// The runs kept in this browser, read through the results format like any imported file (older versions upgraded,
// malformed ones refused by field), and kept after a run. Loaded when a run is shown or kept, not with the page.
import { addToHistory, type LabRun } from '../../lib/lab';
import { readRun, type ParseOutcome } from '../../lib/lab/results-format';
import { HISTORY_KEY, storedHistory } from './history';

function write(runs: readonly unknown[]): boolean {
  try {
    localStorage.setItem(HISTORY_KEY, JSON.stringify(runs));
    return true;
  } catch {
    return false;
  }
}

/** The kept runs that read as runs, newest first; unreadable ones are dropped. */
function loadHistory(): LabRun[] {
  return storedHistory().flatMap((item) => {
    const outcome = readRun(item);
    return outcome.ok ? [outcome.run] : [];
  });
}

/** Kept run `id`, read through the format; a kept run that no longer reads is forgotten, and the outcome says why. */
export function historyRun(id: string): ParseOutcome | undefined {
  const stored = storedHistory();
  const index = stored.findIndex((item) => typeof item === 'object' && item !== null && (item as { id?: unknown }).id === id);
  if (index === -1) return undefined;
  const outcome = readRun(stored[index]);
  if (!outcome.ok) write(stored.filter((_, position) => position !== index));
  return outcome;
}

/** Adds `run` to the kept history; returns the new history, or null when storage refused it. */
export function saveToHistory(run: LabRun): LabRun[] | null {
  const history = addToHistory(loadHistory(), run);
  return write(history) ? history : null;
}
