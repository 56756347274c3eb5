/**
 * The one protocol between a page and any of its workers (notebook cells, the benchmark lab,
 * training, exercises), as zod/mini schemas so the type and the check cannot drift.
 *
 * Every message carries `id` (the job it is about; 0 for messages about the worker itself) and
 * `generation` (which worker of the page it comes from: a replaced worker's late messages are
 * dropped by generation, a finished job's by id). Page → worker messages travel on a private
 * `MessageChannel` port handed over in `connect`, so code running in the worker cannot forge them.
 *
 * Jobs run one at a time, in order (`start`); control messages (`pause`, `resume`, `cancel`,
 * `ping`) are handled at once, outside that queue. Ids only grow: a worker ignores a `start` whose
 * id it has seen. A job's own data — its input, its result, its events, its failure detail — is
 * checked by the job's schemas in the job table (./table.ts, ./spec.ts), on both sides, not here:
 * this envelope carries it as it comes. Display payloads are the one open channel: each `kind`'s
 * renderer reads its own (src/client/cells/renderers.ts).
 */
import * as z from 'zod/mini';

const envelope = { id: z.int(), generation: z.int() };

/** Page → worker, first message on the worker's own channel: the private port and this worker's generation. */
export const ConnectSchema = z.object({ type: z.literal('connect'), generation: z.int() });

/** Page → worker: queue job `job` (a name the worker registered) with `input`. */
export const StartSchema = z.object({ type: z.literal('start'), ...envelope, job: z.string(), input: z.unknown() });
/** Page → worker: a control message, handled at once even while a job runs. */
export const ControlSchema = z.object({ type: z.enum(['pause', 'resume', 'cancel', 'ping']), ...envelope });

/** Everything the page sends on the port. */
export const PageMessageSchema = z.discriminatedUnion('type', [StartSchema, ControlSchema]);

/** A job's failure, ready to show: what went wrong, in the job's or the runtime's words. */
export const JobFailureSchema = z.object({ name: z.string(), message: z.string() });

/** The `failure` schema of a job that reports nothing beside a failure's name and message. */
export const NO_DETAIL = z.undefined();

/** Console levels a job's output may carry. */
export const ConsoleLevelSchema = z.enum(['log', 'info', 'warn', 'error']);

const WorkerMessages = [
  /** The job left the queue and began. */
  z.object({ type: z.literal('started'), ...envelope }),
  /** The job reached a checkpoint after `pause` and waits there (its state is kept). */
  z.object({ type: z.literal('paused'), ...envelope }),
  /** The job continues after `resume`. */
  z.object({ type: z.literal('resumed'), ...envelope }),
  /** One console line of the job. */
  z.object({ type: z.literal('console'), ...envelope, level: ConsoleLevelSchema, text: z.string() }),
  /**
   * A display block: the first message of a `handle` creates the block, later ones replace its
   * content in place (updates are batched in the worker, at most ~30 per second reach the page).
   */
  z.object({ type: z.literal('display'), ...envelope, handle: z.int(), kind: z.string(), payload: z.unknown() }),
  /** A job-specific event (lab results, training metrics, the backend in use…), typed by the job. */
  z.object({ type: z.literal('event'), ...envelope, name: z.string(), data: z.unknown() }),
  /** The job finished; `result` is typed by the job. */
  z.object({ type: z.literal('done'), ...envelope, durationMs: z.number(), result: z.unknown() }),
  /** The job ended at a checkpoint after `cancel`; the worker and everything it holds stay. */
  z.object({ type: z.literal('cancelled'), ...envelope, durationMs: z.number() }),
  /** The job failed; `detail` is the job's own account beside the name and message (a cell's located error), checked by its `failure` schema. */
  z.object({ type: z.literal('error'), ...envelope, durationMs: z.number(), error: JobFailureSchema, detail: z.unknown() }),
  /** Answer to `ping`: `busy` names the job running now (0 when idle). */
  z.object({ type: z.literal('pong'), ...envelope, busy: z.int() }),
  /** The worker is about to close itself (code called `self.close()`); the page replaces it. */
  z.object({ type: z.literal('closing'), ...envelope, reason: z.string() }),
] as const;

/** Everything a worker sends on the port. */
export const WorkerMessageSchema = z.discriminatedUnion('type', [...WorkerMessages]);

/** Page → worker, first message on the worker's own channel. */
export type ConnectMessage = z.infer<typeof ConnectSchema>;
/** Everything the page sends on the port. */
export type PageMessage = z.infer<typeof PageMessageSchema>;
/** A control message type. */
export type ControlType = z.infer<typeof ControlSchema>['type'];
/** Everything a worker sends on the port. */
export type WorkerMessage = z.infer<typeof WorkerMessageSchema>;
/** A job's failure as sent. */
export type JobFailure = z.infer<typeof JobFailureSchema>;
/** A console level. */
export type ConsoleLevel = z.infer<typeof ConsoleLevelSchema>;

/** Distributes Omit over a union, so each message type keeps its own fields. */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A worker message before the runtime stamps it with its generation. */
export type WorkerMessageBody = OmitEach<WorkerMessage, 'generation'>;

/** Most display updates per second that reach the page, per job. */
export const DISPLAY_UPDATES_PER_SECOND = 30;
