/**
 * The page's handle on one worker that speaks the job protocol (src/lib/jobs): start named jobs,
 * pause / resume / cancel them cooperatively, receive their console lines, in-place displays and
 * events, and replace the worker at once when it must stop (terminate), crashes, closes itself or
 * stops answering while it should be idle. Messages of a replaced worker are dropped by generation.
 *
 *   const worker = new JobWorker({ create: () => new Worker(new URL('../../workers/train.worker.ts', import.meta.url), { type: 'module' }) });
 *   const job = worker.start('train', { epochs: 5 }, { onDisplay: (d) => …, onEnd: (end) => … });
 *   job.pause(); job.resume(); job.cancel();
 *
 * The message schemas load with the worker (a dynamic import), so pages pay nothing for them
 * before the reader's first action.
 */
import type { ConsoleLevel, JobFailure, WorkerMessage } from '../../lib/jobs/protocol';
import { runtimeStrings } from '../../lib/strings/runtime';

/** How a job ended: its result, a clean cancel, a failure, or its worker was replaced under it. */
export type JobEnd =
  | { status: 'done'; result: unknown; durationMs: number }
  | { status: 'cancelled'; durationMs: number }
  | { status: 'error'; error: JobFailure; data: unknown; durationMs: number }
  | { status: 'terminated'; reason: string };

/** A display block message: the first of a `handle` creates the block, later ones replace it. */
export interface DisplayMessage {
  handle: number;
  kind: string;
  payload: unknown;
}

/** Callbacks of one job, all optional. */
export interface JobHandlers {
  onStarted?(): void;
  onConsole?(level: ConsoleLevel, text: string): void;
  onDisplay?(display: DisplayMessage): void;
  onEvent?(name: string, data: unknown): void;
  /** The job stopped at a checkpoint (`true`) or went on (`false`). */
  onPause?(paused: boolean): void;
  onEnd?(end: JobEnd): void;
}

/** A started job. */
export interface JobHandle {
  readonly id: number;
  /** Asks the job to wait at its next checkpoint. */
  pause(): void;
  resume(): void;
  /** Asks the job to end at its next checkpoint; the worker and its state stay. */
  cancel(): void;
  /** Settles once with how the job ended. */
  readonly ended: Promise<JobEnd>;
}

/** Options of a {@link JobWorker}. */
export interface JobWorkerOptions {
  /** Starts the worker (`new Worker(new URL(…, import.meta.url), { type: 'module' })` in the caller, for the bundler). */
  create: () => Worker;
  /** The worker was replaced without being asked (crash, self-close, no answer); `reason` is reader-facing. */
  onLost?: (reason: string) => void;
  /** A message of a job that already ended (e.g. a timer's late console line), for the page to route. */
  onLate?: (message: WorkerMessage) => void;
  /** Loads what the handlers need to read job data (e.g. the job's own schemas) before the first message is delivered. */
  preload?: () => Promise<unknown>;
  /** How long an idle worker may take to answer a ping before it counts as dead, ms; default 3000 (a loaded 2-core machine can delay a healthy answer past 1 s). */
  idleDeadlineMs?: number;
  /** Where an exception thrown by a handler goes (the job still ends); default: the page's error reporting. */
  reportError?: (error: unknown) => void;
}

interface Running {
  handlers: JobHandlers;
  settle: (end: JobEnd) => void;
}

type Parse = (data: unknown) => WorkerMessage | undefined;

/** Reports `error` as an uncaught exception of the page (the console shows it), after the current task. */
function reportLater(error: unknown): void {
  setTimeout(() => {
    throw error;
  }, 0);
}

/** One worker at a time, replaced on demand; jobs get page-unique ids. */
export class JobWorker {
  private worker: Worker | undefined;
  private port: MessagePort | undefined;
  private generation = 0;
  private nextId = 1;
  private answered = false;
  private deadline: ReturnType<typeof setTimeout> | undefined;
  private parse: Promise<Parse> | undefined;
  private readonly jobs = new Map<number, Running>();

  constructor(private readonly options: JobWorkerOptions) {}

  /** Whether a worker is alive (whatever it loaded is still loaded). */
  get started(): boolean {
    return this.worker !== undefined;
  }

  /** Whether a job is queued or running. */
  get busy(): boolean {
    return this.jobs.size > 0;
  }

  /** Queues job `job` with `input` (plain data; `transfer` moves buffers), starting a worker if none is alive. */
  start(job: string, input: unknown, handlers: JobHandlers = {}, transfer: Transferable[] = []): JobHandle {
    const id = this.nextId++;
    let settle: (end: JobEnd) => void = () => undefined;
    const ended = new Promise<JobEnd>((resolve) => (settle = resolve));
    const wasIdle = this.jobs.size === 0;
    this.jobs.set(id, { handlers, settle });
    const port = this.ensure();
    // A worker that should be idle answers a ping at once; one that does not has died silently.
    if (wasIdle && this.answered) this.ping();
    port.postMessage({ type: 'start', id, generation: this.generation, job, input }, transfer);
    const control = (type: 'pause' | 'resume' | 'cancel') => () => {
      if (this.jobs.has(id)) this.port?.postMessage({ type, id, generation: this.generation });
    };
    return { id, pause: control('pause'), resume: control('resume'), cancel: control('cancel'), ended };
  }

  /** Ends the worker at once (the hard stop); every job ends `terminated` with `reason`. The next start opens a fresh worker. */
  terminate(reason = ''): void {
    clearTimeout(this.deadline);
    this.worker?.terminate();
    this.port?.close();
    this.worker = undefined;
    this.port = undefined;
    this.answered = false;
    // A failed load of the schemas is tried again by the next worker, not remembered.
    this.parse = undefined;
    this.generation++;
    const jobs = [...this.jobs.values()];
    this.jobs.clear();
    for (const job of jobs) this.finish(job, { status: 'terminated', reason });
  }

  private lost(reason: string): void {
    this.terminate(reason);
    this.options.onLost?.(reason);
  }

  private ping(): void {
    const ms = this.options.idleDeadlineMs ?? 3000;
    clearTimeout(this.deadline);
    this.deadline = setTimeout(() => this.lost(runtimeStrings.noAnswer(ms / 1000)), ms);
    this.port?.postMessage({ type: 'ping', id: 0, generation: this.generation });
  }

  private ensure(): MessagePort {
    if (this.port) return this.port;
    const generation = this.generation;
    const worker = this.options.create();
    const channel = new MessageChannel();
    this.parse ??= Promise.all([import('../../lib/jobs/protocol'), this.options.preload?.()]).then(([module]) => module.parseWorkerMessage);
    const parse = this.parse;
    // Without its schemas the page cannot read this worker at all: end its jobs now, saying why.
    parse.catch((error: unknown) => {
      if (generation === this.generation) this.lost(runtimeStrings.schemasUnavailable(error instanceof Error ? error.message : String(error)));
    });
    channel.port1.onmessage = (event: MessageEvent<unknown>) => {
      parse.then((parseMessage) => {
        if (generation !== this.generation) return;
        const message = parseMessage(event.data);
        if (message?.generation === generation) this.receive(message);
      }, () => undefined);
    };
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (generation === this.generation) this.lost(event.message || runtimeStrings.workerError);
    });
    worker.postMessage({ type: 'connect', generation }, [channel.port2]);
    this.worker = worker;
    this.port = channel.port1;
    return channel.port1;
  }

  private receive(message: WorkerMessage): void {
    this.answered = true;
    clearTimeout(this.deadline);
    if (message.type === 'pong') return;
    if (message.type === 'closing') return this.lost(message.reason);
    const job = this.jobs.get(message.id);
    if (!job) return this.guard(() => this.options.onLate?.(message));
    const { handlers } = job;
    switch (message.type) {
      case 'started': return this.guard(() => handlers.onStarted?.());
      case 'paused': return this.guard(() => handlers.onPause?.(true));
      case 'resumed': return this.guard(() => handlers.onPause?.(false));
      case 'console': return this.guard(() => handlers.onConsole?.(message.level, message.text));
      case 'display': return this.guard(() => handlers.onDisplay?.({ handle: message.handle, kind: message.kind, payload: message.payload }));
      case 'event': return this.guard(() => handlers.onEvent?.(message.name, message.data));
      case 'done': return this.end(message.id, { status: 'done', result: message.result, durationMs: message.durationMs });
      case 'cancelled': return this.end(message.id, { status: 'cancelled', durationMs: message.durationMs });
      case 'error': return this.end(message.id, { status: 'error', error: message.error, data: message.data, durationMs: message.durationMs });
    }
  }

  private end(id: number, end: JobEnd): void {
    const job = this.jobs.get(id);
    this.jobs.delete(id);
    if (job) this.finish(job, end);
  }

  /** Settles `ended` first, so a throwing `onEnd` cannot leave anyone waiting on it. */
  private finish(job: Running, end: JobEnd): void {
    job.settle(end);
    this.guard(() => job.handlers.onEnd?.(end));
  }

  /** Runs a handler; its exception is the page's bug to report, never a reason to drop the protocol's next step. */
  private guard(handler: () => void): void {
    try {
      handler();
    } catch (error) {
      (this.options.reportError ?? reportLater)(error);
    }
  }
}
