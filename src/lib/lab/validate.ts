// Reading a results file someone hands us: every refusal says what is wrong, in plain words.
import { labStrings } from '../strings/lab';
import { OP_KINDS } from './ops';
import { LAB_BACKENDS, RESULTS_SCHEMA, RESULTS_VERSION, type LabRun } from './results';

/** Largest results file accepted, in bytes (a full MobileNet run with history is well under 1 MB). */
export const MAX_RESULTS_BYTES = 10 * 1024 * 1024;

/** Outcome of reading a results file: the run, or a reader-facing reason it was refused. */
export type ParseOutcome = { ok: true; run: LabRun } | { ok: false; error: string };

type Json = Record<string, unknown>;

class Invalid extends Error {}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function field(parent: Json, key: string, path: string): unknown {
  if (!(key in parent) || parent[key] === undefined) throw new Invalid(labStrings.importMissing(`${path}${key}`));
  return parent[key];
}

function num(parent: Json, key: string, path: string, nullable = false): void {
  const value = field(parent, key, path);
  if (nullable && value === null) return;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Invalid(labStrings.importWrongType(`${path}${key}`, 'a number'));
}

function str(parent: Json, key: string, path: string): void {
  if (typeof field(parent, key, path) !== 'string') throw new Invalid(labStrings.importWrongType(`${path}${key}`, 'text'));
}

function oneOf(parent: Json, key: string, path: string, allowed: readonly string[]): void {
  const value = field(parent, key, path);
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw new Invalid(labStrings.importWrongType(`${path}${key}`, `one of ${allowed.join(', ')}`));
  }
}

function obj(parent: Json, key: string, path: string): Json {
  const value = field(parent, key, path);
  if (!isObject(value)) throw new Invalid(labStrings.importWrongType(`${path}${key}`, 'an object'));
  return value;
}

function list(parent: Json, key: string, path: string): unknown[] {
  const value = field(parent, key, path);
  if (!Array.isArray(value)) throw new Invalid(labStrings.importWrongType(`${path}${key}`, 'a list'));
  return value;
}

function eachObject(items: unknown[], path: string, check: (item: Json, itemPath: string) => void): void {
  items.forEach((item, index) => {
    const itemPath = `${path}[${index}].`;
    if (!isObject(item)) throw new Invalid(labStrings.importWrongType(`${path}[${index}]`, 'an object'));
    check(item, itemPath);
  });
}

function checkSummary(parent: Json, path: string): void {
  const summary = obj(parent, 'summary', path);
  for (const key of ['count', 'median', 'p10', 'p90', 'min', 'max', 'mean', 'cv']) num(summary, key, `${path}summary.`);
}

function checkResult(result: Json, path: string): void {
  str(result, 'opId', path);
  oneOf(result, 'kind', path, OP_KINDS);
  oneOf(result, 'backend', path, LAB_BACKENDS);
  const layer = obj(result, 'layer', path);
  for (const key of ['batch', 'inHeight', 'inWidth', 'inChannels', 'outChannels', 'filterSize', 'chMul', 'stride']) num(layer, key, `${path}layer.`);
  oneOf(layer, 'pad', `${path}layer.`, ['valid', 'same']);
  for (const key of ['macs', 'bytes', 'intensity', 'reps', 'firstRunMs', 'gmacPerSecond', 'gbPerSecond']) num(result, key, path);
  num(result, 'kernelMs', path, true);
  num(result, 'maxAbsDiff', path, true);
  list(result, 'samplesMs', path);
  checkSummary(result, path);
}

function checkRun(data: Json): LabRun {
  str(data, 'id', '');
  str(data, 'createdAt', '');
  str(data, 'machine', '');
  str(data, 'preset', '');
  oneOf(data, 'status', '', ['complete', 'cancelled', 'failed']);
  const settings = obj(data, 'settings', '');
  for (const key of ['warmups', 'runs', 'timeBudgetMs']) num(settings, key, 'settings.');
  const environment = obj(data, 'environment', '');
  str(environment, 'userAgent', 'environment.');
  num(environment, 'hardwareConcurrency', 'environment.');
  eachObject(list(data, 'backends', ''), 'backends', (backend, path) => oneOf(backend, 'name', path, LAB_BACKENDS));
  eachObject(list(data, 'results', ''), 'results', checkResult);
  eachObject(list(data, 'roofline', ''), 'roofline', (probe, path) => {
    oneOf(probe, 'backend', path, LAB_BACKENDS);
    oneOf(probe, 'probe', path, ['bandwidth', 'compute']);
    num(probe, 'value', path);
    checkSummary(probe, path);
  });
  return data as unknown as LabRun;
}

function checkVersion(data: unknown): Json {
  if (!isObject(data) || data.schema !== RESULTS_SCHEMA) throw new Invalid(labStrings.importForeign);
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new Invalid(labStrings.importBadVersion(String(version)));
  if (version > RESULTS_VERSION) throw new Invalid(labStrings.importFutureVersion(version, RESULTS_VERSION));
  return data;
}

/**
 * Parses and checks the text of a results file of `byteLength` bytes (defaults to the text's
 * length); refuses huge, truncated, foreign, future-version or incomplete files with a reason.
 */
export function parseResults(text: string, byteLength = text.length): ParseOutcome {
  if (byteLength > MAX_RESULTS_BYTES) return { ok: false, error: labStrings.importTooLarge(byteLength, MAX_RESULTS_BYTES) };
  if (text.trim() === '') return { ok: false, error: labStrings.importEmpty };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: labStrings.importNotJson(error instanceof Error ? error.message : String(error)) };
  }
  try {
    return { ok: true, run: checkRun(checkVersion(data)) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message };
    throw error;
  }
}
