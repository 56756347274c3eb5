/**
 * Reading lab results files (`depthwise-lab-results`, docs/lab-results-schema.md) through their one
 * schema (./results-schema.ts): the lab's import, its history, the class page and the build (the
 * teaching page's sample) all read through {@link LAB_RESULTS_FORMAT}. Loaded only where a file is
 * read — never in a page's first bundle.
 *
 * Version 2 added the timing loop's own figures (each result's plain back-to-back time and the
 * loop's cost per run, each backend's loop cost), the GPU a backend ran on, and the machine's own
 * probes. A version 1 file did not record them: reading one records them as not recorded (null),
 * never guessed. Version 1 files as older labs wrote them were also checked only in part (a
 * backend's name, the environment's user agent and cores), so they may lack what was never checked
 * (backend flags and availability, the rest of the environment); that too is recorded as not recorded.
 */
import * as z from 'zod/mini';
import { BackendNameSchema } from '../jobs/backend-event';
import { migration, readFormat, type FileFormat, type FormatOutcome } from '../formats/versioned';
import { readJsonItems } from '../formats/json-text';
import { formatStrings } from '../strings/formats';
import { MAX_RESULTS_BYTES, RESULTS_SCHEMA, RESULTS_VERSION } from './results';
import { BackendInfoSchema, EnvironmentSchema, LabRunSchema, OpResultSchema, RUN_FIELDS, type LabRun } from './results-schema';

/** A version 1 op result: version 2's without the loop's figures. */
const OpResultV1Schema = z.omit(OpResultSchema, { backToBackMs: true, loopOverheadMs: true });

/** A version 1 run as older labs wrote it: only a backend's name and the environment's user agent and cores were checked. */
const LabRunAsWrittenV1Schema = z.object({
  ...RUN_FIELDS,
  version: z.literal(1),
  environment: z.extend(z.partial(EnvironmentSchema), { userAgent: z.string(), hardwareConcurrency: z.number() }),
  backends: z.array(z.extend(z.partial(z.omit(BackendInfoSchema, { gpu: true, loopOverhead: true })), { name: BackendNameSchema })),
  results: z.array(OpResultV1Schema),
});

/** Version 1 → version 2: what the file did not record is recorded as not recorded (null, empty flags), never guessed. */
const fromV1 = migration(1, LabRunAsWrittenV1Schema, (run) => ({
  ...run,
  version: 2,
  environment: {
    crossOriginIsolated: null, webglRenderer: null, timerResolutionMs: null, tfjsVersion: '', ...run.environment,
  },
  backends: run.backends.map((backend) => ({
    // A backend without its availability recorded was available if anything was measured on it.
    available: [...run.results, ...run.roofline].some((item) => item.backend === backend.name),
    flags: {},
    ...backend,
    gpu: null,
    loopOverhead: null,
  })),
  results: run.results.map((result) => ({ ...result, backToBackMs: null, loopOverheadMs: null })),
  machineProbes: null,
}));

/** The lab results format: the current schema and the migrations from older versions. */
export const LAB_RESULTS_FORMAT: FileFormat<typeof LabRunSchema> = {
  marker: { field: 'schema', value: RESULTS_SCHEMA, foreign: formatStrings.labResultsForeign },
  versionField: 'version',
  version: RESULTS_VERSION,
  schema: LabRunSchema,
  migrations: [fromV1],
};

/** A run as read from a file, or the reader-facing reason it was refused. */
export type ParseOutcome = { ok: true; run: LabRun } | { ok: false; error: string };

function outcomeOf(read: FormatOutcome<LabRun>): ParseOutcome {
  return read.ok ? { ok: true, run: read.value } : read;
}

/** Reads one parsed item of a results file (a run of any known version, upgraded to the current one). */
export function readRun(data: unknown): ParseOutcome {
  return outcomeOf(readFormat(LAB_RESULTS_FORMAT, data));
}

/**
 * Parses and checks the text of a one-run results file of `byteLength` bytes (defaults to the text's
 * length); refuses huge, truncated, foreign, future-version or incomplete files with a reason.
 */
export function parseResults(text: string, byteLength = text.length): ParseOutcome {
  const read = readJsonItems(text, { maxBytes: MAX_RESULTS_BYTES, byteLength });
  if (!read.ok) return read;
  // A list is not a one-run file: it is refused as foreign.
  return readRun(text.trimStart().startsWith('[') ? read.items : read.items[0]);
}

/** The runs of a results file's text (one run or a JSON list of runs), or the reason the whole file is refused. */
export function readResultsFile(text: string, byteLength = text.length): { ok: true; runs: LabRun[] } | { ok: false; error: string } {
  const read = readJsonItems(text, { maxBytes: MAX_RESULTS_BYTES, byteLength });
  if (!read.ok) return read;
  const runs: LabRun[] = [];
  for (const item of read.items) {
    const outcome = readRun(item);
    if (!outcome.ok) return outcome;
    runs.push(outcome.run);
  }
  return { ok: true, runs };
}

