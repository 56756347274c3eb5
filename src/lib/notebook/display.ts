/**
 * Payloads of the built-in display kinds (`table`, `plot`, `image`) and the pure code that builds
 * and validates them in the worker; their types come from the display table (./display-schemas.ts),
 * which the page checks them with.
 */
import type * as z from 'zod/mini';
import type { ImagePayloadSchema, PlotMarkSpecSchema, PlotPayloadSchema, TablePayloadSchema } from './display-schemas';
import { formatValueView, toValueView } from './value-view';
import { valueStrings } from '../strings/cell-output';

/** `show.table(rows)`: cells already formatted as text, at most `MAX_TABLE_ROWS` rows. */
export type TablePayload = z.output<typeof TablePayloadSchema>;

/** One Observable Plot mark, as plain data: `Plot[mark](data, options)` on the page. */
export type PlotMarkSpec = z.output<typeof PlotMarkSpecSchema>;

/** `show.plot(options)`: Plot's top-level options plus plain-data marks. */
export type PlotPayload = z.output<typeof PlotPayloadSchema>;

/** `show.image(tensor)`: RGBA pixels of a [height, width] image and a text alternative. */
export type ImagePayload = z.output<typeof ImagePayloadSchema>;

/** Rows beyond this are counted but not sent. */
export const MAX_TABLE_ROWS = 500;
/** Plots with more data points than this (over all marks) are refused: drawing them would block the page. */
export const MAX_PLOT_POINTS = 50_000;
/** Images larger than this many pixels are refused. */
const MAX_IMAGE_PIXELS = 2048 * 2048;

/** Marks `show.plot` accepts: Plot's data marks that take `(data, options)`. */
export const PLOT_MARKS = new Set([
  'area', 'areaX', 'areaY', 'barX', 'barY', 'cell', 'cellX', 'cellY', 'dot', 'dotX', 'dotY', 'line', 'lineX', 'lineY',
  'rect', 'rectX', 'rectY', 'ruleX', 'ruleY', 'text', 'textX', 'textY', 'tickX', 'tickY', 'frame', 'gridX', 'gridY',
  'axisX', 'axisY', 'raster', 'link', 'arrow', 'vector', 'image',
]);

function cellText(value: unknown): string {
  return typeof value === 'string' ? value : formatValueView(toValueView(value, { limits: { items: 8, keys: 8, depth: 2 } }));
}

/** Builds a table from an array of objects (columns = union of keys) or of arrays (columns = indices). */
export function tableFromRows(rows: unknown, caption?: string): TablePayload {
  if (!Array.isArray(rows)) throw new TypeError(`invalid rows: ${cellText(rows)} (show.table expects an array of objects or arrays)`);
  const kept = rows.slice(0, MAX_TABLE_ROWS);
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const row of kept) {
    const keys = Array.isArray(row) ? row.map((_, index) => String(index)) : row && typeof row === 'object' ? Object.keys(row) : ['value'];
    for (const key of keys.filter((name) => !seen.has(name))) {
      seen.add(key);
      columns.push(key);
    }
  }
  const body = kept.map((row) =>
    columns.map((column) => {
      if (row === null || typeof row !== 'object') return column === 'value' ? cellText(row) : '';
      const value = (row as Record<string, unknown>)[column];
      return value === undefined ? '' : cellText(value);
    }),
  );
  return { columns, rows: body, total: rows.length, ...(caption ? { caption } : {}) };
}

/** Throws `invalid plot option <path>: …` unless `value` is plain data that can cross to the page. */
function assertPlainData(value: unknown, path: string, depth = 0): void {
  if (typeof value === 'function') throw new TypeError(`invalid plot option ${path}: a function cannot cross to the page; name a data field instead (e.g. x: "time")`);
  if (typeof value === 'symbol' || typeof value === 'bigint') throw new TypeError(`invalid plot option ${path}: ${String(value)}`);
  if (value === null || typeof value !== 'object' || value instanceof Date) return;
  if (depth > 6) throw new TypeError(`invalid plot option ${path}: nested too deeply`);
  if (ArrayBuffer.isView(value)) return;
  for (const [key, item] of Object.entries(value)) assertPlainData(item, `${path}.${key}`, depth + 1);
}

/** Validates `show.plot` options: `marks` is an array of `{ mark, data?, options? }` with known mark names, all plain data. */
export function plotPayload(spec: unknown): PlotPayload {
  if (!spec || typeof spec !== 'object') throw new TypeError(`invalid plot options: ${cellText(spec)} (show.plot expects { marks: [...] })`);
  const { marks, ...options } = spec as { marks?: unknown };
  if (!Array.isArray(marks) || marks.length === 0) throw new TypeError(`invalid plot marks: ${cellText(marks)} (expected e.g. [{ mark: 'line', data, options: { x: 'x', y: 'y' } }])`);
  const checked = marks.map((mark: unknown, index) => {
    const { mark: name, data, options: markOptions } = (mark ?? {}) as PlotMarkSpec;
    if (typeof name !== 'string' || !PLOT_MARKS.has(name)) throw new TypeError(`invalid plot mark: ${cellText(name)} (marks[${index}].mark must be one of ${[...PLOT_MARKS].slice(0, 8).join(', ')}, …)`);
    if (data !== undefined && !Array.isArray(data) && !ArrayBuffer.isView(data)) throw new TypeError(`invalid plot data: marks[${index}].data must be an array`);
    const plainData = data === undefined ? undefined : Array.from(data as ArrayLike<unknown>);
    assertPlainData(plainData, `marks[${index}].data`);
    assertPlainData(markOptions, `marks[${index}].options`);
    return { mark: name, ...(plainData ? { data: plainData } : {}), ...(markOptions ? { options: markOptions } : {}) };
  });
  assertPlainData(options, 'options');
  const points = checked.reduce((sum, mark) => sum + (mark.data?.length ?? 0), 0);
  if (points > MAX_PLOT_POINTS) throw new RangeError(`invalid plot data: ${points} points (at most ${MAX_PLOT_POINTS}; sample or aggregate first)`);
  return { marks: checked, options };
}

/** Converts image values of shape [height, width] or [height, width, 1|3|4] to RGBA; floats in [0, 1] scale to 255, others clip to 0..255. */
export function imagePayload(options: { shape: readonly number[]; values: ArrayLike<number>; label?: string }): ImagePayload {
  const shape = options.shape[0] === 1 && options.shape.length === 4 ? options.shape.slice(1) : options.shape;
  const [height = 0, width = 0, channels = 1] = shape;
  if ((shape.length !== 2 && shape.length !== 3) || ![1, 3, 4].includes(channels)) {
    throw new TypeError(`invalid image shape: [${options.shape.join(', ')}] (show.image expects [height, width], [height, width, 1|3|4] or [1, height, width, channels])`);
  }
  if (height * width > MAX_IMAGE_PIXELS) throw new RangeError(`invalid image shape: [${options.shape.join(', ')}] is more than ${MAX_IMAGE_PIXELS} pixels`);
  let max = -Infinity;
  for (let index = 0; index < options.values.length; index++) max = Math.max(max, Number(options.values[index]));
  const scale = max <= 1 ? 255 : 1;
  const data = new Uint8ClampedArray(height * width * 4);
  for (let pixel = 0; pixel < height * width; pixel++) {
    for (let channel = 0; channel < 4; channel++) {
      const source = channels === 1 ? (channel < 3 ? 0 : -1) : channel < channels ? channel : -1;
      data[pixel * 4 + channel] = source === -1 ? 255 : Number(options.values[pixel * channels + source]) * scale;
    }
  }
  return { width, height, data, label: options.label ?? valueStrings.imageLabel(height, width, channels) };
}
