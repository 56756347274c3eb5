// Class mode: which answers a page shows, chosen by the link a reader arrived with and remembered in the browser.
import { STORAGE_KEYS } from '../site/storage-keys';

/** open: a reader on their own (everything shown); student: the class link (solutions and quiz answers hidden); teacher: everything, marked as the teacher's view. */
export type ClassMode = 'open' | 'student' | 'teacher';

/** Storage key of the remembered mode (the inline head script uses it too). */
export const CLASS_MODE_KEY = STORAGE_KEYS.classMode;

/** The query parameter of class links: `?class=student`, `?class=teacher`, `?class=off`. */
const CLASS_PARAM = 'class';

/**
 * The mode for a page from its query string and the remembered mode, and the mode to remember (or 'open' to forget it).
 * Self-contained on purpose: its source is inlined into every page's head, so it runs before first paint.
 */
export function resolveClassMode(search: string, stored: string | null): { mode: 'open' | 'student' | 'teacher'; remember?: 'open' | 'student' | 'teacher' } {
  const asked = new URLSearchParams(search).get('class');
  if (asked === 'student' || asked === 'teacher') return { mode: asked, remember: asked };
  if (asked === 'off' || asked === 'open') return { mode: 'open', remember: 'open' };
  return { mode: stored === 'student' || stored === 'teacher' ? stored : 'open' };
}

/** A class link to `path` on `origin` for `mode` (e.g. https://host/depthwise/?class=student). */
export function classLink(origin: string, path: string, mode: ClassMode): string {
  const url = new URL(path, origin);
  url.searchParams.set(CLASS_PARAM, mode === 'open' ? 'off' : mode);
  return url.href;
}
