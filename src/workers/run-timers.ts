/**
 * Timers that remember which run scheduled them: a `setTimeout` callback from an earlier run
 * reports its console output and errors under that run's id, so the page can drop it if the
 * cell has run again since (late messages never land in a newer run's output).
 */

/** How the worker exposes and switches the run that output is attributed to. */
export interface RunAttribution {
  current(): number;
  /** Runs `callback` attributed to `runId`; an error it throws is reported for that run, not rethrown. */
  within(runId: number, callback: () => void): void;
}

type TimerFunction = (handler: unknown, delay?: number, ...args: unknown[]) => number;

/** Replaces `setTimeout` and `setInterval` in the worker with run-attributing versions. */
export function attributeTimers(attribution: RunAttribution): void {
  const scope = globalThis as unknown as Record<'setTimeout' | 'setInterval', TimerFunction>;
  for (const name of ['setTimeout', 'setInterval'] as const) {
    const native = scope[name].bind(globalThis);
    scope[name] = (handler, delay, ...args) => {
      const runId = attribution.current();
      if (typeof handler !== 'function') return native(handler, delay, ...args);
      return native(() => attribution.within(runId, () => (handler as (...params: unknown[]) => void)(...args)), delay);
    };
  }
}
