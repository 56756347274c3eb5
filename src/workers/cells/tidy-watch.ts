/**
 * The `tf` a reader's cell sees: TF.js, with tf.tidy timed and checked. When a tidy returns plain
 * data large enough to make tidy's search for tensors slow (see src/lib/notebook/tidy-advice.ts),
 * the cell's output says so, with the time it cost, instead of leaving the reader to wonder.
 */
import { TIDY_DATA_LIMIT, tidySearchSize, type TidySearch } from '../../lib/notebook/tidy-advice';
import type { Tf } from '../tf-backend';

/** One slow tidy as the worker saw it: what it returned, its search time, and an Error made at the call (its stack locates the line). */
export interface TidyDataSeen extends TidySearch {
  searchMs: number;
  callSite: Error;
}

type Tidy = Tf['tidy'];

/** `tf` with its tidy replaced by one that calls `report` for each call returning {@link TIDY_DATA_LIMIT} values or more. */
export function watchTidy(tf: Tf, report: (seen: TidyDataSeen) => void): Tf {
  const tidy = ((nameOrFn: Parameters<Tidy>[0], maybeFn?: Parameters<Tidy>[1]) => {
    const body = typeof nameOrFn === 'function' ? nameOrFn : maybeFn;
    // Anything else is TF.js's to refuse, with its own message.
    if (typeof body !== 'function') return tf.tidy(nameOrFn, maybeFn);
    let bodyMs = 0;
    const timed = () => {
      const started = performance.now();
      try {
        return body();
      } finally {
        bodyMs = performance.now() - started;
      }
    };
    const started = performance.now();
    const result = typeof nameOrFn === 'function' ? tf.tidy(timed) : tf.tidy(nameOrFn, timed);
    const searchMs = performance.now() - started - bodyMs;
    const size = tidySearchSize(result, (value) => value instanceof tf.Tensor);
    if (size && size.values >= TIDY_DATA_LIMIT) report({ ...size, searchMs, callSite: new Error('tf.tidy') });
    return result;
  }) as Tidy;
  return Object.freeze({ ...tf, tidy });
}
