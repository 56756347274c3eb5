/**
 * What a page with notebook cells loads before the reader does anything: the page toolbar (Run all,
 * the backend picker) and a loader for the rest. The cells' own code (editor glue, scheduler, job
 * worker client, output renderers: most of a lesson's JS budget) loads on the first sign the reader
 * wants a cell, and the worker with TF.js starts with it, so the first Run finds them warm:
 *
 * - at once, when this page holds the reader's saved edits or was opened from a share link (the
 *   cells must show that code);
 * - on interaction with a cell (pointer down, focus, a key): clicks on its buttons are replayed once
 *   the cells are defined (see lazy-define.ts);
 * - on intent: the pointer over a Run button, or a cell staying in view for a second once the page
 *   is idle (not when the browser asks to save data) — these also start the worker and fetch TF.js.
 *
 * A reader who only reads never downloads TF.js; one who lingers over a cell does (see the README's
 * bench:cells table for the bytes).
 */
import { editKey } from '../../lib/notebook/edit-store';
import { lazyDefine } from '../lazy-define';
import { pageToolbar } from './notebook-toolbar';

/** How long a cell must stay in view, once the page is idle, before the runtime warms up (ms). */
const DWELL_MS = 1000;

let loading: Promise<typeof import('./index')> | undefined;
/** Imports the cells' code (defining `<dw-cell>`) once. */
function loadCells(): Promise<typeof import('./index')> {
  return (loading ??= import('./index'));
}

/** Loads the cells' code if needed and starts the worker with TF.js. */
function warm(): void {
  void loadCells().then(({ notebook }) => notebook.warm());
}

/** Whether this page holds saved edits of the reader's, or its address is a cell share link. */
function needsCodeNow(): boolean {
  if (/(^|[#&])cell=/.test(location.hash)) return true;
  try {
    const prefix = editKey(location.pathname, '');
    for (let index = 0; index < localStorage.length; index++) if (localStorage.key(index)?.startsWith(prefix)) return true;
  } catch {
    // Storage blocked: there is nothing saved to show.
  }
  return false;
}

/** Warms up when a cell stays in view for DWELL_MS after the page went idle. */
function warmOnDwell(cells: Element[]): void {
  // A reader who asked the browser to save data pays for TF.js only when they reach for a cell.
  const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
  if (saveData || typeof IntersectionObserver === 'undefined') return;
  const timers = new Map<Element, ReturnType<typeof setTimeout>>();
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      clearTimeout(timers.get(entry.target));
      if (entry.isIntersecting) timers.set(entry.target, setTimeout(() => { observer.disconnect(); warm(); }, DWELL_MS));
    }
  }, { threshold: 0.5 });
  const idle = (callback: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(callback, { timeout: 5000 }) : setTimeout(callback, 1000));
  const observeAll = () => idle(() => cells.forEach((cell) => observer.observe(cell)));
  if (document.readyState === 'complete') observeAll();
  else addEventListener('load', observeAll, { once: true });
}

function boot(): void {
  const cells = [...document.querySelectorAll('dw-cell')];
  if (cells.length === 0) return;
  const withNotebook = (act: (notebook: Awaited<ReturnType<typeof loadCells>>['notebook']) => void) => () => void loadCells().then(({ notebook }) => act(notebook));
  const toolbar = pageToolbar({
    runAll: withNotebook((notebook) => notebook.runAll()),
    restart: withNotebook((notebook) => notebook.restart()),
    resetAll: withNotebook((notebook) => notebook.resetAll()),
    // Before the cells' code has loaded there is no runtime to restart: the next run reads the picker.
    backendChanged: () => { if (loading) withNotebook((notebook) => notebook.restart())(); },
  });
  toolbar.place(cells[0] as HTMLElement);
  const start = lazyDefine({ tag: 'dw-cell', load: loadCells, rootMargin: null });
  if (needsCodeNow()) start?.();
  addEventListener('hashchange', () => { if (needsCodeNow()) start?.(); });
  for (const cell of cells) {
    cell.addEventListener('pointerover', (event) => { if ((event.target as Element).closest('[data-action="run"]')) warm(); });
    cell.addEventListener('focusin', warm, { once: true });
    // Focus reached the code before its element was defined: the element mounts the editor when it is (see cell-element.ts).
    cell.querySelector('[data-part="code"]')?.addEventListener('focusin', () => cell.setAttribute('data-wants-editor', ''), { once: true });
  }
  warmOnDwell(cells);
}

boot();
