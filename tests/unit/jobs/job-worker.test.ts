/**
 * The page side of the job protocol (src/client/jobs/job-worker.ts) over a fake worker and port:
 * its failure paths — the schemas fail to load, a handler throws, the worker dies mid-job, late or
 * duplicate messages — each end every job exactly once instead of leaving it pending.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { JobWorker } from '../../../src/client/jobs/job-worker';
import { NO_DETAIL, type JobGroup } from '../../../src/lib/jobs';
import { FakeChannel, FakeWorker, settle } from './fake-port';

/** The jobs of these tests: `stream` as the e2e fixture has it, `located` with events and a failure detail. */
const TEST_JOBS = {
  stream: { input: z.object({ updates: z.int(), workMs: z.number() }), result: z.object({ updates: z.int() }), events: {}, failure: NO_DETAIL },
  located: {
    input: z.object({}), result: z.undefined(), failure: z.object({ line: z.int() }),
    events: { progress: z.object({ done: z.int() }), note: z.object({ text: z.string() }) },
  },
} as const satisfies JobGroup;
const jobs = () => Promise.resolve(TEST_JOBS);

let workers: FakeWorker[] = [];

beforeEach(() => {
  workers = [];
  vi.stubGlobal('MessageChannel', FakeChannel);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function create(): FakeWorker {
  const worker = new FakeWorker();
  workers.push(worker);
  return worker;
}

const pending = Symbol('pending');
/** The value of `promise` once every message in flight is delivered, or `pending`. */
async function after<T>(promise: Promise<T>): Promise<T | typeof pending> {
  return Promise.race([promise, settle().then((): typeof pending => pending)]);
}

describe('JobWorker', () => {
  it('a job ends once with its result; a duplicate done and a message stamped with another generation change nothing', async () => {
    const ends: unknown[] = [];
    const worker = new JobWorker({ create: () => create() as unknown as Worker, jobs });
    const job = worker.start('stream', { updates: 1, workMs: 0 }, { onEnd: (end) => ends.push(end) });
    await settle();
    const fake = workers[0]!;
    expect(fake.received()).toEqual([expect.objectContaining({ type: 'start', id: job.id, job: 'stream', input: { updates: 1, workMs: 0 } })]);
    fake.send({ type: 'done', id: job.id, generation: fake.generation + 1, durationMs: 1, result: { updates: 99 } });
    await settle();
    expect(await after(job.ended)).toBe(pending);
    fake.send({ type: 'done', id: job.id, durationMs: 3, result: { updates: 1 } });
    fake.send({ type: 'done', id: job.id, durationMs: 4, result: { updates: 2 } });
    expect(await after(job.ended)).toEqual({ status: 'done', result: { updates: 1 }, durationMs: 3 });
    expect(ends).toEqual([{ status: 'done', result: { updates: 1 }, durationMs: 3 }]);
    expect(worker.busy).toBe(false);
  });

  it('schemas that fail to load end every job with the reason, and a later start loads them again', async () => {
    let loads = 0;
    const lost: string[] = [];
    const worker = new JobWorker({
      create: () => create() as unknown as Worker,
      jobs: () => (++loads === 1 ? Promise.reject(new Error('the chunk could not be fetched')) : Promise.resolve(TEST_JOBS)),
      onLost: (reason) => lost.push(reason),
    });
    const first = worker.start('stream', { updates: 1, workMs: 0 });
    await settle();
    workers[0]!.send({ type: 'started', id: first.id });
    const end = await after(first.ended);
    expect(end).toMatchObject({ status: 'terminated' });
    expect(end !== pending && end.status === 'terminated' && end.reason).toContain('the chunk could not be fetched');
    expect(lost).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(true);

    const second = worker.start('stream', { updates: 1, workMs: 0 });
    await settle();
    expect(workers).toHaveLength(2);
    workers[1]!.send({ type: 'done', id: second.id, durationMs: 1, result: { updates: 1 } });
    expect(await after(second.ended)).toMatchObject({ status: 'done' });
    expect(loads).toBe(2);
  });

  it('a handler that throws still lets the job end, and the error is reported', async () => {
    const reported: unknown[] = [];
    const worker = new JobWorker({ create: () => create() as unknown as Worker, jobs, reportError: (error) => reported.push(error) });
    const job = worker.start('stream', { updates: 1, workMs: 0 }, {
      onStarted: () => { throw new Error('a bug in onStarted'); },
      onEnd: () => { throw new Error('a bug in onEnd'); },
    });
    await settle();
    workers[0]!.send({ type: 'started', id: job.id });
    workers[0]!.send({ type: 'done', id: job.id, durationMs: 2, result: { updates: 1 } });
    expect(await after(job.ended)).toMatchObject({ status: 'done' });
    expect(reported.map((error) => (error as Error).message)).toEqual(['a bug in onStarted', 'a bug in onEnd']);
  });

  it('a worker that dies mid-job ends it as terminated with the reason, once; its later messages are dropped; the next job gets a fresh worker', async () => {
    const ends: unknown[] = [];
    const lost: string[] = [];
    const worker = new JobWorker({ create: () => create() as unknown as Worker, jobs, onLost: (reason) => lost.push(reason) });
    const job = worker.start('stream', { updates: 5, workMs: 0 }, { onEnd: (end) => ends.push(end) });
    await settle();
    const dead = workers[0]!;
    dead.send({ type: 'started', id: job.id });
    await settle();
    dead.crash('out of memory');
    expect(await after(job.ended)).toEqual({ status: 'terminated', reason: 'out of memory' });
    expect(ends).toEqual([{ status: 'terminated', reason: 'out of memory' }]);
    expect(lost).toEqual(['out of memory']);
    expect(dead.terminated).toBe(true);
    expect(worker.started).toBe(false);

    const next = worker.start('stream', { updates: 1, workMs: 0 });
    await settle();
    const fresh = workers[1]!;
    expect(fresh.generation).toBe(dead.generation + 1);
    fresh.send({ type: 'done', id: next.id, durationMs: 1, result: { updates: 1 } });
    expect(await after(next.ended)).toMatchObject({ status: 'done' });
    expect(ends).toHaveLength(1);
  });

  it('cancel while paused ends the job cancelled, after reporting the pause', async () => {
    const pauses: boolean[] = [];
    const worker = new JobWorker({ create: () => create() as unknown as Worker, jobs });
    const job = worker.start('stream', { updates: 5, workMs: 0 }, { onPause: (paused) => pauses.push(paused) });
    await settle();
    const fake = workers[0]!;
    job.pause();
    await settle();
    fake.send({ type: 'paused', id: job.id });
    await settle();
    job.cancel();
    await settle();
    expect(fake.received().map((message) => message.type)).toEqual(['start', 'pause', 'cancel']);
    fake.send({ type: 'cancelled', id: job.id, durationMs: 7 });
    expect(await after(job.ended)).toEqual({ status: 'cancelled', durationMs: 7 });
    expect(pauses).toEqual([true]);
    job.resume();
    await settle();
    expect(fake.received().map((message) => message.type)).toEqual(['start', 'pause', 'cancel']);
  });

  it('events reach their handlers parsed; a malformed or unknown event is reported and dropped; a failure brings its detail', async () => {
    const reported: unknown[] = [];
    const seen: unknown[] = [];
    const worker = new JobWorker({ create: () => create() as unknown as Worker, jobs, reportError: (error) => reported.push(error) });
    const job = worker.start('located', {}, { events: { progress: (event) => seen.push(event.done), note: (event) => seen.push(event.text) } });
    await settle();
    const fake = workers[0]!;
    fake.send({ type: 'event', id: job.id, name: 'progress', data: { done: 1 } });
    fake.send({ type: 'event', id: job.id, name: 'progress', data: { done: 'two' } });
    fake.send({ type: 'event', id: job.id, name: 'confetti', data: {} });
    fake.send({ type: 'event', id: job.id, name: 'note', data: { text: 'half way' } });
    fake.send({ type: 'error', id: job.id, durationMs: 5, error: { name: 'TypeError', message: 'x is not a function' }, detail: { line: 3 } });
    expect(await after(job.ended)).toEqual({ status: 'error', error: { name: 'TypeError', message: 'x is not a function' }, failure: { line: 3 }, durationMs: 5 });
    expect(seen).toEqual([1, 'half way']);
    expect(reported.map((error) => (error as Error).message)).toEqual([
      'the worker sent event progress of job located in a shape that does not fit its schema ("done": expected number)',
      'the worker sent event confetti of job located in a shape that does not fit its schema (no such event)',
    ]);
  });

  it('a result that does not fit its schema ends the job as an error naming the job, never as done', async () => {
    const worker = new JobWorker({ create: () => create() as unknown as Worker, jobs });
    const job = worker.start('stream', { updates: 1, workMs: 0 });
    await settle();
    workers[0]!.send({ type: 'done', id: job.id, durationMs: 1, result: { updates: 'all' } });
    const end = await after(job.ended);
    expect(end).toMatchObject({ status: 'error', failure: undefined, error: { name: 'Error', message: expect.stringContaining('answered job stream with a result that does not fit its schema') } });
  });

  it('terminate() ends every queued and running job as terminated, and the next start opens a fresh worker', async () => {
    const worker = new JobWorker({ create: () => create() as unknown as Worker, jobs });
    const running = worker.start('stream', { updates: 5, workMs: 0 });
    const queued = worker.start('stream', { updates: 5, workMs: 0 });
    await settle();
    worker.terminate('Stop');
    expect(await after(Promise.all([running.ended, queued.ended]))).toEqual([{ status: 'terminated', reason: 'Stop' }, { status: 'terminated', reason: 'Stop' }]);
    expect(workers[0]!.terminated).toBe(true);
    worker.start('stream', { updates: 1, workMs: 0 });
    await settle();
    expect(workers).toHaveLength(2);
  });
});
