/**
 * Reader-sized summaries of tensor values, computed from a flat array and a shape, without TF.js.
 */
import { formatNumber, type ValueView } from './value-view';

/** Min, max and mean of the finite-or-not values (NaN if empty or any NaN). */
export function tensorStats(values: ArrayLike<number>): { min: number; max: number; mean: number } {
  if (values.length === 0) return { min: Number.NaN, max: Number.NaN, mean: Number.NaN };
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (let index = 0; index < values.length; index++) {
    const value = Number(values[index]);
    if (value < min) min = value;
    if (value > max) max = value;
    sum += value;
  }
  return { min, max, mean: sum / values.length };
}

function previewAxis(options: { values: ArrayLike<number>; shape: readonly number[]; axis: number; offset: number; edge: number }): string {
  const { values, shape, axis, offset, edge } = options;
  const size = shape[axis] ?? 1;
  const stride = shape.slice(axis + 1).reduce((product, dim) => product * dim, 1);
  const indices = size > edge * 2 ? [...range(edge), -1, ...range(edge).map((index) => size - edge + index)] : range(size);
  const parts = indices.map((index) => {
    if (index === -1) return '…';
    if (axis === shape.length - 1) return formatNumber(Number(values[offset + index]));
    return previewAxis({ values, shape, axis: axis + 1, offset: offset + index * stride, edge });
  });
  const separator = axis === shape.length - 1 ? ', ' : `,\n${' '.repeat(axis + 1)}`;
  return `[${parts.join(separator)}]`;
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index);
}

/** Nested-bracket preview of a tensor's values, showing `edge` entries at each end of every axis. */
export function previewValues(values: ArrayLike<number>, shape: readonly number[], edge = 3): string {
  if (shape.length === 0) return formatNumber(Number(values[0]));
  if (shape.some((dim) => dim === 0)) return '[]';
  return previewAxis({ values, shape, axis: 0, offset: 0, edge });
}

/** A tensor view for the output: shape, dtype, stats over numeric dtypes, and a clipped preview. */
export function tensorView(options: { shape: readonly number[]; dtype: string; values: ArrayLike<number> | readonly string[] }): ValueView {
  const { shape, dtype, values } = options;
  if (dtype === 'string') {
    const strings = Array.from(values as ArrayLike<string>, String);
    return { kind: 'tensor', shape: [...shape], dtype, preview: JSON.stringify(strings.slice(0, 20)) };
  }
  const numeric = values as ArrayLike<number>;
  return { kind: 'tensor', shape: [...shape], dtype, stats: tensorStats(numeric), preview: previewValues(numeric, shape) };
}
