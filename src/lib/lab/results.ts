/**
 * The lab results format's names and constants. Its schema, whose output are the types of a run
 * (`LabRun`, `OpResult`, …), is ./results-schema.ts, and its readers ./results-format.ts; this
 * module has no schema code, so any page may import it.
 */
import { MB } from '../strings/units';
import type { BackendName } from '../backends';

/** A backend the lab can time, named as TF.js names it (the site's one list of backends). */
export type LabBackend = BackendName;

/** Every backend the lab knows, cpu first because its outputs are the correctness reference. */
export const LAB_BACKENDS: readonly LabBackend[] = ['cpu', 'wasm', 'webgl', 'webgpu'];

/** The `schema` value every results file carries. */
export const RESULTS_SCHEMA = 'depthwise-lab-results';

/** The results format version this code writes and reads (a file of an older version would be read and upgraded). */
export const RESULTS_VERSION = 2;

/** Largest results file accepted, in bytes (a full MobileNet run with history is well under 1 MB). */
export const MAX_RESULTS_BYTES = 10 * MB;
