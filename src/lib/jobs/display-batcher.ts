/**
 * Coalesces a job's in-place display updates: the newest payload of each handle wins, and
 * pending updates go out at most `perSecond` times a second — or at once before any message that
 * must keep its order (a console line, a new block, the job's end). Pure: the host injects the
 * clock, the timer and the sender.
 */

/** One pending update of display `handle` of job `id`. */
export interface DisplayUpdate {
  id: number;
  handle: number;
  kind: string;
  payload: unknown;
}

/** What the batcher needs from its host. */
export interface DisplayBatcherOptions {
  send: (update: DisplayUpdate) => void;
  /** Schedules `callback` after `ms`; the batcher never has more than one scheduled. */
  schedule: (callback: () => void, ms: number) => void;
  now: () => number;
  perSecond: number;
}

/** The display updates of every job of one worker, batched. */
export class DisplayBatcher {
  private readonly pending = new Map<string, DisplayUpdate>();
  private scheduled = false;
  private lastFlush = -Infinity;

  constructor(private readonly options: DisplayBatcherOptions) {}

  /** Queues an update; older pending updates of the same handle are replaced. */
  update(update: DisplayUpdate): void {
    const key = `${update.id}:${update.handle}`;
    this.pending.delete(key);
    this.pending.set(key, update);
    const interval = 1000 / this.options.perSecond;
    const wait = this.lastFlush + interval - this.options.now();
    if (wait <= 0) return this.flush();
    if (this.scheduled) return;
    this.scheduled = true;
    this.options.schedule(() => {
      this.scheduled = false;
      this.flush();
    }, wait);
  }

  /** Sends every pending update now, in the order their handles were last updated. */
  flush(): void {
    if (this.pending.size === 0) return;
    this.lastFlush = this.options.now();
    const updates = [...this.pending.values()];
    this.pending.clear();
    for (const update of updates) this.options.send(update);
  }

  /** Drops the pending updates of job `id` (it was cancelled or replaced). */
  forget(id: number): void {
    for (const [key, update] of this.pending) if (update.id === id) this.pending.delete(key);
  }
}
