/** `show(value)` and the tensor description used by every value display and console line. */
import { toValueView, formatValueView, type ValueView } from '../../lib/notebook/value-view';
import { tensorView } from '../../lib/notebook/tensor-summary';
import type { Tf } from '../tf-backend';
import type { ShowContext } from './registry';
import { valueStrings } from '../../lib/strings/cell-output';

/** Largest tensor whose values are read for stats (bigger ones show shape and dtype only). */
const MAX_STATS_VALUES = 4_000_000;

/** A hook for {@link toValueView} that describes TF.js tensors (and disposed ones) instead of walking their fields. */
export function describeTensors(tf: Tf | undefined): (value: unknown) => ValueView | undefined {
  return (value) => {
    if (!tf || !(value instanceof tf.Tensor)) return undefined;
    const shape = [...value.shape];
    if (value.isDisposed) return { kind: 'tensor', shape, dtype: value.dtype, preview: '', disposed: true };
    if (value.size > MAX_STATS_VALUES) return { kind: 'tensor', shape, dtype: value.dtype, preview: valueStrings.tooManyToSummarize(value.size) };
    return tensorView({ shape, dtype: value.dtype, values: value.dataSync() as ArrayLike<number> | string[] });
  };
}

/** Text of any value for a console line: strings as is, everything else as a value view. */
export function consoleText(tf: Tf | undefined, args: unknown[]): string {
  return args.map((arg) => (typeof arg === 'string' ? arg : formatValueView(toValueView(arg, { describe: describeTensors(tf) })))).join(' ');
}

/** `show(value)`: numbers, strings, arrays, objects and tensors as a bounded value view. */
export function showValue(context: ShowContext, value: unknown): void {
  context.emit('value', toValueView(value, { describe: describeTensors(context.tf) }));
}
