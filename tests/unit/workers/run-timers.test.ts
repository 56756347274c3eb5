import { afterEach, describe, expect, it } from 'vitest';
import { attributeTimers } from '../../../src/workers/run-timers';

const native = { setTimeout: globalThis.setTimeout, setInterval: globalThis.setInterval };

afterEach(() => Object.assign(globalThis, native));

/** Wraps the global timers with an attribution whose current run the test sets; records every `within` call. */
function attribute() {
  const calls: Array<{ runId: number; error?: unknown }> = [];
  const state = { current: 1 };
  attributeTimers({
    current: () => state.current,
    within: (runId, callback) => {
      try {
        callback();
        calls.push({ runId });
      } catch (error) {
        calls.push({ runId, error });
      }
    },
  });
  return { calls, state };
}

describe('attributeTimers', () => {
  it('a setTimeout callback runs within the run that scheduled it, even after a newer run began', async () => {
    const { calls, state } = attribute();
    const fired = new Promise<string>((resolve) => setTimeout((word: string) => resolve(word), 5, 'late'));
    state.current = 2;
    expect(await fired).toBe('late');
    expect(calls).toEqual([{ runId: 1 }]);
  });

  it('an error thrown by a callback is handed to within (reported for its run), not thrown into the timer loop', async () => {
    const { calls } = attribute();
    await new Promise<void>((resolve) => {
      setTimeout(() => {
        throw new Error('from a timer');
      }, 1);
      native.setTimeout(resolve, 20);
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.runId).toBe(1);
    expect(String(calls[0]?.error)).toContain('from a timer');
  });

  it('setInterval ticks are attributed to the scheduling run until cleared', async () => {
    const { calls, state } = attribute();
    let ticks = 0;
    const id = setInterval(() => ticks++, 2);
    state.current = 7;
    await new Promise((resolve) => native.setTimeout(resolve, 30));
    clearInterval(id);
    expect(ticks).toBeGreaterThan(1);
    expect(new Set(calls.map((call) => call.runId))).toEqual(new Set([1]));
  });
});
