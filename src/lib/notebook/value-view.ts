/**
 * Any JavaScript value turned into a plain, bounded, cloneable description for the page:
 * cycles, functions, symbols, huge arrays and exotic objects all become readable text, so
 * showing a value can never fail to cross `postMessage`.
 */
import { valueStrings } from '../strings/cell-output';

/** A plain-data description of one value; `tensor` views are produced by the worker's hook. */
export type ValueView =
  | { kind: 'primitive'; text: string; type: 'number' | 'string' | 'boolean' | 'undefined' | 'null' | 'bigint' | 'symbol' }
  | { kind: 'array'; label: string; length: number; items: ValueView[] }
  | { kind: 'object'; label: string; entries: Array<[string, ValueView]>; more: number }
  | { kind: 'function'; text: string }
  | { kind: 'error'; text: string }
  | { kind: 'opaque'; text: string }
  | { kind: 'tensor'; shape: number[]; dtype: string; stats?: { min: number; max: number; mean: number }; preview: string; disposed?: boolean };

/** Limits of a view: items per array, keys per object, nesting depth, string length. */
export interface ViewLimits {
  items: number;
  keys: number;
  depth: number;
  stringLength: number;
}

/** Options of {@link toValueView}: limits and a hook that may describe special values (tensors). */
export interface ViewOptions {
  limits?: Partial<ViewLimits>;
  describe?: (value: unknown) => ValueView | undefined;
}

const DEFAULT_LIMITS: ViewLimits = { items: 20, keys: 30, depth: 4, stringLength: 2000 };

/** Formats a number the way a reader expects: integers as is, others to 6 significant digits. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value) || !Number.isFinite(value)) return String(value);
  const text = Math.abs(value) < 1e-4 || Math.abs(value) >= 1e6 ? value.toExponential(4) : String(Number(value.toPrecision(6)));
  return text;
}

function clip(text: string, limit: number): string {
  return text.length > limit ? `${text.slice(0, limit)}… (${text.length} characters)` : text;
}

function primitiveView(value: unknown, limits: ViewLimits): ValueView | undefined {
  if (value === null) return { kind: 'primitive', type: 'null', text: 'null' };
  switch (typeof value) {
    case 'undefined': return { kind: 'primitive', type: 'undefined', text: 'undefined' };
    case 'number': return { kind: 'primitive', type: 'number', text: formatNumber(value) };
    case 'string': return { kind: 'primitive', type: 'string', text: clip(value, limits.stringLength) };
    case 'boolean': return { kind: 'primitive', type: 'boolean', text: String(value) };
    case 'bigint': return { kind: 'primitive', type: 'bigint', text: `${value}n` };
    case 'symbol': return { kind: 'primitive', type: 'symbol', text: value.toString() };
    case 'function': return { kind: 'function', text: `ƒ ${value.name || '(anonymous)'}(…)` };
    default: return undefined;
  }
}

function constructorName(value: object): string {
  try {
    const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
    return typeof name === 'string' && name ? name : 'Object';
  } catch {
    return 'Object';
  }
}

function safeEntries(value: object): Array<[string, unknown]> {
  try {
    return Object.keys(value).map((key) => [key, (value as Record<string, unknown>)[key]]);
  } catch (error) {
    return [['(unreadable)', error instanceof Error ? error.message : String(error)]];
  }
}

function view(value: unknown, options: Required<Pick<ViewOptions, 'describe'>> & { limits: ViewLimits }, seen: Set<object>, depth: number): ValueView {
  const primitive = primitiveView(value, options.limits);
  if (primitive) return primitive;
  const object = value as object;
  const special = options.describe(value);
  if (special) return special;
  if (seen.has(object)) return { kind: 'opaque', text: '[circular]' };
  if (object instanceof Error) return { kind: 'error', text: `${object.name}: ${object.message}` };
  if (object instanceof Date) return { kind: 'opaque', text: Number.isNaN(object.getTime()) ? 'Invalid Date' : object.toISOString() };
  if (object instanceof RegExp) return { kind: 'opaque', text: String(object) };
  if (object instanceof Promise) return { kind: 'opaque', text: valueStrings.promise };
  if (object instanceof WeakMap || object instanceof WeakSet) return { kind: 'opaque', text: valueStrings.unlisted(constructorName(object)) };
  const label = constructorName(object);
  if (depth >= options.limits.depth) return { kind: 'opaque', text: Array.isArray(object) ? `Array(${object.length})` : label };
  seen.add(object);
  try {
    if (Array.isArray(object) || ArrayBuffer.isView(object) || object instanceof Set) {
      const all = object instanceof Set ? [...object] : Array.from(object as ArrayLike<unknown>);
      const items = all.slice(0, options.limits.items).map((item) => view(item, options, seen, depth + 1));
      return { kind: 'array', label: Array.isArray(object) ? 'Array' : label, length: all.length, items };
    }
    const source = object instanceof Map ? [...object].map(([key, item]) => [String(key), item] as [string, unknown]) : safeEntries(object);
    const entries = source.slice(0, options.limits.keys).map(([key, item]) => [key, view(item, options, seen, depth + 1)] as [string, ValueView]);
    return { kind: 'object', label, entries, more: Math.max(0, source.length - entries.length) };
  } finally {
    seen.delete(object);
  }
}

/** Describes `value` as a bounded ValueView; never throws. */
export function toValueView(value: unknown, options: ViewOptions = {}): ValueView {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  try {
    return view(value, { limits, describe: options.describe ?? (() => undefined) }, new Set(), 0);
  } catch (error) {
    return { kind: 'opaque', text: valueStrings.undescribable(error instanceof Error ? error.message : String(error)) };
  }
}

/** Text of a view as a reader sees it in the output, e.g. `[1, 2, 3]` or `{ a: 1 }`. */
export function formatValueView(value: ValueView): string {
  switch (value.kind) {
    case 'primitive': return value.type === 'string' ? JSON.stringify(value.text) : value.text;
    case 'function': case 'error': case 'opaque': return value.text;
    case 'array': {
      const more = value.length > value.items.length ? `, … ${value.length - value.items.length} more` : '';
      const prefix = value.label === 'Array' ? '' : `${value.label}(${value.length}) `;
      return `${prefix}[${value.items.map(formatValueView).join(', ')}${more}]`;
    }
    case 'object': {
      const body = value.entries.map(([key, item]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${formatValueView(item)}`);
      if (value.more > 0) body.push(`… ${value.more} more`);
      const prefix = value.label === 'Object' ? '' : `${value.label} `;
      return body.length === 0 ? `${prefix}{}` : `${prefix}{ ${body.join(', ')} }`;
    }
    case 'tensor': {
      if (value.disposed) return valueStrings.disposedTensor(value.shape.join(', '), value.dtype);
      const stats = value.stats ? valueStrings.tensorStats(formatNumber(value.stats.min), formatNumber(value.stats.max), formatNumber(value.stats.mean)) : '';
      return `${valueStrings.tensor(value.shape.join(', '), value.dtype)}${stats}\n${value.preview}`;
    }
  }
}
