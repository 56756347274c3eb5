/**
 * The state of every cell on a page as a pure reducer: what Run, Stop, a watchdog, a restart or
 * an edit does to each cell's `data-state`.
 */

/** A cell's state, exactly as written to its `data-state` attribute. */
export type CellState = 'idle' | 'queued' | 'running' | 'done' | 'error' | 'stale';

/** What happened to the notebook: cells by index in page order. */
export type NotebookEvent =
  | { type: 'queue'; index: number }
  | { type: 'start'; index: number }
  | { type: 'finish'; index: number; ok: boolean }
  /** The worker was replaced (Stop, watchdog, Restart runtime, backend change); `failed` marks a watchdog stop. */
  | { type: 'restart'; failed?: number }
  /** The reader edited cell `index`: later cells' results no longer follow from the code above. */
  | { type: 'edit'; index: number };

function afterRestart(state: CellState, index: number, failed: number | undefined): CellState {
  if (index === failed) return 'error';
  if (state === 'queued') return 'idle';
  if (state === 'running' || state === 'done' || state === 'error') return 'stale';
  return state;
}

/** The states after `event`; the input array is not modified. */
export function nextStates(states: readonly CellState[], event: NotebookEvent): CellState[] {
  const next = [...states];
  switch (event.type) {
    case 'queue': next[event.index] = 'queued'; break;
    case 'start': next[event.index] = 'running'; break;
    case 'finish': next[event.index] = event.ok ? 'done' : 'error'; break;
    case 'restart': return next.map((state, index) => afterRestart(state, index, event.failed));
    case 'edit':
      return next.map((state, index) => (index > event.index && (state === 'done' || state === 'error') ? 'stale' : state));
  }
  return next;
}

/** Indices of cells above `index` that have not completed in the current runtime (so their names may be missing). */
export function notRunAbove(states: readonly CellState[], index: number): number[] {
  return states.slice(0, index).flatMap((state, above) => (state === 'done' ? [] : [above]));
}
