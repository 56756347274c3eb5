/**
 * The state of the notebook worker, shared by its jobs: the cells' shared scope, TF.js once it
 * has started, `show`, the cells' own timers, and which run the worker's output belongs to now.
 * Exercise checks read the functions a reader defined through {@link cellSession}.
 */
import { NotebookRuntime } from '../../lib/notebook/runtime';
import { OutputCap } from '../../lib/notebook/output-cap';
import type { ConsoleLevel } from '../../lib/jobs/protocol';
import type { BackendName, BackendReady, Tf } from '../tf-backend';
import { initBackend } from '../tf-backend';
import type { DisplayHandle, JobHost } from '../runtime/job-host';
import { createShow, showValue } from '../show';
import { tableSummaries } from '../show/summary';
import { addTidyAdvice } from '../../lib/notebook/tidy-advice';
import type { RunAdvice } from '../../lib/notebook/protocol';
import type { DisplayKind, DisplayPayloads } from '../../lib/notebook/display-schemas';
import { CellTimers } from './cell-timers';
import { NameOwners } from './invalidate';
import { watchTidy, type TidyDataSeen } from './tidy-watch';
import { cellErrorStrings } from '../../lib/strings/cell-output';

/** Display blocks per run beyond which `show` refuses (each block is DOM work on the page). */
const MAX_DISPLAYS = 200;

/** The notebook worker's state. */
export interface CellSession {
  /** The cells' shared scope: top-level names of every cell run so far. */
  readonly runtime: NotebookRuntime;
  /** TF.js, once a run has started it (undefined before). */
  tf: Tf | undefined;
  /** The `tf` cells see: TF.js with tf.tidy watched for returned data (see tidy-watch.ts). */
  cellTf: Tf | undefined;
  /** Advice on the current run (a tidy that returned a large array), sent with its result. */
  advice: RunAdvice[];
  show: ReturnType<typeof createShow> | undefined;
  /** Timers, intervals and frames of each cell, cleared when the cell reruns or is reset. */
  readonly timers: CellTimers;
  /** The run (job id) and cell that console output belongs to now. */
  currentRun: number;
  currentCell: string;
  /** Cell of each run, so a late timer callback is located in the cell that scheduled it. */
  readonly cellOfRun: Map<number, string>;
  /** Which cell owns each top-level name (its previous values are freed when that cell reruns). */
  readonly owners: NameOwners;
}

let host: JobHost | undefined;
let ready: Promise<BackendReady> | undefined;
const caps = new Map<number, OutputCap>();
let displays = 0;
const nativeTimeout = globalThis.setTimeout.bind(globalThis);
const nativeClear = globalThis.clearTimeout.bind(globalThis);

const session: CellSession = {
  runtime: new NotebookRuntime({ origin: self.location.origin }),
  tf: undefined,
  cellTf: undefined,
  advice: [],
  show: undefined,
  timers: new CellTimers({
    setTimeout: (callback, ms) => nativeTimeout(callback, ms) as unknown as number,
    clearTimeout: (id) => nativeClear(id),
    within: (runId, callback) => within(runId, callback),
  }),
  currentRun: 0,
  currentCell: '',
  cellOfRun: new Map(),
  owners: new NameOwners(),
};

/** The notebook worker's state (the shared scope holds every name the reader's cells defined). */
export function cellSession(): CellSession {
  return session;
}

/** Connects the session to the worker's job host (output goes through it). */
export function attachHost(jobHost: JobHost): void {
  host = jobHost;
}

/** Sends one console line of run `runId`, within that run's output limits. */
export function sendConsole(runId: number, level: ConsoleLevel, text: string): void {
  let cap = caps.get(runId);
  if (!cap) {
    cap = new OutputCap();
    caps.set(runId, cap);
    if (caps.size > 100) caps.delete(caps.keys().next().value as number);
  }
  const admitted = cap.admit(text);
  if (admitted) host?.send({ type: 'console', id: runId, level: admitted.truncated ? 'warn' : level, text: admitted.send });
}

/** Marks the start of run `runId` of `cellId`: its output is attributed to it, its cell's old timers cleared. */
export function beginRun(runId: number, cellId: string): void {
  session.timers.clear(cellId);
  session.currentRun = runId;
  session.currentCell = cellId;
  session.cellOfRun.set(runId, cellId);
  if (session.cellOfRun.size > 1000) session.cellOfRun.delete(session.cellOfRun.keys().next().value as number);
  displays = 0;
  session.advice = [];
}

/** Adds a slow tidy to the current run's advice, located on the reader's line (or the cell that defined the function calling it). */
function adviseTidy({ callSite, ...seen }: TidyDataSeen): void {
  const { line, inCell } = session.runtime.locate(callSite, session.currentCell, 'runtime');
  session.advice = addTidyAdvice(session.advice, { ...seen, ...(line === undefined ? {} : { line }), ...(inCell === undefined ? {} : { inCell }) });
}

/** Runs `callback` attributed to `runId` (a timer callback of an earlier run reports under that run). */
export function within(runId: number, callback: () => void, report?: (error: unknown) => void): void {
  const [run, cell] = [session.currentRun, session.currentCell];
  session.currentRun = runId;
  session.currentCell = session.cellOfRun.get(runId) ?? cell;
  try {
    callback();
  } catch (error) {
    report?.(error);
    if (!report) throw error;
  } finally {
    // An un-awaited async function resumed by this callback continues in this task's microtasks: keep them
    // attributed to runId, and restore at the next task unless a new run has begun.
    nativeTimeout(() => {
      if (session.currentRun === runId) [session.currentRun, session.currentCell] = [run, cell];
    }, 0);
  }
}

const progressOfRun = new Map<number, DisplayHandle<'progress'>>();

/** `show.progress(value, max, label?)`: the run's one progress line, updated in place (batched to ~30 a second). */
function progress(value: unknown, max: unknown, label?: unknown): void {
  if (typeof value !== 'number' || typeof max !== 'number' || !(max > 0)) throw new TypeError(`invalid progress: ${String(value)} of ${String(max)} (show.progress takes two numbers, the second above 0)`);
  const payload = { value, max, ...(label === undefined ? {} : { label: String(label) }) };
  const runId = session.currentRun;
  const existing = progressOfRun.get(runId);
  if (existing) return existing.update(payload);
  if (!host) return;
  progressOfRun.clear();
  progressOfRun.set(runId, host.display(runId, 'progress', payload));
}

/** Starts TF.js on `backend` on the first call (later calls return the same start); builds `show`. */
export async function ensureBackend(backend: BackendName, threads: boolean): Promise<BackendReady> {
  if (!ready) {
    ready = initBackend(backend, { threads });
    const started = await ready;
    session.tf = started.tf;
    session.cellTf = watchTidy(started.tf, adviseTidy);
    const emit = <K extends DisplayKind>(kind: K, payload: DisplayPayloads[K], transfer?: Transferable[]) => {
      if (++displays > MAX_DISPLAYS) throw new RangeError(cellErrorStrings.tooManyOutputs(MAX_DISPLAYS));
      host?.display(session.currentRun, kind, payload, transfer);
    };
    session.show = createShow({ tf: started.tf, emit }, showValue);
    Object.defineProperty(session.show, 'progress', { value: progress, enumerable: true });
    const { summary } = session.show;
    if (summary) tableSummaries(started.tf, summary);
  }
  return ready;
}
