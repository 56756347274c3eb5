import { describe, expect, it } from 'vitest';
import { initialScheduler, isScheduling, LOAD_ALLOWANCE_MS, routeMessage, schedule, type SchedulerEvent, type SchedulerState } from '../../../src/lib/notebook/scheduler';

/** Applies events in order, collecting every effect. */
function play(state: SchedulerState, ...events: SchedulerEvent[]) {
  const effects = [];
  for (const event of events) {
    const next = schedule(state, event);
    state = next.state;
    effects.push(...next.effects);
  }
  return { state, effects };
}

const three = () => play(initialScheduler(0), { type: 'add-cell', index: 0 }, { type: 'add-cell', index: 1 }, { type: 'add-cell', index: 2 }).state;

describe('notebook scheduler', () => {
  it('queueing on an idle notebook sends the run at once, with the load allowance while TF.js is cold', () => {
    const { state, effects } = play(three(), { type: 'queue', index: 1, limitS: 30 });
    expect(effects).toEqual([{ type: 'send', index: 1, runId: 1, cold: true }, { type: 'arm', runId: 1, ms: 30_000 + LOAD_ALLOWANCE_MS }]);
    expect(state.states).toEqual(['idle', 'running', 'idle']);
  });

  it('once the code starts the watchdog is re-armed to the cell\'s own limit, and later runs get no allowance', () => {
    const started = play(three(), { type: 'queue', index: 0, limitS: 5 }, { type: 'code-started', runId: 1 });
    expect(started.effects.at(-1)).toEqual({ type: 'arm', runId: 1, ms: 5000 });
    const next = play(started.state, { type: 'finish', runId: 1, ok: true }, { type: 'queue', index: 1, limitS: 5 });
    expect(next.effects).toContainEqual({ type: 'arm', runId: 2, ms: 5000 });
    expect(next.state.states).toEqual(['done', 'running', 'idle']);
  });

  it('a run paused at a checkpoint has no time limit, and gets its whole limit again when it resumes', () => {
    const started = play(three(), { type: 'queue', index: 0, limitS: 5 }, { type: 'code-started', runId: 1 });
    const paused = play(started.state, { type: 'paused', runId: 1 });
    expect(paused.effects).toEqual([{ type: 'disarm' }]);
    expect(paused.state.states).toEqual(['running', 'idle', 'idle']);
    const resumed = play(paused.state, { type: 'resumed', runId: 1 });
    expect(resumed.effects).toEqual([{ type: 'arm', runId: 1, ms: 5000 }]);
    // A pause or resume of a run that is no longer the active one changes nothing.
    expect(play(resumed.state, { type: 'finish', runId: 1, ok: true }, { type: 'paused', runId: 1 }, { type: 'resumed', runId: 1 }).effects)
      .toEqual([{ type: 'disarm' }]);
  });

  it('cells run one at a time in the order queued', () => {
    const { state, effects } = play(three(), { type: 'queue', index: 2, limitS: 1 }, { type: 'queue', index: 0, limitS: 1 }, { type: 'finish', runId: 1, ok: true });
    expect(effects.filter((effect) => effect.type === 'send')).toEqual([{ type: 'send', index: 2, runId: 1, cold: true }, { type: 'send', index: 0, runId: 2, cold: true }]);
    expect(state.states).toEqual(['running', 'idle', 'done']);
  });

  it('queueing a cell that is already queued or running does nothing', () => {
    const once = play(three(), { type: 'queue', index: 0, limitS: 1 }, { type: 'queue', index: 1, limitS: 1 });
    const twice = play(once.state, { type: 'queue', index: 0, limitS: 1 }, { type: 'queue', index: 1, limitS: 1 });
    expect(twice.effects).toEqual([]);
    expect(twice.state.queue).toHaveLength(1);
  });

  it('a failure drops the rest of the queue', () => {
    const { state } = play(three(), { type: 'queue', index: 0, limitS: 1 }, { type: 'queue', index: 1, limitS: 1 }, { type: 'queue', index: 2, limitS: 1 }, { type: 'finish', runId: 1, ok: false });
    expect(state.states).toEqual(['error', 'idle', 'idle']);
    expect(isScheduling(state)).toBe(false);
  });

  it('a timeout terminates the worker, fails the cell and makes finished cells stale', () => {
    const { state, effects } = play(three(), { type: 'queue', index: 0, limitS: 1 }, { type: 'finish', runId: 1, ok: true }, { type: 'queue', index: 1, limitS: 2 }, { type: 'queue', index: 2, limitS: 1 }, { type: 'timeout', runId: 2 });
    expect(effects.slice(-2)).toEqual([{ type: 'terminate' }, { type: 'timed-out', index: 1, limitS: 2 }]);
    expect(state.states).toEqual(['stale', 'error', 'idle']);
    expect(state.warm).toBe(false);
  });

  it('a stale timer or message of an earlier run changes nothing', () => {
    const running = play(three(), { type: 'queue', index: 0, limitS: 1 }, { type: 'finish', runId: 1, ok: true }, { type: 'queue', index: 0, limitS: 1 }).state;
    expect(schedule(running, { type: 'timeout', runId: 1 })).toEqual({ state: running, effects: [] });
    expect(schedule(running, { type: 'finish', runId: 1, ok: false })).toEqual({ state: running, effects: [] });
  });

  it('late output of a finished run routes to its cell until the cell runs again', () => {
    const first = play(three(), { type: 'queue', index: 1, limitS: 1 }, { type: 'finish', runId: 1, ok: true }).state;
    expect(routeMessage(first, 1)).toEqual({ index: 1, late: true });
    const again = play(first, { type: 'queue', index: 1, limitS: 1 }).state;
    expect(routeMessage(again, 2)).toEqual({ index: 1, late: false });
    expect(routeMessage(again, 1)).toBeUndefined();
  });

  it('a lost worker fails the running cell (failActive); Restart alone only makes run cells stale', () => {
    const running = play(three(), { type: 'queue', index: 0, limitS: 1 }, { type: 'finish', runId: 1, ok: true }, { type: 'queue', index: 1, limitS: 1 }).state;
    expect(schedule(running, { type: 'restart', failActive: true }).state.states).toEqual(['stale', 'error', 'idle']);
    expect(schedule(running, { type: 'restart' }).state.states).toEqual(['stale', 'stale', 'idle']);
  });

  it('a cell connected in the middle shifts the queue and the active run', () => {
    const busy = play(three(), { type: 'queue', index: 1, limitS: 1 }, { type: 'queue', index: 2, limitS: 1 }).state;
    const { state } = play(busy, { type: 'add-cell', index: 0 });
    expect(state.active?.index).toBe(2);
    expect(state.queue).toEqual([{ index: 3, limitS: 1 }]);
    expect(state.states).toEqual(['idle', 'idle', 'running', 'queued']);
  });

  it('an edit makes later finished cells stale', () => {
    const { state } = play(three(), { type: 'queue', index: 0, limitS: 1 }, { type: 'finish', runId: 1, ok: true }, { type: 'queue', index: 2, limitS: 1 }, { type: 'finish', runId: 2, ok: true }, { type: 'edit', index: 1 });
    expect(state.states).toEqual(['done', 'idle', 'stale']);
  });
});
