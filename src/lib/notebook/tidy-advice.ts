/**
 * Advice on tf.tidy returning plain data. tidy looks through whatever its function returns for
 * tensors to keep, entry by entry (tfjs-core's getTensorsInContainer), so a typed array from
 * dataSync() or nested arrays from arraySync() make it visit every number: hundreds of
 * milliseconds for one 56×56×128 feature map, where reading the tensor after the tidy costs a few.
 */
import type { RunAdvice } from './protocol';

/** Values returned from one tf.tidy beyond which its search for tensors is worth advice (about 5 ms of searching on wasm). */
export const TIDY_DATA_LIMIT = 10_000;

/** How far a count goes before it stops: enough to name any array a cell can hold. */
const COUNT_CAP = 100_000_000;

/** What tf.tidy's search visits in a returned value: the entries (numbers, mostly) and what holds them at the top. */
export interface TidySearch {
  values: number;
  /** `Float32Array` (any typed array's name), `array` or `object`. */
  container: string;
}

/**
 * The entries tf.tidy's search for tensors visits in `value`, counted the way it walks (every
 * enumerable key of every object it reaches, once per object, never inside a tensor); undefined for
 * a value it does not walk (a tensor, a number, nothing).
 */
export function tidySearchSize(value: unknown, isTensor: (value: unknown) => boolean): TidySearch | undefined {
  if (value === null || typeof value !== 'object' || isTensor(value)) return undefined;
  const container = ArrayBuffer.isView(value) ? value.constructor.name : Array.isArray(value) ? 'array' : 'object';
  const seen = new Set<object>([value]);
  const pending: object[] = [value];
  let values = 0;
  while (pending.length > 0 && values < COUNT_CAP) {
    const next = pending.pop() as object;
    if (ArrayBuffer.isView(next)) {
      values += 'length' in next ? Number(next.length) : next.byteLength;
      continue;
    }
    for (const key in next) {
      values++;
      const entry = (next as Record<string, unknown>)[key];
      if (entry !== null && typeof entry === 'object' && !seen.has(entry) && !isTensor(entry)) {
        seen.add(entry);
        pending.push(entry);
      }
    }
  }
  return { values, container };
}

/** One tf.tidy call that returned at least {@link TIDY_DATA_LIMIT} values, located in the reader's cell. */
export interface TidyDataCall extends TidySearch {
  line?: number;
  inCell?: string;
  /** Time tidy took after the function it ran returned, ms: its search and its disposals. */
  searchMs: number;
}

/** `advice` with `call` added: calls from the same line merge (a tidy in a loop is one piece of advice, with its total time). */
export function addTidyAdvice(advice: readonly RunAdvice[], call: TidyDataCall): RunAdvice[] {
  const index = advice.findIndex((each) => each.kind === 'tidy-data' && each.line === call.line && each.inCell === call.inCell);
  const previous = advice[index];
  if (!previous) {
    const { line, inCell, ...rest } = call;
    return [...advice, { kind: 'tidy-data', ...(line === undefined ? {} : { line }), ...(inCell === undefined ? {} : { inCell }), calls: 1, ...rest }];
  }
  const merged: RunAdvice = { ...previous, calls: previous.calls + 1, values: Math.max(previous.values, call.values), searchMs: previous.searchMs + call.searchMs };
  return advice.map((each, at) => (at === index ? merged : each));
}
