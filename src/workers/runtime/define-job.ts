/**
 * A job's implementation in a worker, typed by its spec in the job table (src/lib/jobs/table.ts):
 * the input it receives, the events it may emit, the result it returns and the failure detail it
 * may report are the spec's schemas' types, so the worker cannot send what the page will refuse.
 *
 *   export const predict = defineJob(TRAIN_JOBS.predict, async (job) => {
 *     job.emit('download', { loaded, total });   // only the spec's event names and shapes compile
 *     return { source, predictions };            // must be the spec's result
 *   });
 */
import type {
  ConsoleLevel, EmitOf, EventName, FailureInputOf, JobSpec, ParsedInputOf, ReturnOf,
} from '../../lib/jobs';
import type { DisplayKind, DisplayPayloads } from '../../lib/notebook/display-schemas';

/** A display block of kind `K` that a job updates in place (a progress line, a live chart, a growing table). */
export interface DisplayHandle<K extends DisplayKind = DisplayKind> {
  /** Replaces the block's content; updates are batched (at most ~30 a second reach the page). */
  update(payload: DisplayPayloads[K]): void;
}

/** What a running job of spec `S` can use. */
export interface JobContext<S extends JobSpec> {
  /** The job id the page gave it. */
  readonly id: number;
  /** The job's input, already checked by its schema. */
  readonly input: ParsedInputOf<S>;
  /** Whether cancel was asked for. */
  readonly cancelled: boolean;
  /** The safe point between batches: waits while paused, throws (ending the job cleanly) after cancel. */
  checkpoint(): Promise<void>;
  /** Creates a display block of `kind` now (a kind of the display table, its payload typed by it); the returned handle updates it in place. */
  display<K extends DisplayKind>(kind: K, payload: DisplayPayloads[K], transfer?: Transferable[]): DisplayHandle<K>;
  /** Shows `value` of `max` in the job's one progress line (kind 'progress'), updated in place. */
  progress(value: number, max: number, label?: string): void;
  /** Sends one console line. */
  console(level: ConsoleLevel, text: string): void;
  /** Sends event `name` at once, in order with everything else (the page checks it with the spec's schema). */
  emit<E extends EventName<S>>(name: E, data: EmitOf<S, E>, transfer?: Transferable[]): void;
  /** Ends the job with a failure: `error` to show, and the spec's `failure` detail beside it. */
  fail(error: { name: string; message: string }, detail: FailureInputOf<S>): never;
}

/** One job's implementation: its spec and the function that runs it. */
export interface JobImplementation<S extends JobSpec> {
  readonly spec: S;
  /** Runs the job; what it returns becomes the `done` message's result. */
  run(job: JobContext<S>): ReturnOf<S> | Promise<ReturnOf<S>>;
}

/** Implements the job `spec` with `run`, its context and result typed from the spec's schemas. */
export function defineJob<S extends JobSpec>(spec: S, run: (job: JobContext<S>) => ReturnOf<S> | Promise<ReturnOf<S>>): JobImplementation<S> {
  return { spec, run };
}
