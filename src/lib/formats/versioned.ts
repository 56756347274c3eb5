/**
 * A file format with a version number: its current schema (whose output type is the format's type),
 * and migrations, each reading files of one version as they may be found and turning them into the
 * next version's data — or, for the current version itself, into complete current data (files that
 * older code wrote under the current number but checked only in part).
 * Reading a file checks its marker and version, checks it with its own version's migration schema
 * (so a refusal names the field as the reader's file has it), applies every migration from there
 * on, and checks the outcome with the current schema: whatever comes out is a current value,
 * whatever went in.
 *
 * A format lives beside its feature (`src/lib/lab/results-format.ts`, `src/lib/lab/class-link-format.ts`,
 * `src/lib/train/experiment-format.ts`). To change one: add the new version's schema, move the old
 * schema into a migration that upgrades it, bump `version`, keep an old file as a test fixture.
 */
import type * as z from 'zod/mini';
import { checkWith, type Schema } from '../jobs/spec';
import { formatStrings } from '../strings/formats';
import { describeIssue } from './issues';

/** How files of one version are read: their schema as they may be found, and how that data becomes the next version's (or, for the current version, complete). */
export interface Migration<Old extends Schema = Schema> {
  readonly version: number;
  readonly schema: Old;
  /** Data of this version as the next version's data, or as complete data of the current version (checked next). */
  upgrade(data: z.output<Old>): unknown;
}

/** A migration from `version`, its `upgrade` typed by `schema`. */
export function migration<Old extends Schema>(version: number, schema: Old, upgrade: (data: z.output<Old>) => unknown): Migration<Old> {
  return { version, schema, upgrade };
}

/** A versioned file format. */
export interface FileFormat<Current extends Schema> {
  /** The top-level field and value every file of the format carries, and the refusal of a file without them. */
  readonly marker?: { readonly field: string; readonly value: string; readonly foreign: string };
  /** The top-level field holding the version number. */
  readonly versionField: string;
  /** The version this code writes. */
  readonly version: number;
  /** The current version's schema: its output is the format's type. */
  readonly schema: Current;
  /** Migrations, oldest version first: one for each older version, and one for the current version if its files need completing. */
  readonly migrations: readonly Migration[];
  /** How a refusal names a field's path (default: as written, `results[3].summary`). */
  readonly label?: (path: readonly PropertyKey[]) => string;
}

/** A file read by its format: its current value (and the version it was written in), or the sentence refusing it. */
export type FormatOutcome<T> = { ok: true; value: T; version: number } | { ok: false; error: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `data` (one item of a parsed file) read by `format`: checked, upgraded to the current version, checked again. */
export function readFormat<S extends Schema>(format: FileFormat<S>, data: unknown): FormatOutcome<z.output<S>> {
  const { marker } = format;
  if (!isRecord(data)) return { ok: false, error: marker?.foreign ?? formatStrings.wrongType('', formatStrings.expected.types.object) };
  if (marker && data[marker.field] !== marker.value) return { ok: false, error: marker.foreign };
  const version = data[format.versionField];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, error: formatStrings.badVersion(String(version)) };
  if (version > format.version) return { ok: false, error: formatStrings.futureVersion(version, format.version) };
  if (version < format.version && !format.migrations.some((step) => step.version === version)) return { ok: false, error: formatStrings.badVersion(String(version)) };
  let value: unknown = data;
  for (const step of format.migrations.filter((each) => each.version >= version)) {
    const checked = checkWith(step.schema, value);
    if (!checked.ok) return { ok: false, error: describeIssue(checked.issues, value, format.label) };
    value = step.upgrade(checked.value);
  }
  const checked = checkWith<S>(format.schema, value);
  return checked.ok ? { ok: true, value: checked.value, version } : { ok: false, error: describeIssue(checked.issues, value, format.label) };
}

/** `data` read by `format`, or an Error naming `file` and the field (for the build and scripts, where a bad file must stop them). */
export function assertFormat<S extends Schema>(format: FileFormat<S>, data: unknown, file: string): z.output<S> {
  const outcome = readFormat(format, data);
  if (!outcome.ok) throw new Error(formatStrings.inFile(file, outcome.error));
  return outcome.value;
}
