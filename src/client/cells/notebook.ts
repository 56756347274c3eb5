/**
 * The page's notebook: every `<dw-cell>` in page order, one worker for all of them, and the page
 * toolbar. Scheduling (queue, time limits, late-message routing) is the pure reducer of
 * src/lib/notebook/scheduler.ts; this file applies its effects to the worker and the cells, and
 * listens to the events cells dispatch (src/client/cells/cell-events.ts).
 */
import { cellStrings } from '../../lib/strings/cells';
import { notRunAbove } from '../../lib/notebook/run-state';
import { initialScheduler, isScheduling, routeMessage, schedule, unmetDependencies, type SchedulerEffect, type SchedulerEvent, type SchedulerState } from '../../lib/notebook/scheduler';
import { shouldUseThreads } from '../../lib/backends';
import { internalCellError, type BackendEvent, type CellInput } from '../../lib/notebook/protocol';
import type { InputOf, JobName, WorkerMessage } from '../../lib/jobs';
import { JOB_TABLE, type JobTable } from '../../lib/jobs/table';
import { clearPageEdits } from '../../lib/notebook/edit-store';
import { JobWorker, type JobEnd, type JobHandle, type JobHandlers } from '../jobs/job-worker';
import { pageToolbar, type NotebookToolbar } from './notebook-toolbar';
import { appendMessage } from './output';
import { pageStorage } from './storage';
import { CELL_EVENTS, type CellOutput, type NotebookCell, type RunDetail } from './cell-events';
import { problemOf, type CellRunOutcome } from './run-outcome';
import { callsCheckpoint, nameReader } from './code-names';
import { StopChord } from '../../lib/notebook/stop-chord';

type NotebookJobs = JobTable['notebook'];
type CellJob = NotebookJobs['cell'];

class Notebook {
  private cells: NotebookCell[] = [];
  private state: SchedulerState = initialScheduler(0);
  private toolbar: NotebookToolbar | undefined;
  private backendInfo: BackendEvent | undefined;
  private readonly stopChord = new StopChord();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sentAt = 0;
  private lastRan: NotebookCell | undefined;
  private readonly runOfJob = new Map<number, number>();
  private readonly jobs = new Map<number, JobHandle<CellJob>>();
  /** What the reader was last told about each cell's run going wrong, for whoever waits on that run. */
  private readonly problems = new Map<NotebookCell, string>();
  private readonly waiting = new Map<NotebookCell, Array<(outcome: CellRunOutcome) => void>>();
  readonly worker = new JobWorker({
    create: () => new Worker(new URL('../../workers/cell.worker.ts', import.meta.url), { type: 'module', name: 'notebook cells' }),
    jobs: JOB_TABLE.notebook,
    onLost: (reason) => this.lost(reason),
    onLate: (message) => this.late(message),
  });

  constructor() {
    const on = (type: string, handler: (cell: NotebookCell, detail: RunDetail | undefined) => void) =>
      document.addEventListener(type, (event) => handler(event.target as NotebookCell, (event as CustomEvent<RunDetail | undefined>).detail));
    on(CELL_EVENTS.connect, (cell) => this.register(cell));
    on(CELL_EVENTS.run, (cell, detail) => this.run(cell, detail?.limitS, detail?.alone));
    on(CELL_EVENTS.stop, () => this.stop());
    on(CELL_EVENTS.edit, (cell) => this.dispatch({ type: 'edit', index: this.cells.indexOf(cell) }));
    const control = (type: 'pause' | 'resume') => (cell: NotebookCell) => {
      const active = this.state.active;
      if (active && this.cells[active.index] === cell) this.jobs.get(active.runId)?.[type]();
    };
    on(CELL_EVENTS.pause, control('pause'));
    on(CELL_EVENTS.resume, control('resume'));
    on(CELL_EVENTS.reset, (cell) => {
      if (this.worker.started) this.worker.start('forget-cell', { cellId: cell.cellId });
    });
  }

  private register(cell: NotebookCell): void {
    if (this.cells.includes(cell)) return;
    const index = this.cells.filter((each) => each.compareDocumentPosition(cell) & Node.DOCUMENT_POSITION_FOLLOWING).length;
    this.cells.splice(index, 0, cell);
    this.dispatch({ type: 'add-cell', index });
    if (!this.toolbar) {
      this.toolbar = pageToolbar({
        runAll: () => this.runAll(),
        restart: () => this.restart(),
        resetAll: () => this.resetAll(),
        backendChanged: () => this.restart(),
      });
      document.addEventListener('keydown', (event) => this.stopKey(event));
    }
    this.toolbar.place(this.cells[0] as NotebookCell);
  }

  private dispatch(event: SchedulerEvent): void {
    const { state, effects } = schedule(this.state, event);
    this.state = state;
    this.cells.forEach((cell, index) => {
      const next = state.states[index] ?? 'idle';
      if (cell.state !== next && !(next === 'running' && effects.some((effect) => effect.type === 'send' && effect.index === index))) cell.setState(next);
    });
    for (const effect of effects) this.perform(effect);
    this.settleWaiting();
  }

  /** Resolves the runs waited on (runAlone) whose cell left the queue: from the scheduler's states and the problems recorded, never from the page. */
  private settleWaiting(): void {
    for (const [cell, resolvers] of this.waiting) {
      const state = this.state.states[this.cells.indexOf(cell)] ?? 'idle';
      if (state === 'queued' || state === 'running') continue;
      this.waiting.delete(cell);
      const outcome: CellRunOutcome = state === 'done' ? { ok: true } : { ok: false, problem: this.problems.get(cell) ?? '' };
      for (const resolve of resolvers) resolve(outcome);
    }
  }

  /** Tells the reader what went wrong in `cell`'s run (a message under it) and remembers it for runAlone. */
  private problem(cell: NotebookCell, options: Parameters<typeof appendMessage>[1]): void {
    this.problems.set(cell, options.text);
    appendMessage(cell.output, options);
  }

  private perform(effect: SchedulerEffect): void {
    switch (effect.type) {
      case 'send': return this.send(effect.index, effect.runId, effect.cold);
      case 'arm':
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.dispatch({ type: 'timeout', runId: effect.runId }), effect.ms);
        return;
      case 'disarm': return clearTimeout(this.timer);
      case 'terminate':
        clearTimeout(this.timer);
        this.worker.terminate();
        this.jobs.clear();
        this.backendInfo = undefined;
        return this.toolbar?.showBackend(undefined);
      case 'timed-out': {
        const cell = this.cells[effect.index];
        const longer = effect.limitS * 2;
        if (cell) this.problem(cell, { text: cellStrings.timeout(effect.limitS), tone: 'error', actions: [{ label: cellStrings.runLonger(longer), run: () => this.run(cell, longer) }] });
      }
    }
  }

  private send(index: number, runId: number, cold: boolean): void {
    const cell = this.cells[index];
    if (!cell) return;
    cell.beginRun(runId);
    this.problems.delete(cell);
    cell.setState('running', cold ? cellStrings.status.loading : undefined);
    this.lastRan = cell;
    this.sentAt = performance.now();
    const backend = this.toolbar?.backend ?? 'wasm';
    const input: CellInput = { cellId: cell.cellId, code: cell.code, backend, threads: shouldUseThreads(backend, { crossOriginIsolated: globalThis.crossOriginIsolated, hardwareConcurrency: navigator.hardwareConcurrency }) };
    const job = this.worker.start('cell', input, this.handlersFor(runId));
    this.jobs.set(runId, job);
    void this.offerPause(cell, runId, input.code);
    this.runOfJob.set(job.id, runId);
    if (this.runOfJob.size > 1000) this.runOfJob.delete(this.runOfJob.keys().next().value as number);
  }

  private handlersFor(runId: number): JobHandlers<CellJob> {
    const deliver = (output: CellOutput) => this.deliver(runId, output);
    return {
      onConsole: (level, text) => deliver({ type: 'console', level, text }),
      onDisplay: (display) => deliver({ type: 'display', ...display }),
      events: {
        backend: (info) => {
          this.showBackend(info);
          const cell = this.cellOfRun(runId);
          if (cell && this.state.active?.runId === runId && !this.state.active.codeStarted) cell.setState('running');
          this.dispatch({ type: 'code-started', runId });
        },
      },
      onPause: (paused) => {
        if (this.state.active?.runId !== runId) return;
        this.cellOfRun(runId)?.paused(paused);
        this.dispatch({ type: paused ? 'paused' : 'resumed', runId });
      },
      onEnd: (end) => this.ended(runId, end),
    };
  }

  private cellOfRun(runId: number): NotebookCell | undefined {
    const route = routeMessage(this.state, runId);
    return route ? this.cells[route.index] : undefined;
  }

  private deliver(runId: number, output: CellOutput): void {
    const route = routeMessage(this.state, runId);
    if (!route) return;
    // Late output of a finished run only adds lines and blocks; it never changes a cell's state.
    if (route.late && output.type !== 'console' && output.type !== 'display') return;
    this.cells[route.index]?.handle(output);
  }

  private showBackend(info: BackendEvent): void {
    this.backendInfo = info;
    this.toolbar?.showBackend(info);
  }

  private ended(runId: number, end: JobEnd<CellJob>): void {
    this.jobs.delete(runId);
    if (end.status === 'terminated') return;
    if (end.status === 'done') {
      const backend = this.backendInfo?.backend ?? this.toolbar?.backend ?? 'wasm';
      this.deliver(runId, { type: 'done', result: end.result, durationMs: end.durationMs, backend });
      this.dispatch({ type: 'finish', runId, ok: true });
      return;
    }
    // A failure without the cell's own detail (a refused input, a result that did not fit) is the runtime's: shown as internal.
    const error = end.status === 'error' ? end.failure?.error ?? internalCellError(end.error) : internalCellError({ name: 'Cancelled', message: cellStrings.cancelled(end.durationMs) });
    const memory = end.status === 'error' ? end.failure?.memory : undefined;
    const advice = end.status === 'error' ? end.failure?.advice : undefined;
    this.deliver(runId, { type: 'error', error, ...(memory ? { memory } : {}), ...(advice ? { advice } : {}) });
    const cell = this.cellOfRun(runId);
    if (cell && routeMessage(this.state, runId)?.late === false) this.problems.set(cell, problemOf(error, memory));
    this.dispatch({ type: 'finish', runId, ok: false });
  }

  private late(message: WorkerMessage): void {
    const runId = this.runOfJob.get(message.id);
    if (runId === undefined) return;
    if (message.type === 'console') this.deliver(runId, { type: 'console', level: message.level, text: message.text });
    else if (message.type === 'display') this.deliver(runId, { type: 'display', handle: message.handle, kind: message.kind, payload: message.payload });
  }

  private lost(reason: string): void {
    const active = this.state.active;
    const cell = active ? this.cells[active.index] : this.lastRan;
    if (cell) this.problem(cell, { text: cellStrings.restarted(reason), tone: 'error' });
    this.dispatch({ type: 'restart', failActive: active !== undefined });
  }

  /**
   * Queues `cell`; if earlier cells that declare names it reads have not run in this runtime, offers
   * Run all above (unless it runs `alone`). The names are worked out only when some earlier cell has
   * not run, by a module loaded then (it holds a JavaScript parser).
   */
  run(cell: NotebookCell, limitS?: number, alone = false): void {
    const index = this.cells.indexOf(cell);
    if (index === -1) return;
    const waiting = new Set([...this.state.queue.map((each) => each.index), ...(this.state.active ? [this.state.active.index] : [])]);
    const notRun = notRunAbove(this.state.states, index).some((above) => !waiting.has(above));
    this.dispatch({ type: 'queue', index, limitS: limitS ?? cell.timeoutS });
    if (notRun && !alone) void this.offerRunAbove(cell);
  }

  private async offerRunAbove(cell: NotebookCell): Promise<void> {
    const namesOf = await nameReader();
    const index = this.cells.indexOf(cell);
    const names = this.cells.slice(0, index + 1).map((each) => namesOf(each.code));
    const unmet = unmetDependencies(this.state, index, names);
    if (unmet.cells.length > 0) cell.notice(cellStrings.notRunAbove(unmet.cells.length, unmet.names), 'info', 'above', [{ label: cellStrings.runAllAbove, run: () => this.runAllAbove(cell) }]);
  }

  /** Offers Pause on run `runId` of `cell` when its `code` calls `checkpoint()`, the only place a run can wait. */
  private async offerPause(cell: NotebookCell, runId: number, code: string): Promise<void> {
    if ((await callsCheckpoint(code)) && this.state.active?.runId === runId) cell.offerPause();
  }

  /** Runs `cell` on its own (no Run all above offer) and resolves with how that run ended, once it has. */
  runAlone(cell: NotebookCell): Promise<CellRunOutcome> {
    return new Promise((resolve) => {
      this.waiting.set(cell, [...(this.waiting.get(cell) ?? []), resolve]);
      this.run(cell, undefined, true);
    });
  }

  /** Runs every cell above `cell`, then `cell` itself. */
  runAllAbove(cell: NotebookCell): void {
    const index = this.cells.indexOf(cell);
    this.cells.slice(0, index + 1).forEach((each) => this.dispatch({ type: 'queue', index: this.cells.indexOf(each), limitS: each.timeoutS }));
  }

  /** Runs every cell of the page in order; an error stops the rest. */
  runAll(): void {
    this.cells.forEach((cell, index) => this.dispatch({ type: 'queue', index, limitS: cell.timeoutS }));
  }

  /** Stops the running cell now: the worker is replaced and every cell that ran becomes stale. */
  stop(): void {
    const active = this.state.active;
    if (!isScheduling(this.state)) return;
    const cell = active ? this.cells[active.index] : undefined;
    if (cell) this.problem(cell, { text: cellStrings.stopped(performance.now() - this.sentAt), tone: 'warning', actions: [{ label: cellStrings.runAllAbove, run: () => this.runAllAbove(cell) }] });
    this.dispatch({ type: 'restart' });
  }

  /** Replaces the worker now, as Restart runtime does: ends a job no cell owns (a runaway exercise check). */
  restart(): void {
    this.dispatch({ type: 'restart' });
  }

  /**
   * Starts the worker and loads TF.js on the chosen backend before the first Run (the reader showed
   * intent: a pointer over Run, focus in a cell, a cell in view a while). Does nothing once a worker
   * is alive or a run is scheduled; a Run that follows waits for the same load instead of starting its own.
   */
  warm(): void {
    if (this.worker.started || isScheduling(this.state)) return;
    const backend = this.toolbar?.backend ?? 'wasm';
    const threads = shouldUseThreads(backend, { crossOriginIsolated: globalThis.crossOriginIsolated, hardwareConcurrency: navigator.hardwareConcurrency });
    this.worker.start('warm', { backend, threads }, { events: { backend: (info) => this.showBackend(info) } });
  }

  /** Restores the author's code in every cell and forgets this page's edits. */
  resetAll(): void {
    clearPageEdits(pageStorage(), location.pathname);
    this.cells.forEach((cell) => cell.resetToAuthor());
  }

  private stopKey(event: KeyboardEvent): void {
    if (this.stopChord.press(event, performance.now()) && isScheduling(this.state)) {
      event.preventDefault();
      this.stop();
    }
  }
}

/** The one notebook of this page (listening for its cells' events from the moment this module loads). */
export const notebook = new Notebook();

/**
 * Starts job `job` in the page's notebook worker — the one that holds every name the reader's cells
 * defined — after whatever it is running now (e.g. an exercise check of a function a cell defined).
 */
export function startNotebookJob<K extends JobName<NotebookJobs>>(job: K, input: InputOf<NotebookJobs[K]>, handlers: JobHandlers<NotebookJobs[K]> = {}): JobHandle<NotebookJobs[K]> {
  return notebook.worker.start(job, input, handlers);
}
