/**
 * Readers' edits of cells, kept per page and cell id together with the hash of the author's code
 * they started from, so an author's later change can be noticed without losing the edit.
 * Storage is injected (localStorage in the browser); every failure comes back as a value.
 */
import { cellStrings } from '../strings/cells';
import { STORAGE_KEYS } from '../site/storage-keys';

/** The part of the Web Storage API this module uses. */
export interface KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** One saved edit: the reader's code and the hash of the author's code when it was made. */
export interface SavedEdit {
  code: string;
  authorHash: string;
  savedAt: number;
}

/** Result of a storage write: ok, or a reader-facing reason it failed (quota, blocked). */
export type StoreResult = { ok: true } | { ok: false; reason: string };

const PREFIX = STORAGE_KEYS.cellEdits;

/** Storage key of cell `cellId` on page `page` (a path such as `/convolution/`). */
export function editKey(page: string, cellId: string): string {
  return `${PREFIX}${page}#${cellId}`;
}

function reasonOf(error: unknown): string {
  if (error instanceof Error && /quota/i.test(`${error.name} ${error.message}`)) return cellStrings.storageFull;
  return error instanceof Error ? error.message : String(error);
}

/** Reads the saved edit of a cell, or undefined when there is none or it is unreadable. */
export function loadEdit(storage: KeyValueStorage | undefined, page: string, cellId: string): SavedEdit | undefined {
  try {
    const raw = storage?.getItem(editKey(page, cellId));
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<SavedEdit>;
    if (typeof parsed.code !== 'string' || typeof parsed.authorHash !== 'string') return undefined;
    return { code: parsed.code, authorHash: parsed.authorHash, savedAt: Number(parsed.savedAt) || 0 };
  } catch {
    return undefined;
  }
}

/** Saves a cell's edit; equal-to-author code removes the entry instead. */
export function saveEdit(storage: KeyValueStorage | undefined, options: { page: string; cellId: string; code: string; authorCode: string; authorHash: string; now?: number }): StoreResult {
  if (!storage) return { ok: false, reason: cellStrings.storageUnavailable };
  const { page, cellId, code, authorCode, authorHash } = options;
  try {
    if (code === authorCode) storage.removeItem(editKey(page, cellId));
    else storage.setItem(editKey(page, cellId), JSON.stringify({ code, authorHash, savedAt: options.now ?? Date.now() }));
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}

/** Forgets the edit of one cell. */
export function clearEdit(storage: KeyValueStorage | undefined, page: string, cellId: string): StoreResult {
  try {
    storage?.removeItem(editKey(page, cellId));
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}

/** Forgets the edits of every cell on `page`; returns how many were removed. */
export function clearPageEdits(storage: KeyValueStorage | undefined, page: string): number {
  if (!storage) return 0;
  const prefix = `${PREFIX}${page}#`;
  const keys: string[] = [];
  try {
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    keys.forEach((key) => storage.removeItem(key));
  } catch {
    return 0;
  }
  return keys.length;
}

/** Where a cell's initial code comes from when the page opens. */
export type CodeOrigin = 'author' | 'edited' | 'author-changed' | 'shared';

/** Picks a cell's initial code: a share link wins, then a saved edit (flagged if the author changed since), then the author's. */
export function initialCode(options: { authorCode: string; authorHash: string; saved?: SavedEdit; shared?: string }): { code: string; origin: CodeOrigin } {
  const { authorCode, authorHash, saved, shared } = options;
  if (shared !== undefined) return { code: shared, origin: 'shared' };
  if (!saved || saved.code === authorCode) return { code: authorCode, origin: 'author' };
  return { code: saved.code, origin: saved.authorHash === authorHash ? 'edited' : 'author-changed' };
}
