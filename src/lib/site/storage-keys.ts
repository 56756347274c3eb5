/**
 * Every key the site keeps in the reader's localStorage, in one place: one prefix, one name per thing kept, so
 * two features never share a key by accident (or keep one setting under two). Keys an earlier version wrote under
 * its other prefix (`depthwise-lab:`) are moved to their name here the first time a page reads them, so nothing a
 * reader kept is lost.
 */

/** The prefix of every key the site keeps in localStorage. */
export const STORAGE_PREFIX = 'dwlab:';

/** The localStorage key of each thing the site keeps, by what it holds. */
export const STORAGE_KEYS = {
  /** The reader's theme choice, 'light' or 'dark' (also read by the inline script in ThemeInit.astro). */
  theme: `${STORAGE_PREFIX}theme`,
  /** Class mode, remembered across lessons (also read by the inline script in ClassModeInit.astro). */
  classMode: `${STORAGE_PREFIX}class-mode:v1`,
  /** Which exercises were solved, and how (src/lib/exercises/progress.ts). */
  exerciseProgress: `${STORAGE_PREFIX}exercises:v1`,
  /** The backend picked for cells and training: one choice for the whole site. */
  backend: `${STORAGE_PREFIX}backend`,
  /** The Keras/TF.js tab last picked in a code pair. */
  codePair: `${STORAGE_PREFIX}code-pair`,
  /** The benchmark lab's kept runs. */
  labHistory: `${STORAGE_PREFIX}lab-history`,
  /** The reader's own training runs on /train/: a JSON list of format-2 results files, newest first. */
  trainHistory: `${STORAGE_PREFIX}train-history`,
  /** The training runs pooled on /train/class/ (exported files and results links, as read). */
  trainClass: `${STORAGE_PREFIX}train-class`,
  /** The machines pooled on /lab/class/. */
  classResults: `${STORAGE_PREFIX}class-results`,
  /** A reader's cell edits: this prefix, then the page's path, `#` and the cell id. */
  cellEdits: `${STORAGE_PREFIX}cell:v1:`,
  /** Written and removed at once, to learn whether storage works here. */
  probe: `${STORAGE_PREFIX}probe`,
} as const;

/** What the site keeps, by name. */
export type StoredThing = keyof typeof STORAGE_KEYS;

/** Keys an earlier version of the site wrote under its other prefix, by the name they have now. */
export const LEGACY_KEYS: Readonly<Partial<Record<StoredThing, string>>> = {
  theme: 'depthwise-lab:theme',
  codePair: 'depthwise-lab:code-pair',
  labHistory: 'depthwise-lab:lab-history',
  classResults: 'depthwise-lab:class-results',
};

/** The part of the Web Storage API that reading a kept value uses. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * The value kept under `thing`, or null; a value an earlier version kept under the legacy key is moved to the new
 * key on the way (left where it is if storage refuses the write). Throws what `storage` throws when it is blocked.
 */
export function readStored(storage: StorageLike, thing: StoredThing): string | null {
  const value = storage.getItem(STORAGE_KEYS[thing]);
  const legacy = LEGACY_KEYS[thing];
  if (value !== null || legacy === undefined) return value;
  const old = storage.getItem(legacy);
  if (old === null) return null;
  try {
    storage.setItem(STORAGE_KEYS[thing], old);
    storage.removeItem(legacy);
  } catch {
    // Storage full: read the old key again next time rather than lose the value.
  }
  return old;
}
