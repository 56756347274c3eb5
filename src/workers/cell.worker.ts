/**
 * The notebook worker: one per page, runs every cell of the page against one shared scope.
 * TF.js loads on the first run request (on the backend that request names); the page stops a
 * run by terminating this worker, so nothing here needs to be interruptible.
 */
import { NotebookRuntime } from '../lib/notebook/runtime';
import { parsePageMessage, type MemoryDelta, type RunRequest, type WorkerMessage } from '../lib/notebook/protocol';
import { toValueView } from '../lib/notebook/value-view';
import { initBackend, type BackendReady, type Tf } from './tf-backend';
import { consoleText, createShow, describeTensors, showValue } from './show';
import { keptTensorIds } from './kept-tensors';
import { attributeTimers } from './run-timers';

/** Console lines per run beyond which output is counted, not sent (a print loop cannot flood the page). */
const MAX_CONSOLE_LINES = 1000;
/** Display blocks per run beyond which `show` refuses (each block is DOM work on the page). */
const MAX_DISPLAYS = 200;

/** The parts of the dedicated worker scope this loop uses (the DOM lib types `self` as a Window). */
interface WorkerScope {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  addEventListener(type: 'unhandledrejection', listener: (event: PromiseRejectionEvent) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
}

const scope = self as unknown as WorkerScope;
const runtime = new NotebookRuntime();
let ready: Promise<BackendReady> | undefined;
let tf: Tf | undefined;
let show: ReturnType<typeof createShow> | undefined;
let currentRun = 0;
let currentCell = '';
/** Cell of each run, so a late timer callback is located in the cell that scheduled it. */
const cellOfRun = new Map<number, string>();
let consoleLines = 0;
let displays = 0;
let queue = Promise.resolve();

function post(message: WorkerMessage, transfer: Transferable[] = []): void {
  try {
    scope.postMessage(message, transfer);
  } catch (error) {
    const text = `Could not send this output to the page: ${error instanceof Error ? error.message : String(error)}`;
    scope.postMessage({ type: 'console', runId: message.runId, level: 'error', text } satisfies WorkerMessage);
  }
}

function captureConsole(): void {
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    console[level] = (...args: unknown[]) => {
      consoleLines++;
      if (consoleLines > MAX_CONSOLE_LINES) return;
      const text = consoleLines === MAX_CONSOLE_LINES ? `… output stopped after ${MAX_CONSOLE_LINES} lines` : consoleText(tf, args);
      post({ type: 'console', runId: currentRun, level: level === 'debug' ? 'log' : level, text });
    };
  }
}

function reportStray(reason: unknown, what: string): void {
  const error = runtime.locate(reason, currentCell, 'rejection');
  const where = error.line ? ` (${error.inCell ? `cell "${error.inCell}", ` : ''}line ${error.line})` : '';
  post({ type: 'console', runId: currentRun, level: 'error', text: `${what}: ${error.name === 'Thrown value' ? '' : `${error.name}: `}${error.message}${where}` });
}

async function ensureBackend(request: RunRequest): Promise<BackendReady> {
  if (!ready) {
    ready = initBackend(request.backend, { threads: request.threads });
    const started = await ready;
    tf = started.tf;
    const emit = (kind: string, payload: unknown, transfer?: Transferable[]) => {
      if (++displays > MAX_DISPLAYS) throw new RangeError(`too many outputs: more than ${MAX_DISPLAYS} show(…) calls in one run`);
      post({ type: 'display', runId: currentRun, kind, payload }, transfer);
    };
    show = createShow({ tf: started.tf, emit }, showValue);
    const { backend, requested, threads, fallbackReason } = started;
    post({ type: 'backend', runId: request.runId, backend, requested, threads, ...(fallbackReason ? { fallbackReason } : {}) });
  }
  return ready;
}

function memoryDelta(before: { numTensors: number; numBytes: number }, keptBefore: Set<number>, tfjs: Tf): MemoryDelta {
  const after = tfjs.memory();
  const keptAfter = keptTensorIds(tfjs, runtime.store);
  const tensorsDelta = after.numTensors - before.numTensors;
  const newlyKept = keptAfter.size - keptBefore.size;
  return { tensors: after.numTensors, bytes: after.numBytes, tensorsDelta, bytesDelta: after.numBytes - before.numBytes, leaked: Math.max(0, tensorsDelta - newlyKept) };
}

async function execute(request: RunRequest): Promise<void> {
  const { runId, cellId, code } = request;
  currentRun = runId;
  currentCell = cellId;
  cellOfRun.set(runId, cellId);
  consoleLines = 0;
  displays = 0;
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let tfjs: Tf;
  try {
    tfjs = (await ensureBackend(request)).tf;
  } catch (error) {
    const message = `TF.js could not start: ${error instanceof Error ? error.message : String(error)}`;
    post({ type: 'error', runId, durationMs: elapsed(), error: { kind: 'internal', name: 'Error', message, frames: [] } });
    return;
  }
  post({ type: 'started', runId });
  const before = tfjs.memory();
  const keptBefore = keptTensorIds(tfjs, runtime.store);
  const outcome = await runtime.run({ cellId, runId, code, globals: { tf: tfjs, show } });
  const memory = memoryDelta(before, keptBefore, tfjs);
  if (!outcome.ok) {
    post({ type: 'error', runId, durationMs: elapsed(), error: outcome.error, memory });
    return;
  }
  const value = outcome.returnsValue && outcome.value !== undefined ? toValueView(outcome.value, { describe: describeTensors(tfjs) }) : undefined;
  post({ type: 'done', runId, durationMs: elapsed(), memory, ...(value ? { value } : {}) });
}

// TF.js ops run 10+ frames deep, V8's default stack depth: keep enough frames to reach the reader's line.
(Error as { stackTraceLimit?: number }).stackTraceLimit = 100;
captureConsole();
/** The native timer, captured before {@link attributeTimers} wraps it. */
const nextTask = globalThis.setTimeout.bind(globalThis);
attributeTimers({
  current: () => currentRun,
  within: (runId, callback) => {
    const [run, cell] = [currentRun, currentCell];
    currentRun = runId;
    currentCell = cellOfRun.get(runId) ?? cell;
    try {
      callback();
    } catch (error) {
      reportStray(error, 'Uncaught error in a callback');
    } finally {
      // An un-awaited async function resumed by this callback (e.g. after a sleep) continues in this task's
      // microtasks: keep them attributed to runId, and restore at the next task unless a new run has begun.
      nextTask(() => {
        if (currentRun === runId) [currentRun, currentCell] = [run, cell];
      }, 0);
    }
  },
});
scope.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  reportStray(event.reason, 'Unhandled promise rejection');
});
scope.addEventListener('error', (event) => {
  event.preventDefault();
  reportStray(event.error ?? event.message, 'Uncaught error in a callback');
});
scope.addEventListener('message', (event) => {
  const request = parsePageMessage(event.data);
  if (!request) return;
  queue = queue.then(() => execute(request)).catch((error: unknown) => reportStray(error, 'Internal error'));
});
