import { describe, expect, it } from 'vitest';
import { DisplayBatcher, type DisplayUpdate } from '../../../src/lib/jobs/display-batcher';

function batcher() {
  let clock = 0;
  const sent: DisplayUpdate[] = [];
  const timers: Array<{ at: number; run: () => void }> = [];
  const instance = new DisplayBatcher({
    send: (update) => sent.push(update),
    schedule: (run, ms) => timers.push({ at: clock + ms, run }),
    now: () => clock,
    perSecond: 30,
  });
  /** Moves the clock on by `ms`, firing due timers. */
  const advance = (ms: number) => {
    clock += ms;
    const due = timers.filter((each) => each.at <= clock);
    timers.splice(0, timers.length, ...timers.filter((each) => each.at > clock));
    for (const timer of due) timer.run();
  };
  return { instance, sent, advance };
}

const update = (handle: number, value: number): DisplayUpdate => ({ id: 1, handle, kind: 'progress', payload: { value } });

describe('DisplayBatcher', () => {
  it('10,000 updates over 10 s reach the page at most 30 times a second, ending with the last value', () => {
    const { instance, sent, advance } = batcher();
    for (let value = 1; value <= 10_000; value++) {
      instance.update(update(1, value));
      advance(1);
    }
    advance(100);
    expect(sent.length).toBeLessThanOrEqual(10 * 30 + 1);
    expect(sent.length).toBeGreaterThan(100);
    expect(sent.at(-1)?.payload).toEqual({ value: 10_000 });
  });

  it('the newest payload of a handle replaces a pending one', () => {
    const { instance, sent, advance } = batcher();
    instance.update(update(1, 1));
    instance.update(update(1, 2));
    instance.update(update(1, 3));
    advance(40);
    expect(sent.map((each) => each.payload)).toEqual([{ value: 1 }, { value: 3 }]);
  });

  it('flush() sends pending updates now, and forget() drops a job\'s', () => {
    const { instance, sent } = batcher();
    instance.update(update(1, 1));
    instance.update(update(2, 5));
    instance.update({ ...update(3, 7), id: 2 });
    instance.forget(2);
    instance.flush();
    expect(sent.map((each) => [each.id, each.handle])).toEqual([[1, 1], [1, 2]]);
  });
});
