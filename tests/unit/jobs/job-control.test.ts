import { describe, expect, it } from 'vitest';
import { JobCancelled, JobControl } from '../../../src/lib/jobs/job-control';

/** A control on a fake clock; `yields` counts trips through the event loop. */
function control(options: { yieldEveryMs?: number } = {}) {
  let clock = 0;
  const changes: boolean[] = [];
  const state = { yields: 0 };
  const job = new JobControl({
    yieldToEvents: async () => { state.yields++; },
    onPauseChange: (paused) => changes.push(paused),
    now: () => clock,
    ...options,
  });
  return { job, changes, state, advance: (ms: number) => (clock += ms) };
}

describe('JobControl', () => {
  it('checkpoint() returns at once while nothing is asked', async () => {
    const { job, changes } = control();
    await expect(job.checkpoint()).resolves.toBeUndefined();
    expect(changes).toEqual([]);
  });

  it('pause waits at the checkpoint until resume, reporting both changes', async () => {
    const { job, changes } = control();
    job.pause();
    let passed = false;
    const waiting = job.checkpoint().then(() => (passed = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(passed).toBe(false);
    expect(changes).toEqual([true]);
    job.resume();
    await waiting;
    expect(passed).toBe(true);
    expect(changes).toEqual([true, false]);
  });

  it('cancel ends a paused job with JobCancelled', async () => {
    const { job } = control();
    job.pause();
    const waiting = job.checkpoint();
    job.cancel();
    await expect(waiting).rejects.toBeInstanceOf(JobCancelled);
  });

  it('cancel ends a running job at its next checkpoint', async () => {
    const { job } = control();
    job.cancel();
    expect(job.cancelled).toBe(true);
    await expect(job.checkpoint()).rejects.toThrow('the job was cancelled');
  });

  it('yields to the event loop once per 25 ms of work, so control messages can arrive', async () => {
    const { job, state, advance } = control();
    await job.checkpoint();
    expect(state.yields).toBe(0);
    advance(10);
    await job.checkpoint();
    expect(state.yields).toBe(0);
    advance(20);
    await job.checkpoint();
    expect(state.yields).toBe(1);
  });
});
