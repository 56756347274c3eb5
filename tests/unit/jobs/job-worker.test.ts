/**
 * The page side of the job protocol (src/client/jobs/job-worker.ts) over a fake worker and port:
 * its failure paths — the schemas fail to load, a handler throws, the worker dies mid-job, late or
 * duplicate messages — each end every job exactly once instead of leaving it pending.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JobWorker } from '../../../src/client/jobs/job-worker';
import { FakeChannel, FakeWorker, settle } from './fake-port';

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
    const worker = new JobWorker({ create: () => create() as unknown as Worker });
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
      preload: () => (++loads === 1 ? Promise.reject(new Error('the chunk could not be fetched')) : Promise.resolve()),
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
    const worker = new JobWorker({ create: () => create() as unknown as Worker, reportError: (error) => reported.push(error) });
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
    const worker = new JobWorker({ create: () => create() as unknown as Worker, onLost: (reason) => lost.push(reason) });
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
    const worker = new JobWorker({ create: () => create() as unknown as Worker });
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

  it('terminate() ends every queued and running job as terminated, and the next start opens a fresh worker', async () => {
    const worker = new JobWorker({ create: () => create() as unknown as Worker });
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
