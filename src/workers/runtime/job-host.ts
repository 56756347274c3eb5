/**
 * The worker side of the job protocol (src/lib/jobs): one run queue for the jobs of one group of
 * the job table, control messages outside it, batched in-place displays, and a private port to
 * the page.
 *
 * A worker implements every job of its group (./define-job.ts) and starts the host once:
 *
 *   startJobHost(TRAIN_JOBS, { train, predict, 'test-digit': testDigit, inspect, 'check-shipped': checkShipped });
 *
 * The host checks each job's input with its spec before running it; the page checks results and
 * events with the same specs. At start-up the host keeps the only way to reach the page (the port
 * from `connect`), replaces `self.postMessage` with a function that throws, and wraps `self.close`
 * to report first: code running in the worker (a reader's cell) can neither forge protocol messages
 * nor vanish silently.
 */
import {
  checkWith, ConnectSchema, DISPLAY_UPDATES_PER_SECOND, DisplayBatcher, issueSummary, JobCancelled, JobControl, JobFailed, PageMessageSchema, parseWith,
  type JobGroup, type JobSpec, type PageMessage, type ParsedInputOf, type WorkerMessageBody,
} from '../../lib/jobs';
import { runtimeStrings } from '../../lib/strings/runtime';
import type { DisplayKind, DisplayPayloads } from '../../lib/notebook/display-schemas';
import type { DisplayHandle, JobContext, JobImplementation } from './define-job';

export { defineJob, type DisplayHandle, type JobContext, type JobImplementation } from './define-job';

/** An implementation of every job of group `G`, by the same names. */
export type JobImplementations<G extends JobGroup> = { readonly [K in keyof G]: JobImplementation<G[K]> };

/** The running host: the current job, and sending outside any job (late output of an earlier run). */
export interface JobHost {
  /** The id of the job running now (0 when idle). */
  readonly current: number;
  /** Sends a message stamped with this worker's generation (pending display updates go first). */
  send(message: WorkerMessageBody, transfer?: Transferable[]): void;
  /** Creates a display block of job `id` (also after the job ended: a late timer's output). */
  display<K extends DisplayKind>(id: number, kind: K, payload: DisplayPayloads[K], transfer?: Transferable[]): DisplayHandle<K>;
}

/** Runs one job: checks its raw input, reports it started, resolves with its result. */
type Runner = (id: number, input: unknown, control: JobControl) => unknown;

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

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Starts the message loop of this worker for the jobs of `group`, each run by its implementation
 * in `implementations`; call once, before any other code runs.
 */
export function startJobHost<G extends JobGroup>(group: G, implementations: JobImplementations<G>): JobHost {
  const scope = self as unknown as WorkerScope;
  const jobs = new Map<string, Runner>();
  for (const name of Object.keys(group)) {
    const implementation = implementations[name];
    // Written for another job's spec, it would check the wrong input and emit the wrong events.
    if (!implementation || implementation.spec !== group[name]) throw new Error(runtimeStrings.wrongImplementation(name));
    jobs.set(name, runnerFor(name, implementation));
  }
  const controls = new Map<number, JobControl>();
  const yieldToEvents = eventLoopYield();
  let port: MessagePort | undefined;
  let generation = 0;
  let current = 0;
  // Page ids only grow: a start at or below the last one is a duplicate (or a replay) and runs nothing.
  let lastStarted = 0;
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
      const text = runtimeStrings.unsendable(describe(error));
      // A job's last message must arrive, or the page waits for it forever: an unsendable end becomes an error.
      if (message.type === 'done' || message.type === 'error') {
        rawSend({ type: 'error', id: message.id, durationMs: message.durationMs, error: { name: 'DataCloneError', message: text }, detail: undefined });
      } else rawSend({ type: 'console', id: message.id, level: 'error', text });
    }
  }

  const handleCounts = new Map<number, number>();
  function display<K extends DisplayKind>(id: number, kind: K, payload: DisplayPayloads[K], transfer?: Transferable[]): DisplayHandle<K> {
    const handle = (handleCounts.get(id) ?? 0) + 1;
    handleCounts.delete(id);
    handleCounts.set(id, handle);
    if (handleCounts.size > 1000) handleCounts.delete(handleCounts.keys().next().value as number);
    send({ type: 'display', id, handle, kind, payload }, transfer);
    return { update: (next) => batcher.update({ id, handle, kind, payload: next }) };
  }

  /** Job `name`'s run, typed by its spec up to here: its input is checked by the spec's schema, its context typed by it. */
  function runnerFor<S extends JobSpec>(name: string, implementation: JobImplementation<S>): Runner {
    return (id, raw, control) => {
      const input = checkWith<S['input']>(implementation.spec.input, raw);
      if (!input.ok) throw new JobFailed({ name: 'Error', message: runtimeStrings.badInput(name, issueSummary(input.issues)) });
      send({ type: 'started', id });
      return implementation.run(contextFor<S>(id, input.value, control));
    };
  }

  function contextFor<S extends JobSpec>(id: number, input: ParsedInputOf<S>, control: JobControl): JobContext<S> {
    let progress: DisplayHandle<'progress'> | undefined;
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
      emit: (name, data, transfer) => send({ type: 'event', id, name, data }, transfer),
      fail: (error, detail) => {
        throw new JobFailed(error, detail);
      },
    };
  }

  async function runJob(message: Extract<PageMessage, { type: 'start' }>, control: JobControl): Promise<void> {
    const { id } = message;
    const started = performance.now();
    const durationMs = () => Math.round(performance.now() - started);
    current = id;
    try {
      if (control.cancelled) return send({ type: 'cancelled', id, durationMs: 0 });
      const runner = jobs.get(message.job);
      if (!runner) throw new JobFailed({ name: 'Error', message: runtimeStrings.unknownJob(message.job) });
      const result = await runner(id, message.input, control);
      send({ type: 'done', id, durationMs: durationMs(), result });
    } catch (error) {
      if (error instanceof JobCancelled) return send({ type: 'cancelled', id, durationMs: durationMs() });
      const failure = error instanceof JobFailed ? { name: error.failure.name, message: error.failure.message }
        : { name: error instanceof Error ? error.name : 'Error', message: describe(error) };
      send({ type: 'error', id, durationMs: durationMs(), error: failure, detail: error instanceof JobFailed ? error.detail : undefined });
    } finally {
      controls.delete(id);
      if (current === id) current = 0;
    }
  }

  function onPageMessage(message: PageMessage): void {
    const { id } = message;
    if (message.generation !== generation) return;
    if (message.type === 'start') {
      if (id <= lastStarted) return;
      lastStarted = id;
      const control = new JobControl({ yieldToEvents, onPauseChange: (paused) => send({ type: paused ? 'paused' : 'resumed', id }) });
      controls.set(id, control);
      queue = queue.then(() => runJob(message, control));
      return;
    }
    if (message.type === 'ping') return rawSend({ type: 'pong', id, busy: current });
    const control = controls.get(id);
    if (!control) return;
    if (message.type === 'pause') control.pause();
    else if (message.type === 'resume') control.resume();
    else {
      batcher.forget(id);
      control.cancel();
    }
  }

  scope.addEventListener('message', (event: MessageEvent<unknown>) => {
    const connect = parseWith(ConnectSchema, event.data);
    const given = event.ports[0];
    if (port || !connect || !given) return;
    port = given;
    generation = connect.generation;
    port.onmessage = (incoming) => {
      const message = parseWith(PageMessageSchema, incoming.data);
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
