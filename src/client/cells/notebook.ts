/**
 * The page's notebook: every `<dw-cell>` in page order, one worker, a run queue (one cell at a
 * time), Stop and the watchdog (replace the worker at once), and the page toolbar.
 */
import { cellStrings } from '../../lib/strings/cells';
import { nextStates, notRunAbove, type NotebookEvent } from '../../lib/notebook/run-state';
import type { BackendChoice, BackendMessage, WorkerMessage } from '../../lib/notebook/protocol';
import { clearPageEdits } from '../../lib/notebook/edit-store';
import { RuntimeClient } from './runtime-client';
import { NotebookToolbar } from './notebook-toolbar';
import { appendMessage } from './output';
import { pageStorage } from './storage';
import type { CellElement } from './cell-element';

/** Extra time allowed for TF.js to load before a run's own time limit starts, in ms. */
const LOAD_ALLOWANCE_MS = 60_000;

interface ActiveRun {
  cell: CellElement;
  runId: number;
  limitS: number;
  sentAt: number;
  startedAt?: number;
  timer: ReturnType<typeof setTimeout>;
}

class Notebook {
  private cells: CellElement[] = [];
  private queue: CellElement[] = [];
  private active: ActiveRun | undefined;
  private nextRunId = 1;
  private backendInfo: BackendMessage | undefined;
  private toolbar: NotebookToolbar | undefined;
  private lastEscape = 0;
  private readonly runtime = new RuntimeClient((message) => this.onMessage(message), (reason) => this.onCrash(reason));

  /** Adds a cell (kept in document order) and, with the first cell, the toolbar and the stop key. */
  register(cell: CellElement): void {
    this.cells.push(cell);
    this.cells.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    if (!this.toolbar) {
      this.toolbar = new NotebookToolbar({
        runAll: () => this.runAll(),
        restart: () => this.restart(),
        resetAll: () => this.resetAll(),
        backendChanged: () => this.restart(),
      });
      document.addEventListener('keydown', (event) => this.stopKey(event));
    }
    this.toolbar.place(this.cells[0] as CellElement);
  }

  private apply(event: NotebookEvent): void {
    const states = nextStates(this.cells.map((cell) => cell.state), event);
    this.cells.forEach((cell, index) => {
      if (cell.state !== states[index]) cell.setState(states[index] ?? 'idle');
    });
  }

  /** Queues `cell`; if earlier cells have not run in this runtime, offers Run all above. */
  run(cell: CellElement, limitS?: number): void {
    const index = this.cells.indexOf(cell);
    const missing = notRunAbove(this.cells.map((each) => each.state), index).filter((above) => this.cells[above] !== this.active?.cell && !this.queue.includes(this.cells[above] as CellElement));
    this.enqueue(cell, limitS);
    if (missing.length > 0) {
      cell.notice(cellStrings.notRunAbove(missing.length), 'info', 'above', [{ label: cellStrings.runAllAbove, run: () => this.runAllAbove(cell) }]);
    }
  }

  /**
   * Runs `cell` with `suffix` appended to its code (an exercise's check call; lines above it keep their numbers).
   * No Run-all-above notice: an exercise cell stands alone.
   */
  runWithSuffix(cell: CellElement, suffix: string): void {
    cell.runSuffix = suffix;
    this.enqueue(cell);
  }

  /** Runs every cell above `cell`, then `cell` itself. */
  runAllAbove(cell: CellElement): void {
    const index = this.cells.indexOf(cell);
    this.cells.slice(0, index + 1).forEach((each) => this.enqueue(each));
  }

  /** Runs every cell of the page in order; an error stops the rest. */
  runAll(): void {
    this.cells.forEach((cell) => this.enqueue(cell));
  }

  private enqueue(cell: CellElement, limitS?: number): void {
    if (this.active?.cell === cell || this.queue.includes(cell)) return;
    if (limitS) cell.dataset.timeoutOverride = String(limitS);
    this.queue.push(cell);
    this.apply({ type: 'queue', index: this.cells.indexOf(cell) });
    this.pump();
  }

  private pump(): void {
    if (this.active) return;
    const cell = this.queue.shift();
    if (!cell) return;
    const runId = this.nextRunId++;
    const limitS = Number(cell.dataset.timeoutOverride) || cell.timeoutS;
    delete cell.dataset.timeoutOverride;
    cell.beginRun(runId);
    cell.setState('running', this.runtime.started ? undefined : cellStrings.status.loading);
    const timer = setTimeout(() => this.timedOut(), limitS * 1000 + (this.backendInfo ? 0 : LOAD_ALLOWANCE_MS));
    this.active = { cell, runId, limitS, sentAt: performance.now(), timer };
    const backend = this.toolbar?.backend ?? 'wasm';
    const code = cell.code + cell.runSuffix;
    cell.runSuffix = '';
    this.runtime.run({ type: 'run', runId, cellId: cell.cellId, code, backend, threads: shouldUseThreads(backend) });
  }

  private onMessage(message: WorkerMessage): void {
    const active = this.active;
    if (!active || message.runId !== active.runId) {
      // Late output of a finished run still belongs to its cell if that cell has not run again since.
      const owner = this.cells.find((cell) => cell.runId === message.runId);
      if (owner && (message.type === 'console' || message.type === 'display')) owner.handle(message, this.backendName);
      return;
    }
    if (message.type === 'backend') {
      this.backendInfo = message;
      this.toolbar?.showBackend(message);
    } else if (message.type === 'started') {
      active.startedAt = performance.now();
      clearTimeout(active.timer);
      active.timer = setTimeout(() => this.timedOut(), active.limitS * 1000);
      active.cell.setState('running');
    } else {
      active.cell.handle(message, this.backendName);
      if (message.type === 'done' || message.type === 'error') this.finish(message.type === 'done');
    }
  }

  private get backendName(): string {
    return this.backendInfo?.backend ?? this.toolbar?.backend ?? 'wasm';
  }

  private finish(ok: boolean): void {
    const active = this.active;
    if (!active) return;
    clearTimeout(active.timer);
    this.active = undefined;
    if (!ok) this.dropQueue();
    this.pump();
  }

  private dropQueue(): void {
    const dropped = this.queue.splice(0);
    dropped.forEach((cell) => cell.setState('idle'));
  }

  private replaceWorker(failed?: CellElement): void {
    this.runtime.restart();
    this.backendInfo = undefined;
    this.toolbar?.showBackend(undefined);
    const active = this.active;
    if (active) clearTimeout(active.timer);
    this.active = undefined;
    this.queue = [];
    this.apply({ type: 'restart', ...(failed ? { failed: this.cells.indexOf(failed) } : {}) });
  }

  /** Stops the running cell now: the worker is replaced and every cell that ran becomes stale. */
  stop(): void {
    const active = this.active;
    if (!active && this.queue.length === 0) return;
    this.replaceWorker();
    if (active) {
      const elapsed = performance.now() - (active.startedAt ?? active.sentAt);
      appendMessage(active.cell.output, { text: cellStrings.stopped(elapsed), tone: 'warning', actions: [{ label: cellStrings.runAllAbove, run: () => this.runAllAbove(active.cell) }] });
    }
  }

  private timedOut(): void {
    const active = this.active;
    if (!active) return;
    this.replaceWorker(active.cell);
    const longer = active.limitS * 2;
    appendMessage(active.cell.output, {
      text: cellStrings.timeout(active.limitS),
      tone: 'error',
      actions: [{ label: cellStrings.runLonger(longer), run: () => this.run(active.cell, longer) }],
    });
  }

  private onCrash(reason: string): void {
    const active = this.active;
    this.replaceWorker(active?.cell);
    if (active) appendMessage(active.cell.output, { text: cellStrings.crashed(reason), tone: 'error' });
  }

  /** Frees everything: a fresh worker (TF.js reloads on the next run); all run cells become stale. */
  restart(): void {
    this.replaceWorker();
  }

  /** Restores the author's code in every cell and forgets this page's edits. */
  resetAll(): void {
    clearPageEdits(pageStorage(), location.pathname);
    this.cells.forEach((cell) => cell.resetToAuthor());
  }

  /** Called when a cell's code changed: later cells' results may no longer follow. */
  edited(cell: CellElement): void {
    this.apply({ type: 'edit', index: this.cells.indexOf(cell) });
  }

  private stopKey(event: KeyboardEvent): void {
    const ctrlDot = event.key === '.' && (event.ctrlKey || event.metaKey);
    const doubleEscape = event.key === 'Escape' && performance.now() - this.lastEscape < 1000;
    if (event.key === 'Escape') this.lastEscape = doubleEscape ? 0 : performance.now();
    if ((ctrlDot || doubleEscape) && (this.active || this.queue.length > 0)) {
      event.preventDefault();
      this.stop();
    }
  }
}

function shouldUseThreads(backend: BackendChoice): boolean {
  return backend === 'wasm' && globalThis.crossOriginIsolated === true && navigator.hardwareConcurrency >= 4;
}

/** The one notebook of this page. */
export const notebook = new Notebook();
