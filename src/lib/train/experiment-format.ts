/**
 * The experiment's results file, format 2: one zod/mini schema (the types below are `z.infer` of it) for
 * what `npm run train:reference` writes, what the build reads for /effective/ and what a reader's own
 * run exports. Every run is stored flat — configuration, network, seed — with its per-epoch training and
 * validation figures and each test digit's predicted label, so any statistic can be recomputed later.
 * Version rule: a new optional field keeps `format: 2` (older files simply lack it); renaming, removing
 * or changing the meaning or unit of a field makes format 3, with a reader for format 2.
 */
import * as z from 'zod/mini';
import { assertFormat, type FileFormat } from '../formats/versioned';
import { CONFIG_NAMES } from './config';
import { TrainConfigSchema } from './config-schema';
import { EXPERIMENT_NETWORK_IDS } from './networks';
import { formatStrings } from '../strings/formats';

const refusals = formatStrings.experiment;

const probability = z.number().check(z.gte(0), z.lte(1));
const count = z.int().check(z.gte(0));

/** A network's name in a results file. */
export const ExperimentNetworkIdSchema = z.enum(EXPERIMENT_NETWORK_IDS);

/** A configuration's name in a results file. */
export const ConfigNameSchema = z.enum(CONFIG_NAMES);

/** Digits 0–9 written as one string, one character per test digit, in test order ("7210…"): 2,000 characters, not 4,000 of JSON array. */
export const DigitStringSchema = z.string().check(z.regex(/^[0-9]*$/, refusals.digitString));

/** One finished epoch of a run: training figures (means over the epoch's batches), validation figures after it, time. */
export const RunEpochSchema = z.object({
  epoch: z.int().check(z.gte(1)),
  /** Adam's step size during this epoch. */
  learningRate: z.number(),
  loss: z.number(),
  accuracy: probability,
  validationLoss: z.number(),
  /** Standard error of the validation loss over the validation digits. */
  validationLossStandardError: z.number(),
  validationAccuracy: probability,
  /** Wall time of the epoch's training batches, in seconds (validation excluded). */
  seconds: z.number(),
  /** Median ms per batch in this epoch. */
  msPerBatch: z.number(),
});

/** One run: a network trained once under a named configuration with one seed, then scored once on the test digits. */
export const ExperimentRunSchema = z.object({
  configuration: ConfigNameSchema,
  network: ExperimentNetworkIdSchema,
  seed: count,
  epochs: z.array(RunEpochSchema),
  /** Share of the test digits classified correctly after the last epoch, 0–1. */
  testAccuracy: probability,
  /** Each test digit's predicted label, in test order. */
  testPredictions: DigitStringSchema,
  /** Median ms per batch over the whole run. */
  msPerBatch: z.number(),
  wallSeconds: z.number(),
});

/** Which digits were used: the pack's split seed, the validation carve's seed, and the three parts' sizes. */
export const SplitSchema = z.object({ packSeed: count, validationSeed: count, trainCount: count, validationCount: count, testCount: count });

/** The configurations of a results file, by name, without the per-run seed. */
const ConfigurationsSchema = z.partialRecord(ConfigNameSchema, z.omit(TrainConfigSchema, { seed: true }));

/** The results file, format 2. */
export const ExperimentResultsSchema = z.object({
  format: z.literal(2),
  createdAt: z.string(),
  /** The TF.js backend every run trained on, and the versions that trained it. */
  backend: z.string(),
  versions: z.record(z.string(), z.string()),
  cores: count,
  /** Wall time of the whole reference, in seconds (the longest process, when processes ran side by side). */
  wallSeconds: z.number(),
  split: SplitSchema,
  /** The true label of each test digit, in test order: runs' predictions are scored against these. */
  testLabels: DigitStringSchema,
  configurations: ConfigurationsSchema,
  networks: z.partialRecord(ExperimentNetworkIdSchema, z.object({ parameters: count, multiplyAdds: count })),
  runs: z.array(ExperimentRunSchema),
  /** Per network, the run whose weights ship (public/train/models/<network>.json); empty in a reader's export. */
  shipped: z.partialRecord(ExperimentNetworkIdSchema, z.object({ configuration: ConfigNameSchema, seed: count, model: z.string() })),
  /**
   * Optional, written by a reader's export from /train/ (added without a version change: files without it
   * read as before): the browser, operating system and cores ("Chrome on Linux, 2 cores").
   */
  device: z.optional(z.string()),
  /** Optional, a reader's export: whether wasm trained with several threads. */
  threads: z.optional(z.boolean()),
}).check(z.superRefine((file, context) => {
  const seen = new Set<string>();
  file.runs.forEach((run, index) => {
    const issue = (message: string) => context.issues.push({ code: 'custom', input: run, path: ['runs', index], message: refusals.run(index, run.configuration, run.network, run.seed, message) });
    const key = `${run.configuration}/${run.network}/${run.seed}`;
    if (seen.has(key)) issue(refusals.duplicate);
    seen.add(key);
    const config = file.configurations[run.configuration];
    if (!config) issue(refusals.noConfiguration(run.configuration));
    else if (run.epochs.length !== config.epochs) issue(refusals.epochs(run.epochs.length, config.epochs));
    if (!file.networks[run.network]) issue(refusals.noCosts(run.network));
    if (run.testPredictions.length !== file.testLabels.length) issue(refusals.predictions(run.testPredictions.length, file.testLabels.length));
  });
}));

/** One epoch of a run (see {@link RunEpochSchema}). */
export type RunEpoch = z.infer<typeof RunEpochSchema>;
/** One run (see {@link ExperimentRunSchema}). */
export type ExperimentRun = z.infer<typeof ExperimentRunSchema>;
/** The results file, format 2 (see {@link ExperimentResultsSchema}). */
export type ExperimentResults = z.infer<typeof ExperimentResultsSchema>;

/** Parses a results file, throwing one message that names every bad field (`invalid results: …`). */
export function parseExperimentResults(data: unknown): ExperimentResults {
  const result = ExperimentResultsSchema.safeParse(data);
  if (result.success) return result.data;
  throw new Error(`invalid results: ${result.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`).join('; ')}`);
}

/** Writes labels 0–9 as a digit string. */
export function encodeDigits(labels: ArrayLike<number>): string {
  let text = '';
  for (let index = 0; index < labels.length; index += 1) {
    const label = labels[index] ?? -1;
    if (!(Number.isInteger(label) && label >= 0 && label <= 9)) throw new Error(`invalid label: ${label} at digit ${index}`);
    text += String(label);
  }
  return text;
}

/** Reads a digit string back into labels 0–9. */
export function decodeDigits(text: string): Uint8Array {
  if (!/^[0-9]*$/.test(text)) throw new Error(`invalid digit string: ${JSON.stringify(text.slice(0, 20))} (only the digits 0–9)`);
  return Uint8Array.from(text, (character) => character.charCodeAt(0) - 48);
}

/** The runs of one configuration and network, in seed order. */
export function runsOf(file: Pick<ExperimentResults, 'runs'>, configuration: ExperimentResults['runs'][number]['configuration'], network: ExperimentResults['runs'][number]['network']): ExperimentRun[] {
  return file.runs.filter((run) => run.configuration === configuration && run.network === network).sort((a, b) => a.seed - b.seed);
}

/**
 * Format 2 as a versioned file format (src/lib/formats/versioned.ts): the shipped reference and a reader's
 * exported runs are read through it. Format 1 (the shipped metrics before the validation split: no validation
 * figures, no per-digit predictions) has no migration — what it lacks cannot be recovered — so it is refused.
 */
export const EXPERIMENT_FORMAT: FileFormat<typeof ExperimentResultsSchema> = {
  versionField: 'format',
  version: 2,
  schema: ExperimentResultsSchema,
  migrations: [],
};

/** The results in `data` (the parsed file `file`); throws an Error naming the file and the field when they do not fit. */
export function readExperimentFile(data: unknown, file: string): ExperimentResults {
  return assertFormat(EXPERIMENT_FORMAT, data, file);
}
