// Runs kept in this browser (localStorage), checked on the way back in like any imported file.
import { addToHistory, parseResults, type LabRun } from '../../lib/lab';

const KEY = 'depthwise-lab:lab-history';

/** The runs kept in this browser, newest first; unreadable entries are dropped. */
export function loadHistory(): LabRun[] {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return [];
    const list: unknown = JSON.parse(raw);
    if (!Array.isArray(list)) return [];
    return list.flatMap((item) => {
      const outcome = parseResults(JSON.stringify(item));
      return outcome.ok ? [outcome.run] : [];
    });
  } catch {
    return [];
  }
}

/** Adds `run` to the kept history; returns the new history, or null when storage refused it. */
export function saveToHistory(run: LabRun): LabRun[] | null {
  const history = addToHistory(loadHistory(), run);
  try {
    localStorage.setItem(KEY, JSON.stringify(history));
    return history;
  } catch {
    return null;
  }
}

/** Forgets every kept run; returns false when storage is unavailable. */
export function clearHistory(): boolean {
  try {
    localStorage.removeItem(KEY);
    return true;
  } catch {
    return false;
  }
}
