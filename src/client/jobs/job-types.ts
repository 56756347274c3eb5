/**
 * What the page sees of one job of the job table (src/lib/jobs/table.ts): how it ended, the
 * callbacks it may take and the handle `JobWorker.start()` returns — each typed by the job's spec,
 * so a result, an event or a failure detail reaches the page already checked and typed.
 */
import type { ConsoleLevel, EventName, EventOf, FailureOf, JobFailure, JobSpec, ResultOf } from '../../lib/jobs';

/** How job `S` ended: its result, a clean cancel, a failure, or its worker was replaced under it. */
export type JobEnd<S extends JobSpec> =
  | { status: 'done'; result: ResultOf<S>; durationMs: number }
  | { status: 'cancelled'; durationMs: number }
  /** `failure` is the job's own detail when it sent one that fits its schema (a cell's located error). */
  | { status: 'error'; error: JobFailure; failure: FailureOf<S> | undefined; durationMs: number }
  | { status: 'terminated'; reason: string };

/** A display block message: the first of a `handle` creates the block, later ones replace it (payloads are read by each kind's renderer). */
export interface DisplayMessage {
  handle: number;
  kind: string;
  payload: unknown;
}

/** A callback per event of job `S`, by the event's name, each given the event already checked by its schema. */
export type EventHandlers<S extends JobSpec> = { [E in EventName<S>]?: (data: EventOf<S, E>) => void };

/** Callbacks of one job of spec `S`, all optional. */
export interface JobHandlers<S extends JobSpec> {
  onStarted?(): void;
  onConsole?(level: ConsoleLevel, text: string): void;
  onDisplay?(display: DisplayMessage): void;
  events?: EventHandlers<S>;
  /** The job stopped at a checkpoint (`true`) or went on (`false`). */
  onPause?(paused: boolean): void;
  /** Called once, however the job ended (after `ended` settles). */
  onEnd?(end: JobEnd<S>): void;
}

/** A started job of spec `S`. */
export interface JobHandle<S extends JobSpec> {
  readonly id: number;
  /** Asks the job to wait at its next checkpoint. */
  pause(): void;
  resume(): void;
  /** Asks the job to end at its next checkpoint; the worker and its state stay. */
  cancel(): void;
  /** Settles once with how the job ended. */
  readonly ended: Promise<JobEnd<S>>;
}
