/**
 * What a cell's output says about the values it shows and the errors it hits: value views, model summaries,
 * image labels, stack frames, the hints for common TF.js mistakes and the cell worker's own refusals. Loaded with
 * the cell worker and the output renderers, never with a page's first bundle.
 */
import { formatNumber, plural } from './units';

const channels = { one: '# channel', other: '# channels' };

/** Text of values a cell shows (src/lib/notebook/value-view.ts, src/workers/show/value.ts). */
export const valueStrings = {
  promise: 'Promise (use await to see its value)',
  unlisted: (constructor: string) => `${constructor} (contents cannot be listed)`,
  undescribable: (reason: string) => `(could not describe this value: ${reason})`,
  tooManyToSummarize: (size: number) => `(${formatNumber(size)} values; too many to summarize)`,
  tensor: (shape: string, dtype: string) => `Tensor shape [${shape}] ${dtype}`,
  disposedTensor: (shape: string, dtype: string) => `Tensor (disposed) shape [${shape}] ${dtype}`,
  tensorStats: (min: string, max: string, mean: string) => ` · min ${min} · max ${max} · mean ${mean}`,
  /** The columns of `show.summary(model)`'s table. */
  summaryColumns: { layer: 'Layer (type)', outputShape: 'Output shape', parameters: 'Parameters', connectedTo: 'Connected to' },
  summaryCaption: (model: string, total: number, trainable: number) =>
    `${model}: ${formatNumber(total)} parameters (${formatNumber(trainable)} trainable, ${formatNumber(total - trainable)} non-trainable)`,
  /** The alt text of `show.image(…)` when the cell gives none. */
  imageLabel: (height: number, width: number, channelCount: number) => `Image, ${height}×${width} pixels, ${plural(channelCount, channels)}`,
} as const;

/** Text of a cell's errors: where they happened, and what the cell worker refuses. */
export const cellErrorStrings = {
  /** One stack frame in the reader's cells: `at conv (line 3)`, `at top level (cell "x", line 2)`. */
  frame: (fn: string | undefined, inCell: string | undefined, line: number) =>
    `at ${fn ?? 'top level'} (${inCell ? `cell "${inCell}", ` : ''}line ${line})`,
  /** Where an error happened, after its message in the console: ` (cell "x", line 2)`. */
  where: (inCell: string | undefined, line: number) => ` (${inCell ? `cell "${inCell}", ` : ''}line ${line})`,
  /** A thrown value that is not an Error: its text and what it was. */
  thrownValue: (text: string, type: 'null' | 'array' | 'object' | string) => {
    const what = type === 'null' ? 'null' : type === 'array' ? 'an array' : type === 'object' ? 'an object' : `a ${type}`;
    return `${text} (${what} was thrown, not an Error; throw new Error("…") gives a line number and stack)`;
  },
  importNotAllowed: 'import and export are not available in cells (tf and show are already in scope)',
  uncaughtInCallback: 'Uncaught error in a callback',
  unhandledRejection: 'Unhandled promise rejection',
  tooManyOutputs: (limit: number) => `too many outputs: more than ${formatNumber(limit)} show(…) calls in one run`,
} as const;

/** Hints for the TF.js and JavaScript errors readers hit most in these lessons (src/lib/notebook/hints.ts). */
export const hintStrings = {
  rank4Input: (op: string) => `${op} wants an input of shape [batch, height, width, channels]; check x.shape (a single image needs x.expandDims(0)).`,
  rankInput: (op: string, rank: string) => `${op} wants a rank-${rank} tensor; check x.shape and reshape it.`,
  channelMismatch: (op: string, input: string, filter: string, lastAxis: 'chMul' | 'outChannels') =>
    `${op}: the input has ${input} channels but the filter expects ${filter}; the filter's shape is [filterHeight, filterWidth, inChannels, ${lastAxis}].`,
  filterRank: (op: string, rank: string) =>
    `${op}'s filter is rank ${rank}: [filterHeight, filterWidth, inChannels, chMul] for depthwise, [filterHeight, filterWidth, inChannels, outChannels] for conv2d.`,
  broadcast: (a: string, b: string) => `Shapes [${a}] and [${b}] do not broadcast: trailing dimensions must be equal or 1.`,
  matMul: (a: string, b: string) => `matMul multiplies [m, k] by [k, n]: the inner sizes ${a} and ${b} must be equal (transpose one operand or fix a shape).`,
  reshape: (size: string, shape: string) => `A tensor of ${size} values cannot take shape [${shape}]; the product of the shape must be ${size}.`,
  disposed: 'This tensor was freed (by .dispose() or tf.tidy) before it was used; keep it with tf.keep() or use it inside the tidy.',
  recursion: 'A function calls itself without stopping; check the recursion’s base case.',
  memory: 'That allocation is too large for the browser; use smaller shapes. If later runs fail too, use Restart runtime.',
  notDefined: (name: string) => `If ${name} is defined in an earlier cell, run that cell first (Run all above).`,
} as const;
