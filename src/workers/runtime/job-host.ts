/**
 * The worker side of the job protocol (src/lib/jobs): a registry of named jobs, one run queue,
 * control messages outside it, batched in-place displays, and a private port to the page.
 *
 * A worker registers its jobs and starts the host once:
 *
 *   startJobHost({
 *     jobs: {
 *       train: defineJob(TrainInputSchema, async (job) => {
 *         for (let epoch = 0; epoch < job.input.epochs; epoch++) {
 *           await job.checkpoint();             // pause waits here, cancel ends here
 *           job.progress(epoch + 1, job.input.epochs, `epoch ${epoch + 1}`);
 *         }
 *         return { loss };                       // becomes the `done` message's result
 *       }),
 *     },
 *   });
 *
 * At start-up the host keeps the only way to reach the page (the port from `connect`), replaces
 * `self.postMessage` with a function that throws, and wraps `self.close` to report first: code
 * running in the worker (a reader's cell) can neither forge protocol messages nor vanish silently.
 */
import * as z from 'zod/mini';
import {
  DISPLAY_UPDATES_PER_SECOND, DisplayBatcher, JobCancelled, JobControl, JobFailed, parseConnect, parsePageMessage,
  type ConsoleLevel, type PageMessage, type WorkerMessageBody,
} from '../../lib/jobs';
import { runtimeStrings } from '../../lib/strings/runtime';

/** A display block that a job updates in place (a progress line, a live chart, a growing table). */
export interface DisplayHandle {
  /** Replaces the block's content; updates are batched (at most ~30 a second reach the page). */
  update(payload: unknown): void;
}

/** What a running job can use. */
export interface JobContext<Input> {
  /** The job id the page gave it. */
  readonly id: number;
  /** The job's input, already checked by its schema. */
  readonly input: Input;
  /** Whether cancel was asked for. */
  readonly cancelled: boolean;
  /** The safe point between batches: waits while paused, throws (ending the job cleanly) after cancel. */
  checkpoint(): Promise<void>;
  /** Creates a display block of `kind` now; the returned handle updates it in place. */
  display(kind: string, payload: unknown, transfer?: Transferable[]): DisplayHandle;
  /** Shows `value` of `max` in the job's one progress line (kind 'progress'), updated in place. */
  progress(value: number, max: number, label?: string): void;
  /** Sends one console line. */
  console(level: ConsoleLevel, text: string): void;
  /** Sends a job-specific event at once, in order with everything else. */
  emit(name: string, data: unknown): void;
}

/** A registered job: the schema of its input and the function that runs it (typed where it is defined). */
export interface JobDefinition {
  input: z.ZodMiniType<unknown>;
  run(job: JobContext<unknown>): unknown;
}

/** Pairs a job's input schema with its run function, typing the context from the schema. */
export function defineJob<Input>(input: z.ZodMiniType<Input>, run: (job: JobContext<Input>) => unknown): JobDefinition {
  // The host parses the input with this same schema before calling run, so the context's input is an Input.
  return { input, run: run as (job: JobContext<unknown>) => unknown };
}

/** The running host: the current job, and sending outside any job (late output of an earlier run). */
export interface JobHost {
  /** The id of the job running now (0 when idle). */
  readonly current: number;
  /** Sends a message stamped with this worker's generation (pending display updates go first). */
  send(message: WorkerMessageBody, transfer?: Transferable[]): void;
  /** Creates a display block of job `id` (also after the job ended: a late timer's output). */
  display(id: number, kind: string, payload: unknown, transfer?: Transferable[]): DisplayHandle;
}

interface Entry {
  control: JobControl;
  started: boolean;
}

/** The parts of the dedicated worker scope the host uses (the DOM lib types `self` as a Window). */
interface WorkerScope {
  close(): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

const nativeTimeout = globalThis.setTimeout.bind(globalThis);

/** Resolves after one trip through the event loop (a MessageChannel task: no timer clamping). */
function eventLoopYield(): () => Promise<void> {
  const channel = new MessageChannel();
  const waiting: Array<() => void> = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () => new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(0);
  });
}

/** Starts the message loop of this worker with `jobs`; call once, before any other code runs. */
export function startJobHost(options: { jobs: Record<string, JobDefinition> }): JobHost {
  const scope = self as unknown as WorkerScope;
  const { jobs } = options;
  const entries = new Map<number, Entry>();
  const yieldToEvents = eventLoopYield();
  let port: MessagePort | undefined;
  let generation = 0;
  let current = 0;
  let queue = Promise.resolve();
  const batcher = new DisplayBatcher({
    send: (update) => rawSend({ type: 'display', ...update }),
    schedule: (callback, ms) => nativeTimeout(callback, ms),
    now: () => performance.now(),
    perSecond: DISPLAY_UPDATES_PER_SECOND,
  });

  function rawSend(message: WorkerMessageBody, transfer: Transferable[] = []): void {
    port?.postMessage({ ...message, generation }, transfer);
  }

  function send(message: WorkerMessageBody, transfer: Transferable[] = []): void {
    batcher.flush();
    try {
      rawSend(message, transfer);
    } catch (error) {
      const text = runtimeStrings.unsendable(error instanceof Error ? error.message : String(error));
      // A job's last message must arrive, or the page waits for it forever: an unsendable end becomes an error.
      if (message.type === 'done' || message.type === 'error') {
        rawSend({ type: 'error', id: message.id, durationMs: message.durationMs, error: { name: 'DataCloneError', message: text }, data: undefined });
      } else rawSend({ type: 'console', id: message.id, level: 'error', text });
    }
  }

  const handleCounts = new Map<number, number>();
  function display(id: number, kind: string, payload: unknown, transfer?: Transferable[]): DisplayHandle {
    const handle = (handleCounts.get(id) ?? 0) + 1;
    handleCounts.delete(id);
    handleCounts.set(id, handle);
    if (handleCounts.size > 1000) handleCounts.delete(handleCounts.keys().next().value as number);
    send({ type: 'display', id, handle, kind, payload }, transfer);
    return { update: (next) => batcher.update({ id, handle, kind, payload: next }) };
  }

  function contextFor(id: number, input: unknown, control: JobControl): JobContext<unknown> {
    let progress: DisplayHandle | undefined;
    return {
      id, input,
      get cancelled() { return control.cancelled; },
      checkpoint: () => control.checkpoint(),
      display: (kind, payload, transfer) => display(id, kind, payload, transfer),
      progress: (value, max, label) => {
        const payload = { value, max, ...(label === undefined ? {} : { label }) };
        if (progress) progress.update(payload);
        else progress = display(id, 'progress', payload);
      },
      console: (level, text) => send({ type: 'console', id, level, text }),
      emit: (name, data) => send({ type: 'event', id, name, data }),
    };
  }

  async function runJob(message: Extract<PageMessage, { type: 'start' }>, entry: Entry): Promise<void> {
    const { id } = message;
    const started = performance.now();
    const durationMs = () => Math.round(performance.now() - started);
    entry.started = true;
    current = id;
    try {
      if (entry.control.cancelled) return send({ type: 'cancelled', id, durationMs: 0 });
      const definition = Object.hasOwn(jobs, message.job) ? jobs[message.job] : undefined;
      if (!definition) throw new JobFailed({ name: 'Error', message: runtimeStrings.unknownJob(message.job) });
      const input = definition.input.safeParse(message.input);
      if (!input.success) throw new JobFailed({ name: 'Error', message: runtimeStrings.badInput(message.job, input.error.message) });
      send({ type: 'started', id });
      const result = await definition.run(contextFor(id, input.data, entry.control));
      send({ type: 'done', id, durationMs: durationMs(), result });
    } catch (error) {
      if (error instanceof JobCancelled) return send({ type: 'cancelled', id, durationMs: durationMs() });
      const failure = error instanceof JobFailed ? error.failure : { name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) };
      send({ type: 'error', id, durationMs: durationMs(), error: failure, data: error instanceof JobFailed ? error.data : undefined });
    } finally {
      entries.delete(id);
      if (current === id) current = 0;
    }
  }

  // Page ids only grow: a start at or below the last one is a duplicate (or a replay) and runs nothing.
  let lastStarted = 0;
  function onPageMessage(message: PageMessage): void {
    const { id } = message;
    if (message.generation !== generation) return;
    if (message.type === 'start') {
      if (id <= lastStarted) return;
      lastStarted = id;
      const control = new JobControl({ yieldToEvents, onPauseChange: (paused) => send({ type: paused ? 'paused' : 'resumed', id }) });
      const entry: Entry = { control, started: false };
      entries.set(id, entry);
      queue = queue.then(() => runJob(message, entry));
      return;
    }
    if (message.type === 'ping') return rawSend({ type: 'pong', id, busy: current });
    const entry = entries.get(id);
    if (!entry) return;
    if (message.type === 'pause') entry.control.pause();
    else if (message.type === 'resume') entry.control.resume();
    else {
      batcher.forget(id);
      entry.control.cancel();
    }
  }

  scope.addEventListener('message', (event: MessageEvent<unknown>) => {
    const connect = parseConnect(event.data);
    const given = event.ports[0];
    if (port || !connect || !given) return;
    port = given;
    generation = connect.generation;
    port.onmessage = (incoming) => {
      const message = parsePageMessage(incoming.data);
      if (message) onPageMessage(message);
    };
  });
  const close = scope.close.bind(scope);
  Object.defineProperty(scope, 'close', {
    value: () => {
      send({ type: 'closing', id: current, reason: runtimeStrings.closedByCode });
      close();
    },
  });
  Object.defineProperty(scope, 'postMessage', {
    value: () => {
      throw new TypeError(runtimeStrings.postMessageReserved);
    },
  });
  return { get current() { return current; }, send, display };
}
