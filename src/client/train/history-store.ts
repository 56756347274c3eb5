// The reader's runs in localStorage, read through the results schema (src/lib/train/run-history.ts).
import type { ExperimentResults } from '../../lib/train/experiment-format';
import { readRunHistory, type StoredHistory } from '../../lib/train/run-history';
import { TRAIN_HISTORY_KEY } from './history-key';

/** The kept runs that read as results files, and how many stored items did not (an unreadable store reads as none). */
export function loadRuns(): StoredHistory {
  try {
    return readRunHistory(JSON.parse(localStorage.getItem(TRAIN_HISTORY_KEY) ?? '[]'));
  } catch {
    return { runs: [], unreadable: 0 };
  }
}

/** Stores `runs` as the reader's runs; false when storage refused (full or blocked). */
export function saveRuns(runs: readonly ExperimentResults[]): boolean {
  try {
    if (runs.length === 0) localStorage.removeItem(TRAIN_HISTORY_KEY);
    else localStorage.setItem(TRAIN_HISTORY_KEY, JSON.stringify(runs));
    return true;
  } catch {
    return false;
  }
}
