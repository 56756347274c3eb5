/**
 * The page's handle on one worker of the job table (src/lib/jobs/table.ts): start its jobs by name
 * with typed inputs, pause / resume / cancel them cooperatively, receive their console lines,
 * in-place displays and events, and replace the worker at once when it must stop (terminate),
 * crashes, closes itself or stops answering while it should be idle. Messages of a replaced worker
 * are dropped by generation.
 *
 *   const worker = new JobWorker({ create: () => new Worker(new URL('../../workers/train.worker.ts', import.meta.url), { type: 'module' }), jobs: JOB_TABLE.train });
 *   const job = worker.start('predict', { assets, pixels }, { events: { download: (event) => … } });
 *   const end = await job.ended;   // end.result is a PredictResult, checked by its schema
 *
 * The protocol's and the jobs' schemas load with the worker (dynamic imports), so pages pay
 * nothing for them before the reader's first action; until they are loaded no message is read.
 * Every job ends exactly once — done, cancelled, error or terminated — whatever fails on the way:
 * a result that does not fit its schema ends it as an error, schemas that cannot load end it as
 * terminated (and the next worker tries to load them again), and a handler that throws is
 * reported without stopping the job's other callbacks.
 */
import type {
  EventName, InputOf, JobGroup, JobName, JobSpec, WorkerMessage,
} from '../../lib/jobs';
import { checkWith, issueSummary, parseWith } from '../../lib/jobs/spec';
import { runtimeStrings } from '../../lib/strings/runtime';
import type { EventHandlers, JobEnd, JobHandle, JobHandlers } from './job-types';

export type { DisplayMessage, EventHandlers, JobEnd, JobHandle, JobHandlers } from './job-types';

/** Options of a {@link JobWorker} for the jobs of group `G`. */
export interface JobWorkerOptions<G extends JobGroup> {
  /** Starts the worker (`new Worker(new URL(…, import.meta.url), { type: 'module' })` in the caller, for the bundler). */
  create: () => Worker;
  /** Loads the worker's job group: its entry of the job table (`JOB_TABLE.train`). */
  jobs: () => Promise<G>;
  /** The worker was replaced without being asked (crash, self-close, no answer, schemas unavailable); `reason` is reader-facing. */
  onLost?: (reason: string) => void;
  /** A message of a job that already ended (e.g. a timer's late console line), for the page to route. */
  onLate?: (message: WorkerMessage) => void;
  /** How long an idle worker may take to answer a ping before it counts as dead, ms; default 3000 (a loaded 2-core machine can delay a healthy answer past 1 s). */
  idleDeadlineMs?: number;
  /** Where an exception thrown by a handler, or a malformed event, goes (the job goes on); default: the page's error reporting. */
  reportError?: (error: unknown) => void;
}

/** The worker messages that end a job. */
type Ending = Extract<WorkerMessage, { type: 'done' | 'cancelled' | 'error' }>;

/** A job in flight, its spec-typed callbacks closed over where `start` knew its type. */
interface Running<G extends JobGroup> {
  handlers: Pick<JobHandlers<JobSpec>, 'onStarted' | 'onConsole' | 'onDisplay' | 'onPause'>;
  event(group: G, name: string, data: unknown): void;
  end(group: G, ending: Ending): void;
  terminated(reason: string): void;
}

interface Loaded<G extends JobGroup> {
  protocol: typeof import('../../lib/jobs/protocol');
  group: G;
}

/** Reports `error` as an uncaught exception of the page (the console shows it), after the current task. */
function reportLater(error: unknown): void {
  setTimeout(() => {
    throw error;
  }, 0);
}

const isEventName = <S extends JobSpec>(spec: S, name: string): name is EventName<S> => Object.hasOwn(spec.events, name);

/** One worker at a time for the jobs of group `G`, replaced on demand; jobs get page-unique ids. */
export class JobWorker<G extends JobGroup> {
  private worker: Worker | undefined;
  private port: MessagePort | undefined;
  private generation = 0;
  private nextId = 1;
  private answered = false;
  private deadline: ReturnType<typeof setTimeout> | undefined;
  private loading: Promise<Loaded<G>> | undefined;
  private loaded = false;
  private readonly jobs = new Map<number, Running<G>>();

  constructor(private readonly options: JobWorkerOptions<G>) {}

  /** Whether a worker is alive (whatever it loaded is still loaded). */
  get started(): boolean {
    return this.worker !== undefined;
  }

  /** Whether a job is queued or running. */
  get busy(): boolean {
    return this.jobs.size > 0;
  }

  /** Queues job `job` with `input` (checked by its schema in the worker; `transfer` moves buffers), starting a worker if none is alive. */
  start<K extends JobName<G>>(job: K, input: InputOf<G[K]>, handlers: JobHandlers<G[K]> = {}, transfer: Transferable[] = []): JobHandle<G[K]> {
    const id = this.nextId++;
    let settle: (end: JobEnd<G[K]>) => void = () => undefined;
    const ended = new Promise<JobEnd<G[K]>>((resolve) => (settle = resolve));
    const wasIdle = this.jobs.size === 0;
    const finish = (end: JobEnd<G[K]>) => {
      // `ended` settles first, so a throwing onEnd cannot leave anyone waiting on it.
      settle(end);
      this.guard(() => handlers.onEnd?.(end));
    };
    this.jobs.set(id, {
      handlers,
      event: (group, name, data) => this.deliver(job, group[job], handlers.events, name, data),
      end: (group, ending) => finish(this.toEnd<G[K]>(job, group[job], ending)),
      terminated: (reason) => finish({ status: 'terminated', reason }),
    });
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
    if (!this.loaded) this.loading = undefined;
    this.generation++;
    const jobs = [...this.jobs.values()];
    this.jobs.clear();
    for (const job of jobs) job.terminated(reason);
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
    this.loading ??= Promise.all([import('../../lib/jobs/protocol'), this.options.jobs()]).then(([protocol, group]) => {
      this.loaded = true;
      return { protocol, group };
    });
    const loading = this.loading;
    // Without its schemas the page cannot read this worker at all: end its jobs now, saying why.
    loading.catch((error: unknown) => {
      if (generation === this.generation) this.lost(runtimeStrings.schemasUnavailable(error instanceof Error ? error.message : String(error)));
    });
    channel.port1.onmessage = (event: MessageEvent<unknown>) => {
      loading.then(({ protocol, group }) => {
        if (generation !== this.generation) return;
        const message = parseWith(protocol.WorkerMessageSchema, event.data);
        if (message?.generation === generation) this.receive(message, group);
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

  private receive(message: WorkerMessage, group: G): void {
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
      case 'event': return job.event(group, message.name, message.data);
      case 'done':
      case 'cancelled':
      case 'error':
        this.jobs.delete(message.id);
        return job.end(group, message);
    }
  }

  /** Hands event `name` of job `job` to its handler once its schema accepts it; a malformed or unknown event is reported and dropped. */
  private deliver<S extends JobSpec>(job: string, spec: S, handlers: EventHandlers<S> | undefined, name: string, data: unknown): void {
    if (isEventName(spec, name)) this.deliverEvent<S, EventName<S>>({ job, spec, handlers, name, data });
    else this.report(new Error(runtimeStrings.badEvent(job, name, runtimeStrings.noSuchEvent)));
  }

  private deliverEvent<S extends JobSpec, E extends EventName<S>>(options: { job: string; spec: S; handlers: EventHandlers<S> | undefined; name: E; data: unknown }): void {
    const { job, spec, handlers, name, data } = options;
    const events: S['events'] = spec.events;
    const checked = checkWith<S['events'][E]>(events[name], data);
    if (!checked.ok) return this.report(new Error(runtimeStrings.badEvent(job, name, issueSummary(checked.issues))));
    const handler = handlers?.[name];
    if (handler) this.guard(() => handler(checked.value));
  }

  /** How job `job` ended, its result checked by its schema (a result that does not fit ends it as an error). */
  private toEnd<S extends JobSpec>(job: string, spec: S, ending: Ending): JobEnd<S> {
    const { durationMs } = ending;
    if (ending.type === 'cancelled') return { status: 'cancelled', durationMs };
    if (ending.type === 'error') return { status: 'error', error: ending.error, failure: parseWith<S['failure']>(spec.failure, ending.detail), durationMs };
    const checked = checkWith<S['result']>(spec.result, ending.result);
    if (checked.ok) return { status: 'done', result: checked.value, durationMs };
    const error = { name: 'Error', message: runtimeStrings.badResult(job, issueSummary(checked.issues)) };
    return { status: 'error', error, failure: undefined, durationMs };
  }

  private report(error: unknown): void {
    (this.options.reportError ?? reportLater)(error);
  }

  /** Runs a handler; its exception is the page's bug to report, never a reason to drop the protocol's next step. */
  private guard(handler: () => void): void {
    try {
      handler();
    } catch (error) {
      this.report(error);
    }
  }
}
