/**
 * The display table: every kind of block a cell's output can hold, with the schema of its payload.
 *
 * A display crosses the worker boundary as `{ kind, payload }` (src/lib/jobs/protocol.ts keeps the
 * envelope generic, so a new visual needs no protocol change). This table is where a kind's payload
 * gets its type and its runtime check: the worker's `display`/`emit` take `DisplayPayloads[K]`, and
 * the page checks a payload with its kind's schema before a renderer sees it, so no renderer casts.
 * To add a visual, add its schema here, emit it in the worker (src/workers/show/registry.ts) and
 * register its renderer on the page (src/client/cells/renderers.ts).
 *
 * The page loads it when a run starts (`prepareDisplays` in renderers.ts), beside the job client's
 * protocol and its zod/mini, never on first paint; the worker's side imports only its types.
 */
import * as z from 'zod/mini';
import { checkWith, issueSummary } from '../jobs/spec';
import { runtimeStrings } from '../strings/runtime';
import type { ValueView } from './value-view';

const count = z.int().check(z.minimum(0));
const size = z.int().check(z.minimum(1));
const float32 = z.custom<Float32Array>((value) => value instanceof Float32Array, { message: runtimeStrings.expectedTypedArray('Float32Array') });

/** A value view (src/lib/notebook/value-view.ts), recursive through arrays and objects. */
export const ValueViewSchema: z.ZodMiniType<ValueView> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('primitive'), text: z.string(), type: z.enum(['number', 'string', 'boolean', 'undefined', 'null', 'bigint', 'symbol']) }),
  z.object({ kind: z.literal('array'), label: z.string(), length: count, get items() { return z.array(ValueViewSchema); } }),
  z.object({ kind: z.literal('object'), label: z.string(), get entries() { return z.array(z.tuple([z.string(), ValueViewSchema])); }, more: count }),
  z.object({ kind: z.literal('function'), text: z.string() }),
  z.object({ kind: z.literal('error'), text: z.string() }),
  z.object({ kind: z.literal('opaque'), text: z.string() }),
  z.object({
    kind: z.literal('tensor'), shape: z.array(count), dtype: z.string(), preview: z.string(),
    stats: z.optional(z.object({ min: z.number(), max: z.number(), mean: z.number() })), disposed: z.optional(z.boolean()),
  }),
]);

/** `show.table(rows)`: cells already formatted as text; `total` counts the rows the reader passed (may exceed `rows.length`). */
export const TablePayloadSchema = z.object({ columns: z.array(z.string()), rows: z.array(z.array(z.string())), total: count, caption: z.optional(z.string()) });

/** One Observable Plot mark, as plain data: `Plot[mark](data, options)` on the page. */
export const PlotMarkSpecSchema = z.object({ mark: z.string(), data: z.optional(z.array(z.unknown())), options: z.optional(z.record(z.string(), z.unknown())) });

/** `show.plot(options)`: Plot's top-level options plus plain-data marks. */
export const PlotPayloadSchema = z.object({ marks: z.array(PlotMarkSpecSchema), options: z.record(z.string(), z.unknown()) });

/** `show.image(tensor)`: RGBA bytes (`width · height · 4` of them) and a text alternative. */
export const ImagePayloadSchema = z.object({
  width: size, height: size, label: z.string(),
  data: z.custom<Uint8ClampedArray>((value) => value instanceof Uint8ClampedArray, { message: runtimeStrings.expectedTypedArray('Uint8ClampedArray') }),
}).check(z.refine((image) => image.data.length === image.width * image.height * 4, { message: runtimeStrings.expectedImageBytes, path: ['data'] }));

/** `show.progress(value, max, label?)` and a job's progress line: `value` of `max`. */
export const ProgressPayloadSchema = z.object({ value: z.number(), max: z.number().check(z.positive()), label: z.optional(z.string()) });

/** `show.kernels(filter)`: a depthwise filter's shape and its values (src/lib/viz/payloads.ts builds and bounds it). */
export const KernelsPayloadSchema = z.object({ filterHeight: size, filterWidth: size, inChannels: size, chMul: size, values: float32 });

/** `show.featureMaps(tensor, title?)`: a [height, width, channels] tensor and an optional title. */
export const FeatureMapsPayloadSchema = z.object({ height: size, width: size, channels: size, values: float32, title: z.optional(z.string()) });

/** Each display kind's payload, as the worker sends it and the page's renderer receives it (each its schema's output). */
export interface DisplayPayloads {
  value: ValueView;
  table: z.output<typeof TablePayloadSchema>;
  plot: z.output<typeof PlotPayloadSchema>;
  image: z.output<typeof ImagePayloadSchema>;
  progress: z.output<typeof ProgressPayloadSchema>;
  kernels: z.output<typeof KernelsPayloadSchema>;
  featureMaps: z.output<typeof FeatureMapsPayloadSchema>;
}

/** A display kind the page can render. */
export type DisplayKind = keyof DisplayPayloads;

/** Every display kind and its payload's schema. */
export const DISPLAY_SCHEMAS: { readonly [K in DisplayKind]: z.ZodMiniType<DisplayPayloads[K]> } = {
  value: ValueViewSchema,
  table: TablePayloadSchema,
  plot: PlotPayloadSchema,
  image: ImagePayloadSchema,
  progress: ProgressPayloadSchema,
  kernels: KernelsPayloadSchema,
  featureMaps: FeatureMapsPayloadSchema,
};

/** Whether `kind` names a display kind of the table (a string off the wire may not). */
export function isDisplayKind(kind: string): kind is DisplayKind {
  return Object.hasOwn(DISPLAY_SCHEMAS, kind);
}

/** A payload checked against its kind's schema: the typed payload, or where it does not fit (`"rows.0": expected array`). */
export function checkDisplay<K extends DisplayKind>(kind: K, payload: unknown): { ok: true; payload: DisplayPayloads[K] } | { ok: false; reason: string } {
  const checked = checkWith<z.ZodMiniType<DisplayPayloads[K]>>(DISPLAY_SCHEMAS[kind], payload);
  return checked.ok ? { ok: true, payload: checked.value } : { ok: false, reason: issueSummary(checked.issues) };
}
