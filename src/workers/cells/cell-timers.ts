/**
 * Timers that belong to one cell: the `setTimeout`, `setInterval` and `requestAnimationFrame`
 * that cell code sees (passed in through its scope), all cleared when that cell runs again, is
 * reset, or the runtime restarts — Observable's `invalidation`, for timers. TF.js keeps the global
 * timers it captured for itself (`data()`, `fit()`), so its promises never hang.
 */

/** The timer functions a cell's code sees, by their global names. */
export interface CellTimerFunctions {
  setTimeout: (handler: unknown, delay?: number, ...args: unknown[]) => number;
  setInterval: (handler: unknown, delay?: number, ...args: unknown[]) => number;
  clearTimeout: (id?: number) => void;
  clearInterval: (id?: number) => void;
  requestAnimationFrame: (callback: (time: number) => void) => number;
  cancelAnimationFrame: (id?: number) => void;
}

/** The names cell code resolves to its own timers. */
export const CELL_TIMER_NAMES = ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame'] as const;

/** What the worker provides: the native timers and how to run a callback attributed to a run. */
export interface TimerHost {
  setTimeout: (callback: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  /** Runs `callback` as part of run `runId` (its output and errors land there). */
  within: (runId: number, callback: () => void) => void;
}

/** Milliseconds between two animation frames in a worker without `requestAnimationFrame`. */
const FRAME_MS = 16;

/** The timers of every cell of one worker, cleared cell by cell. */
export class CellTimers {
  private readonly live = new Map<string, Set<number>>();

  constructor(private readonly host: TimerHost) {}

  /** Number of timers cell `cellId` has pending now. */
  pending(cellId: string): number {
    return this.live.get(cellId)?.size ?? 0;
  }

  /** Cancels every pending timer, interval and frame of cell `cellId`. */
  clear(cellId: string): void {
    for (const id of this.live.get(cellId) ?? []) this.host.clearTimeout(id);
    this.live.delete(cellId);
  }

  /** Cancels the timers of every cell. */
  clearAll(): void {
    for (const cellId of [...this.live.keys()]) this.clear(cellId);
  }

  /** The timer functions for run `runId` of cell `cellId`. */
  functionsFor(cellId: string, runId: number): CellTimerFunctions {
    const owned = this.live.get(cellId) ?? new Set<number>();
    this.live.set(cellId, owned);
    // Ids handed to the cell stay the same across an interval's re-arming, so clearInterval(id) works.
    const native = new Map<number, number>();
    let nextId = 1;
    const arm = (id: number, callback: () => void, ms: number, repeat: boolean) => {
      const timer = this.host.setTimeout(() => {
        owned.delete(timer);
        if (repeat) arm(id, callback, ms, true);
        else native.delete(id);
        this.host.within(runId, callback);
      }, ms);
      owned.add(timer);
      native.set(id, timer);
    };
    const cancel = (id?: number) => {
      const timer = id === undefined ? undefined : native.get(id);
      if (timer === undefined || id === undefined) return;
      this.host.clearTimeout(timer);
      owned.delete(timer);
      native.delete(id);
    };
    const schedule = (repeat: boolean) => (handler: unknown, delay?: number, ...args: unknown[]) => {
      const id = nextId++;
      if (typeof handler !== 'function') throw new TypeError(`invalid timer handler: ${typeof handler} (cells take a function, not a string)`);
      const ms = Math.max(repeat ? 1 : 0, Number(delay) || 0);
      arm(id, () => (handler as (...params: unknown[]) => void)(...args), ms, repeat);
      return id;
    };
    return {
      setTimeout: schedule(false),
      setInterval: schedule(true),
      clearTimeout: cancel,
      clearInterval: cancel,
      requestAnimationFrame: (callback) => schedule(false)(() => callback(performance.now()), FRAME_MS),
      cancelAnimationFrame: cancel,
    };
  }
}
