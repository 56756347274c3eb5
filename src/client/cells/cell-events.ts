/**
 * How `<dw-cell>` and the page's notebook talk without importing each other: a cell dispatches
 * DOM events (bubbling to the document, where the notebook listens), and the notebook calls the
 * cell back through {@link NotebookCell}.
 */
import type { CellState } from '../../lib/notebook/run-state';
import type { CellError, CellResult, MemoryDelta, RunAdvice } from '../../lib/notebook/protocol';

/** Events a cell dispatches; `detail` of `run` may carry a longer time limit in seconds. */
export const CELL_EVENTS = {
  connect: 'dw-cell-connect',
  run: 'dw-cell-run',
  stop: 'dw-cell-stop',
  edit: 'dw-cell-edit',
  reset: 'dw-cell-reset',
  /** Pause and Resume of the cell's running run: it waits at its next `await checkpoint()` until Resume. */
  pause: 'dw-cell-pause',
  resume: 'dw-cell-resume',
} as const;

/** `detail` of a run event. */
export interface RunDetail {
  limitS?: number;
  /** Run this cell on its own, without offering to run the cells above (an exercise cell needs none of them). */
  alone?: boolean;
}

/** What a run of a cell produces, as the notebook hands it to the cell. */
export type CellOutput =
  | { type: 'console'; level: string; text: string }
  | { type: 'display'; handle: number; kind: string; payload: unknown }
  | { type: 'done'; result: CellResult; durationMs: number; backend: string }
  | { type: 'error'; error: CellError; memory?: MemoryDelta; advice?: RunAdvice[] };

/** What the notebook needs of a cell. */
export interface NotebookCell extends HTMLElement {
  readonly cellId: string;
  readonly code: string;
  readonly timeoutS: number;
  readonly state: CellState;
  readonly output: HTMLElement;
  setState(state: CellState, detail?: string): void;
  /** Clears the output for run `runId`. */
  beginRun(runId: number): void;
  handle(output: CellOutput): void;
  /** Offers Pause on the running run: its code calls `checkpoint()`, where a pause can wait. */
  offerPause(): void;
  /** The running run stopped at a checkpoint (`true`) or went on (`false`). */
  paused(paused: boolean): void;
  /** Restores the author's code and forgets the saved edit. */
  resetToAuthor(): void;
  notice(text: string, tone: 'warning' | 'info', key?: string, actions?: Array<{ label: string; run: () => void }>): HTMLElement;
}

/** Dispatches cell event `type` from `cell` (bubbling, so the notebook on the document hears it). */
export function dispatchCellEvent(cell: HTMLElement, type: (typeof CELL_EVENTS)[keyof typeof CELL_EVENTS], detail?: RunDetail): void {
  cell.dispatchEvent(new CustomEvent(type, { bubbles: true, detail }));
}
