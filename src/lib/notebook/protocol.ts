/**
 * Messages between the page and the cell worker: discriminated unions on `type`, plain data only.
 *
 * Every message about a run carries its `runId`; the page drops messages whose run is no longer
 * current (stopped, restarted or superseded), so a late message can never overwrite newer output.
 *
 * Output is extensible: a `display` message names a `kind` and carries a plain-data `payload`.
 * To add a visual (e.g. `show.kernels(filter)`), add a worker-side serializer in
 * `src/workers/show/` that emits `{ kind: 'kernels', payload }`, and a page-side renderer with
 * `registerRenderer('kernels', render)` from `src/client/cells/renderers.ts`. Nothing here changes.
 */
import type { ValueView } from './value-view';

/** A backend name as the worker understands it. */
export type BackendChoice = 'cpu' | 'wasm' | 'webgl' | 'webgpu';

/** Page → worker: run `code` as cell `cellId`; TF.js starts on `backend` before the first run. */
export interface RunRequest {
  type: 'run';
  runId: number;
  cellId: string;
  code: string;
  backend: BackendChoice;
  threads: boolean;
}

/** Everything the page sends the worker. */
export type PageMessage = RunRequest;

/** A located problem in a cell, ready to show: `line`/`column` are 1-based in the reader's cell. */
export interface CellError {
  kind: 'syntax' | 'runtime' | 'thrown' | 'rejection' | 'timeout' | 'internal';
  name: string;
  message: string;
  line?: number;
  column?: number;
  /** Set when the failing line is in another cell (a function defined there). */
  inCell?: string;
  /** Cell frames only, innermost first, e.g. `at conv (line 3)`. */
  frames: string[];
  /** A short suggestion, e.g. for TF.js shape errors. */
  hint?: string;
}

/** `tf.memory()` before and after a run: the change in live tensors and bytes, and tensors left unreferenced. */
export interface MemoryDelta {
  tensors: number;
  bytes: number;
  tensorsDelta: number;
  bytesDelta: number;
  /** Tensors created by the run that no top-level variable holds: likely leaks. */
  leaked: number;
}

/** Worker → page: TF.js is ready on `backend` (maybe a fallback from `requested`). */
export interface BackendMessage { type: 'backend'; runId: number; backend: BackendChoice; requested: BackendChoice; threads: boolean; fallbackReason?: string }
/** Worker → page: the run's code started executing (TF.js is loaded). */
export interface StartedMessage { type: 'started'; runId: number }
/** Worker → page: one captured console line (also `tensor.print()`). */
export interface ConsoleMessage { type: 'console'; runId: number; level: 'log' | 'info' | 'warn' | 'error'; text: string }
/** Worker → page: one display block of `kind` with plain-data `payload`, rendered by the page's registry. */
export interface DisplayMessage { type: 'display'; runId: number; kind: string; payload: unknown }
/** Worker → page: the run finished; `value` is the last expression's value, if the cell ends with one. */
export interface DoneMessage { type: 'done'; runId: number; durationMs: number; memory: MemoryDelta; value?: ValueView }
/** Worker → page: the run failed with a located error. */
export interface ErrorMessage { type: 'error'; runId: number; durationMs: number; error: CellError; memory?: MemoryDelta }

/** Everything the worker sends the page. */
export type WorkerMessage = BackendMessage | StartedMessage | ConsoleMessage | DisplayMessage | DoneMessage | ErrorMessage;

const WORKER_TYPES = new Set(['backend', 'started', 'console', 'display', 'done', 'error']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns `data` as a WorkerMessage if it has a known `type` and a numeric `runId`, else undefined. */
export function parseWorkerMessage(data: unknown): WorkerMessage | undefined {
  if (!isRecord(data) || typeof data.type !== 'string' || !WORKER_TYPES.has(data.type)) return undefined;
  if (typeof data.runId !== 'number' || !Number.isInteger(data.runId)) return undefined;
  if (data.type === 'display' && typeof data.kind !== 'string') return undefined;
  if (data.type === 'console' && typeof data.text !== 'string') return undefined;
  if (data.type === 'error' && (!isRecord(data.error) || typeof data.error.message !== 'string')) return undefined;
  if (data.type === 'done' && !isRecord(data.memory)) return undefined;
  return data as unknown as WorkerMessage;
}

/** Returns `data` as a PageMessage if it is a well-formed run request, else undefined. */
export function parsePageMessage(data: unknown): PageMessage | undefined {
  if (!isRecord(data) || data.type !== 'run') return undefined;
  const backends = ['cpu', 'wasm', 'webgl', 'webgpu'];
  if (typeof data.runId !== 'number' || typeof data.cellId !== 'string' || typeof data.code !== 'string') return undefined;
  if (typeof data.backend !== 'string' || !backends.includes(data.backend) || typeof data.threads !== 'boolean') return undefined;
  return data as unknown as PageMessage;
}
