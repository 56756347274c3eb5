/**
 * The notebook worker's job group (src/workers/cell.worker.ts) on top of the one job protocol
 * (src/lib/jobs): the `cell`, `warm`, `forget-cell` and `check` jobs' inputs, results, events and
 * failure detail, as zod/mini schemas. Loaded with the worker (see src/lib/jobs/table.ts), never in
 * a page's first bundle.
 *
 * Output is extensible: a `display` message names a `kind` and carries a plain-data `payload`.
 * To add a visual (e.g. `show.kernels(filter)`), add a worker-side serializer in
 * `src/workers/show/` that emits `{ kind: 'kernels', payload }`, and a page-side renderer with
 * `registerRenderer('kernels', render)` from `src/client/cells/renderers.ts`. Nothing here changes.
 */
import * as z from 'zod/mini';
import { BackendEventSchema, BackendNameSchema } from '../jobs/backend-event';
import { NO_DETAIL } from '../jobs/protocol';
import type { JobGroup } from '../jobs/spec';
import { CheckInputSchema, CheckResultSchema } from '../exercises/check/job';
import type { ValueView } from './value-view';

/** Page → worker: the `cell` job's input: run `code` as cell `cellId`; TF.js starts on `backend` before the first run. */
export const CellInputSchema = z.object({ cellId: z.string(), code: z.string(), backend: BackendNameSchema, threads: z.boolean() });

/** Input of the `warm` job: load TF.js on this backend before the first run (the reader showed intent). */
export const WarmInputSchema = z.object({ backend: BackendNameSchema, threads: z.boolean() });

/** A located problem in a cell, ready to show: `line`/`column` are 1-based in the reader's cell. */
export const CellErrorSchema = z.object({
  kind: z.enum(['syntax', 'runtime', 'thrown', 'rejection', 'timeout', 'internal']),
  name: z.string(),
  message: z.string(),
  line: z.optional(z.number()),
  column: z.optional(z.number()),
  /** Set when the failing line is in another cell (a function defined there). */
  inCell: z.optional(z.string()),
  /** Cell frames only, innermost first, e.g. `at conv (line 3)`; empty unless the error passed through a function (the title already names a top-level line). */
  frames: z.array(z.string()),
  /** A short suggestion, e.g. for TF.js shape errors. */
  hint: z.optional(z.string()),
});

/** `tf.memory()` before and after a run: the change in live tensors and bytes, and tensors left unreferenced. */
export const MemoryDeltaSchema = z.object({
  tensors: z.number(),
  bytes: z.number(),
  tensorsDelta: z.number(),
  bytesDelta: z.number(),
  /** Tensors created by the run that no top-level variable holds: likely leaks. */
  leaked: z.number(),
});

/**
 * Advice on a run, about code that works but is slow for a reason the reader can fix. `tidy-data`:
 * tf.tidy (called on `line`, `calls` times) returned plain data — `values` numbers in a `container`
 * (`Float32Array`, `array`, `object`) — and then spent `searchMs` in all looking through them for tensors.
 */
export const RunAdviceSchema = z.object({
  kind: z.literal('tidy-data'),
  line: z.optional(z.number()),
  inCell: z.optional(z.string()),
  calls: z.number(),
  values: z.number(),
  container: z.string(),
  searchMs: z.number(),
});

/** The `cell` job's result: the memory change, the last expression's value if the cell ends with one, and any advice. */
export const CellResultSchema = z.object({
  memory: MemoryDeltaSchema,
  value: z.optional(z.custom<ValueView>((value) => typeof value === 'object' && value !== null && 'kind' in value)),
  advice: z.optional(z.array(RunAdviceSchema)),
});

/** What a failed `cell` job reports beside its name and message: the located error and, when the run got that far, its memory change and advice. */
export const CellFailureSchema = z.object({ error: CellErrorSchema, memory: z.optional(MemoryDeltaSchema), advice: z.optional(z.array(RunAdviceSchema)) });

/** The notebook worker's jobs, by name. */
export const NOTEBOOK_JOBS = {
  /** Runs one cell's code against the cells' shared scope; TF.js starts on `backend` before the first run. */
  cell: { input: CellInputSchema, result: CellResultSchema, events: { backend: BackendEventSchema }, failure: CellFailureSchema },
  /** Loads TF.js before the first run (the reader showed intent); a failure is kept for that run to report. */
  warm: { input: WarmInputSchema, result: z.undefined(), events: { backend: BackendEventSchema }, failure: NO_DETAIL },
  /** Clears what cell `cellId` scheduled (its timers) when the reader resets it. */
  'forget-cell': { input: z.object({ cellId: z.string() }), result: z.undefined(), events: {}, failure: NO_DETAIL },
  /** Checks the reader's function for an exercise (see src/lib/exercises/check/job.ts). */
  check: { input: CheckInputSchema, result: CheckResultSchema, events: {}, failure: NO_DETAIL },
} as const satisfies JobGroup;

/** The `cell` job's input. */
export type CellInput = z.infer<typeof CellInputSchema>;
/** A located problem in a cell. */
export type CellError = z.infer<typeof CellErrorSchema>;
/** A run's memory change. */
export type MemoryDelta = z.infer<typeof MemoryDeltaSchema>;
/** The `cell` job's result. */
export type CellResult = z.infer<typeof CellResultSchema>;
/** A failed `cell` job's detail. */
export type CellFailure = z.infer<typeof CellFailureSchema>;
export type { BackendEvent } from '../jobs/backend-event';
/** Advice on a run that worked but was slow for a fixable reason. */
export type RunAdvice = z.infer<typeof RunAdviceSchema>;

/** A failure without a cell's detail (the runtime's own, e.g. a refused input) as an internal CellError with its message. */
export function internalCellError(failure: { name: string; message: string }): CellError {
  return { kind: 'internal', name: failure.name, message: failure.message, frames: [] };
}
