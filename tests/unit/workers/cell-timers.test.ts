import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CellTimers } from '../../../src/workers/cells/cell-timers';

describe('CellTimers', () => {
  let ran: Array<[number, string]>;
  let timers: CellTimers;
  beforeEach(() => {
    vi.useFakeTimers();
    ran = [];
    timers = new CellTimers({
      setTimeout: (callback, ms) => setTimeout(callback, ms) as unknown as number,
      clearTimeout: (id) => clearTimeout(id),
      within: (runId, callback) => {
        ran.push([runId, 'in']);
        callback();
      },
    });
  });
  afterEach(() => vi.useRealTimers());

  it('an interval keeps ticking, attributed to the run that set it, until its cell is cleared', () => {
    const ticks: number[] = [];
    const own = timers.functionsFor('a', 7);
    own.setInterval(() => ticks.push(ticks.length), 10);
    vi.advanceTimersByTime(35);
    expect(ticks).toEqual([0, 1, 2]);
    expect(ran.every(([runId]) => runId === 7)).toBe(true);
    timers.clear('a');
    vi.advanceTimersByTime(100);
    expect(ticks).toEqual([0, 1, 2]);
    expect(timers.pending('a')).toBe(0);
  });

  it('clearing one cell leaves another cell\'s timers alone', () => {
    const fired: string[] = [];
    timers.functionsFor('a', 1).setTimeout(() => fired.push('a'), 5);
    timers.functionsFor('b', 2).setTimeout(() => fired.push('b'), 5);
    timers.clear('a');
    vi.advanceTimersByTime(10);
    expect(fired).toEqual(['b']);
  });

  it('clearInterval with the id the cell got stops the interval, even after it re-armed', () => {
    const own = timers.functionsFor('a', 1);
    let ticks = 0;
    const id = own.setInterval(() => ticks++, 10);
    vi.advanceTimersByTime(25);
    own.clearInterval(id);
    vi.advanceTimersByTime(100);
    expect(ticks).toBe(2);
    expect(timers.pending('a')).toBe(0);
  });

  it('animation frames are cleared with their cell and pass a timestamp', () => {
    const own = timers.functionsFor('a', 1);
    const times: number[] = [];
    own.requestAnimationFrame((time) => times.push(time));
    vi.advanceTimersByTime(20);
    own.requestAnimationFrame((time) => times.push(time));
    timers.clearAll();
    vi.advanceTimersByTime(20);
    expect(times).toHaveLength(1);
    expect(typeof times[0]).toBe('number');
  });

  it('setTimeout with extra arguments passes them to the handler; a string handler is refused by message', () => {
    const own = timers.functionsFor('a', 1);
    const seen: unknown[] = [];
    own.setTimeout((x: unknown, y: unknown) => seen.push(x, y), 1, 'x', 2);
    vi.advanceTimersByTime(5);
    expect(seen).toEqual(['x', 2]);
    expect(() => own.setTimeout('alert(1)', 1)).toThrow('invalid timer handler: string');
  });
});
