/**
 * The worker side of the job protocol (src/workers/runtime/job-host.ts) over a fake worker scope
 * and port, the test playing the page: jobs run once each and in order, a throwing job or an
 * unsendable result still ends its job, stale and duplicate messages are ignored, cancel ends a
 * paused job.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { NO_DETAIL, type JobGroup } from '../../../src/lib/jobs';
import { defineJob, startJobHost } from '../../../src/workers/runtime/job-host';
import { FakeChannel, FakePort, FakeWorkerScope, settle } from './fake-port';

/** The jobs of these tests: `steps` reaches a checkpoint `count` times; `fails` throws; `unsendable` returns a function; `located` fails with a detail. */
const TEST_JOBS = {
  steps: { input: z.object({ count: z.int() }), result: z.object({ steps: z.int() }), events: { step: z.object({ step: z.int() }) }, failure: NO_DETAIL },
  fails: { input: z.object({}), result: z.undefined(), events: {}, failure: NO_DETAIL },
  unsendable: { input: z.object({}), result: z.object({ callback: z.custom<() => number>() }), events: {}, failure: NO_DETAIL },
  located: { input: z.object({}), result: z.undefined(), events: {}, failure: z.object({ line: z.int() }) },
} as const satisfies JobGroup;

const GENERATION = 3;
let scope: FakeWorkerScope;
let page: FakePort;
let seen: Array<Record<string, unknown>>;

beforeEach(() => {
  scope = new FakeWorkerScope();
  vi.stubGlobal('self', scope);
  vi.stubGlobal('MessageChannel', FakeChannel);
  const channel = new FakeChannel();
  page = channel.port1;
  seen = [];
  page.onmessage = (event) => seen.push(event.data as Record<string, unknown>);
  startJobHost(TEST_JOBS, {
    steps: defineJob(TEST_JOBS.steps, async (job) => {
      for (let step = 1; step <= job.input.count; step++) {
        await job.checkpoint();
        job.console('log', `step ${step}`);
      }
      return { steps: job.input.count };
    }),
    fails: defineJob(TEST_JOBS.fails, () => {
      throw new RangeError('the job broke');
    }),
    unsendable: defineJob(TEST_JOBS.unsendable, () => ({ callback: () => 1 })),
    located: defineJob(TEST_JOBS.located, (job) => job.fail({ name: 'TypeError', message: 'x is not a function' }, { line: 3 })),
  });
  scope.connect(channel.port2, GENERATION);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const start = (id: number, job: string, input: unknown, generation = GENERATION) => page.postMessage({ type: 'start', id, generation, job, input });
const control = (type: string, id: number, generation = GENERATION) => page.postMessage({ type, id, generation });
const of = (id: number) => seen.filter((message) => message.id === id);
const types = (id: number) => of(id).map((message) => message.type);

async function until(predicate: () => boolean): Promise<void> {
  for (let round = 0; round < 200 && !predicate(); round++) await settle(1);
  expect(predicate()).toBe(true);
}

describe('startJobHost', () => {
  it('runs a job and ends it with its result, every message stamped with the worker generation', async () => {
    start(1, 'steps', { count: 2 });
    await until(() => types(1).includes('done'));
    expect(types(1)).toEqual(['started', 'console', 'console', 'done']);
    expect(of(1).at(-1)).toMatchObject({ result: { steps: 2 } });
    expect(seen.every((message) => message.generation === GENERATION)).toBe(true);
  });

  it('a job that throws ends with an error naming it, and the next job still runs', async () => {
    start(1, 'fails', {});
    start(2, 'steps', { count: 1 });
    await until(() => types(2).includes('done'));
    expect(of(1).at(-1)).toMatchObject({ type: 'error', error: { name: 'RangeError', message: 'the job broke' } });
  });

  it('a job that fails with a detail sends its name, message and detail', async () => {
    start(1, 'located', {});
    await until(() => of(1).length > 1);
    expect(of(1).at(-1)).toMatchObject({ type: 'error', error: { name: 'TypeError', message: 'x is not a function' }, detail: { line: 3 } });
  });

  it('a result that cannot be sent to the page ends the job with an error instead of leaving it running', async () => {
    start(1, 'unsendable', {});
    await until(() => types(1).some((type) => type === 'done' || type === 'error'));
    expect(of(1).at(-1)).toMatchObject({ type: 'error', error: { message: expect.stringContaining('Could not send') } });
  });

  it('a name no job has (even one every object inherits) and a bad input are refused by name', async () => {
    start(1, 'toString', {});
    start(2, 'steps', { count: 'two' });
    await until(() => of(2).length > 0);
    expect(of(1)).toEqual([expect.objectContaining({ type: 'error', error: { name: 'Error', message: 'invalid job: toString (this worker registers no job of that name)' } })]);
    expect(of(2)).toEqual([expect.objectContaining({ type: 'error', error: expect.objectContaining({ message: expect.stringContaining('invalid input for job steps') }) })]);
  });

  it('a start repeated with an id already used, and messages of another generation, are ignored', async () => {
    start(1, 'steps', { count: 1 });
    start(1, 'steps', { count: 1 });
    await until(() => types(1).includes('done'));
    start(1, 'steps', { count: 1 });
    start(2, 'steps', { count: 1 }, GENERATION - 1);
    control('ping', 0, GENERATION - 1);
    start(3, 'steps', { count: 1 });
    await until(() => types(3).includes('done'));
    expect(types(1)).toEqual(['started', 'console', 'done']);
    expect(of(2)).toEqual([]);
    expect(seen.filter((message) => message.type === 'pong')).toEqual([]);
  });

  it('cancel while paused ends the job at its checkpoint: paused, then cancelled, never resumed', async () => {
    start(1, 'steps', { count: 1_000_000 });
    await until(() => types(1).includes('console'));
    control('pause', 1);
    await until(() => types(1).includes('paused'));
    const linesWhenPaused = types(1).filter((type) => type === 'console').length;
    await settle();
    expect(types(1).filter((type) => type === 'console').length).toBe(linesWhenPaused);
    control('cancel', 1);
    await until(() => types(1).includes('cancelled'));
    expect(types(1)).not.toContain('resumed');
    expect(types(1).at(-1)).toBe('cancelled');
  });

  it('code that calls self.close() is reported before the worker closes', async () => {
    (scope as unknown as { close(): void }).close();
    await settle();
    expect(seen).toEqual([expect.objectContaining({ type: 'closing', id: 0 })]);
    expect(scope.closedByCode).toBe(true);
    expect(() => (scope as unknown as { postMessage(message: unknown): void }).postMessage('forged')).toThrow(TypeError);
  });
});

describe('startJobHost refuses a worker that does not implement its group', () => {
  beforeEach(() => {
    vi.stubGlobal('self', new FakeWorkerScope());
    vi.stubGlobal('MessageChannel', FakeChannel);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('an implementation written for another job of the group is refused by name at start-up', () => {
    const fails = defineJob(TEST_JOBS.fails, () => undefined);
    const located = defineJob(TEST_JOBS.located, () => undefined);
    const steps = defineJob(TEST_JOBS.steps, () => ({ steps: 0 }));
    // The types already reject this; the check holds for code the type checker cannot see.
    const swapped = { steps, fails: located, unsendable: defineJob(TEST_JOBS.unsendable, () => ({ callback: () => 1 })), located: fails } as unknown as Parameters<typeof startJobHost<typeof TEST_JOBS>>[1];
    expect(() => startJobHost(TEST_JOBS, swapped)).toThrow('invalid implementation of job fails');
  });
});
