/**
 * The notebook worker's job data on top of the one job protocol (src/lib/jobs): the `cell` job's
 * input, its result, its failure and its `backend` event, as zod/mini schemas.
 *
 * Output is extensible: a `display` message names a `kind` and carries a plain-data `payload`.
 * To add a visual (e.g. `show.kernels(filter)`), add a worker-side serializer in
 * `src/workers/show/` that emits `{ kind: 'kernels', payload }`, and a page-side renderer with
 * `registerRenderer('kernels', render)` from `src/client/cells/renderers.ts`. Nothing here changes.
 */
import * as z from 'zod/mini';
import { BACKEND_NAMES, type BackendName } from '../backends';
import type { ValueView } from './value-view';

/** A backend name as the worker understands it. */
export type BackendChoice = BackendName;

const BackendSchema = z.enum(BACKEND_NAMES as [BackendName, ...BackendName[]]);

/** Page → worker: the `cell` job's input: run `code` as cell `cellId`; TF.js starts on `backend` before the first run. */
export const CellInputSchema = z.object({ cellId: z.string(), code: z.string(), backend: BackendSchema, threads: z.boolean() });

/** Input of the `warm` job: load TF.js on this backend before the first run (the reader showed intent). */
export const WarmInputSchema = z.object({ backend: BackendSchema, threads: z.boolean() });

/** A located problem in a cell, ready to show: `line`/`column` are 1-based in the reader's cell. */
export const CellErrorSchema = z.object({
  kind: z.enum(['syntax', 'runtime', 'thrown', 'rejection', 'timeout', 'internal']),
  name: z.string(),
  message: z.string(),
  line: z.optional(z.number()),
  column: z.optional(z.number()),
  /** Set when the failing line is in another cell (a function defined there). */
  inCell: z.optional(z.string()),
  /** Cell frames only, innermost first, e.g. `at conv (line 3)`. */
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

/** What a failed `cell` job carries beside its error: the memory change and advice, when the run got that far. */
export const CellFailureDataSchema = z.optional(z.object({ memory: MemoryDeltaSchema, advice: z.optional(z.array(RunAdviceSchema)) }));

/** The `cell` job's `backend` event: TF.js is ready on `backend` (maybe a fallback from `requested`), and the code starts now. */
export const BackendEventSchema = z.object({ backend: BackendSchema, requested: BackendSchema, threads: z.boolean(), fallbackReason: z.optional(z.string()) });

/** The `cell` job's input. */
export type CellInput = z.infer<typeof CellInputSchema>;
/** A located problem in a cell. */
export type CellError = z.infer<typeof CellErrorSchema>;
/** A run's memory change. */
export type MemoryDelta = z.infer<typeof MemoryDeltaSchema>;
/** The `cell` job's result. */
export type CellResult = z.infer<typeof CellResultSchema>;
/** Advice on a run that worked but was slow for a fixable reason. */
export type RunAdvice = z.infer<typeof RunAdviceSchema>;
/** The `cell` job's `backend` event. */
export type BackendEvent = z.infer<typeof BackendEventSchema>;

/** `error` as a CellError; a failure of another shape (the runtime's own) becomes an internal one with its message. */
export function toCellError(error: { name: string; message: string }): CellError {
  const parsed = CellErrorSchema.safeParse(error);
  return parsed.success ? parsed.data : { kind: 'internal', name: error.name, message: error.message, frames: [] };
}

/** `data` parsed by `schema`, or undefined. */
export function parseWith<T>(schema: z.ZodMiniType<T>, data: unknown): T | undefined {
  const parsed = schema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}
