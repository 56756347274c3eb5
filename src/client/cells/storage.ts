/** localStorage for the notebook, or undefined where the browser blocks it (private modes, sandboxed frames). */
import type { KeyValueStorage } from '../../lib/notebook/edit-store';
import { STORAGE_KEYS } from '../../lib/site/storage-keys';

/** The page's localStorage if it can be read and written, else undefined. */
export function pageStorage(): KeyValueStorage | undefined {
  try {
    const storage = window.localStorage;
    const probe = STORAGE_KEYS.probe;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}

/** Reads one preference; undefined when missing or storage is blocked. */
export function readPreference(key: string): string | undefined {
  try {
    return window.localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Writes one preference; returns false when storage is blocked or full. */
export function writePreference(key: string, value: string): boolean {
  try {
    window.localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
