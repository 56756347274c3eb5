/**
 * Cooperative pause and cancel for one long job: the job calls `checkpoint()` between batches or
 * timed iterations; there a pause waits (state kept) and a cancel ends the job cleanly by throwing
 * {@link JobCancelled}. Pure (no Worker, no DOM): the host injects how to yield to its event loop.
 */
import { runtimeStrings } from '../strings/runtime';

/** Thrown by `checkpoint()` after a cancel: the job ends there, keeping whatever it built. */
export class JobCancelled extends Error {
  constructor() {
    super(runtimeStrings.jobCancelled);
    this.name = 'JobCancelled';
  }
}

/** What the host gives a control: a macrotask yield (so control messages get delivered) and change reports. */
export interface JobControlOptions {
  /** Resolves after the event loop has run its pending tasks (e.g. a MessageChannel round trip). */
  yieldToEvents: () => Promise<void>;
  /** Called when the job stops at a checkpoint to pause, and when it goes on again. */
  onPauseChange?: (paused: boolean) => void;
  /** Milliseconds of work between two yields to the event loop; default 25. */
  yieldEveryMs?: number;
  /** The clock in ms; default `performance.now`. */
  now?: () => number;
}

/** The pause / cancel state of one job. */
export class JobControl {
  private pauseRequested = false;
  private cancelRequested = false;
  private waiting: (() => void) | undefined;
  private lastYield: number;
  private readonly now: () => number;

  constructor(private readonly options: JobControlOptions) {
    this.now = options.now ?? (() => performance.now());
    this.lastYield = this.now();
  }

  /** Whether cancel was asked for (a job may end early on its own when it sees this). */
  get cancelled(): boolean {
    return this.cancelRequested;
  }

  /** Whether the job should be (or already is) paused. */
  get paused(): boolean {
    return this.pauseRequested;
  }

  /** Asks the job to pause at its next checkpoint. */
  pause(): void {
    this.pauseRequested = true;
  }

  /** Lets a paused job go on. */
  resume(): void {
    this.pauseRequested = false;
    this.wake();
  }

  /** Asks the job to end at its next checkpoint (also ends a pause). */
  cancel(): void {
    this.cancelRequested = true;
    this.wake();
  }

  /**
   * The job's safe point: throws {@link JobCancelled} after a cancel, waits while paused, and now
   * and then yields to the event loop so that pause, resume and cancel can arrive at all.
   */
  async checkpoint(): Promise<void> {
    if (this.now() - this.lastYield >= (this.options.yieldEveryMs ?? 25)) {
      await this.options.yieldToEvents();
      this.lastYield = this.now();
    }
    if (this.cancelRequested) throw new JobCancelled();
    if (!this.pauseRequested) return;
    this.options.onPauseChange?.(true);
    while (this.pauseRequested && !this.cancelRequested) await new Promise<void>((resolve) => (this.waiting = resolve));
    this.lastYield = this.now();
    if (this.cancelRequested) throw new JobCancelled();
    this.options.onPauseChange?.(false);
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.();
  }
}

/** Thrown by a job to end with a failure: its name and message, and the job's own detail (checked by the job's `failure` schema on the page). */
export class JobFailed extends Error {
  constructor(readonly failure: { name: string; message: string }, readonly detail?: unknown) {
    super(failure.message);
    this.name = 'JobFailed';
  }
}
