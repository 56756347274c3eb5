// The list of runs kept in this browser (localStorage), drawn at page load from a few display fields of
// each stored run. The results schema (about 7 KB of zod) is not loaded for that: a run is read through
// it when the reader shows it or a new run is kept (./history-store.ts, loaded then).
import { RESULTS_SCHEMA } from '../../lib/lab';
import { readStored, STORAGE_KEYS } from '../../lib/site/storage-keys';

/** Where the kept runs are stored: a JSON list of results-format runs, newest first. */
export const HISTORY_KEY = STORAGE_KEYS.labHistory;

/** One kept run as the history list names it (not yet checked: its run is read when shown). */
export interface HistoryEntry {
  id: string;
  machine: string;
  preset: string;
  createdAt: string;
  status: string;
  measurements: number;
}

/** The stored list as it is (empty when missing, unreadable or not a list). */
export function storedHistory(): unknown[] {
  try {
    const list: unknown = JSON.parse(readStored(localStorage, 'labHistory') ?? '[]');
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

function entryOf(item: unknown): HistoryEntry | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const { schema, id, machine, preset, createdAt, status, results } = item as Record<string, unknown>;
  if (schema !== RESULTS_SCHEMA || typeof id !== 'string' || typeof machine !== 'string' || typeof createdAt !== 'string') return undefined;
  return { id, machine, preset: String(preset), createdAt, status: String(status), measurements: Array.isArray(results) ? results.length : 0 };
}

/** The kept runs' entries, newest first; items that are not lab runs at all are left out. */
export function historyEntries(): HistoryEntry[] {
  return storedHistory().flatMap((item) => entryOf(item) ?? []);
}

/** Forgets every kept run; returns false when storage is unavailable. */
export function clearHistory(): boolean {
  try {
    localStorage.removeItem(HISTORY_KEY);
    return true;
  } catch {
    return false;
  }
}
