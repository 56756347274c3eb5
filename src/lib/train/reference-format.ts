/**
 * The shipped training metrics' format (src/data/train-reference.json, written by
 * `npm run train:reference`) as its one schema: `ReferenceMetrics` and its parts are this schema's
 * output; the writer types what it writes with it, and the build and the tests read the file
 * through {@link TRAIN_REFERENCE_FORMAT}, so a malformed file stops the build naming the file and the
 * field. Version 1 is the only one so far; a change adds a version and a migration (../formats/versioned.ts).
 */
import * as z from 'zod/mini';
import { BackendNameSchema } from '../jobs/backend-event';
import { assertFormat, type FileFormat } from '../formats/versioned';
import { NETWORK_IDS } from './networks';

const probability = z.number().check(z.gte(0), z.lte(1));

/** One finished epoch of one network in format 1 (test accuracy after every epoch; format 2 scores validation instead): the loss and accuracy, the test accuracy (0–1), the wall seconds of its batches and their median ms. */
export const ReferenceEpochSchema = z.object({
  epoch: z.int(),
  loss: z.number(),
  accuracy: z.number(),
  testAccuracy: probability,
  /** Wall time of the epoch's training batches, in seconds (test evaluation excluded). */
  seconds: z.number(),
  /** Median ms per batch in this epoch. */
  msPerBatch: z.number(),
});

/** One seed's run of one network: its epochs, and its test accuracy (0–1) after the last one. */
export const ReferenceRunSchema = z.object({ seed: z.int(), epochs: z.array(ReferenceEpochSchema), testAccuracy: probability, wallSeconds: z.number() });

/** Everything written about one network: its cost, its runs, and the run whose weights ship (model file relative to the metrics). */
export const ReferenceNetworkSchema = z.object({
  parameters: z.int(),
  multiplyAdds: z.int(),
  runs: z.array(ReferenceRunSchema),
  shipped: z.object({ seed: z.int(), model: z.string(), testAccuracy: probability }),
});

/** The metrics file: setup (the training configuration without its seed), provenance and per-network results. */
export const ReferenceMetricsSchema = z.object({
  format: z.literal(1),
  createdAt: z.string(),
  config: z.object({ trainCount: z.int(), testCount: z.int(), epochs: z.int(), batchSize: z.int(), learningRate: z.number() }),
  seeds: z.array(z.int()),
  backend: BackendNameSchema,
  versions: z.record(z.string(), z.string()),
  cores: z.int(),
  wallSeconds: z.number(),
  networks: z.record(z.enum(NETWORK_IDS), ReferenceNetworkSchema),
});

/** The shipped metrics format. */
export const TRAIN_REFERENCE_FORMAT: FileFormat<typeof ReferenceMetricsSchema> = {
  versionField: 'format',
  version: 1,
  schema: ReferenceMetricsSchema,
  migrations: [],
};

/** The metrics in `data` (the parsed file `file`); throws an Error naming the file and the field when they do not fit. */
export function readTrainReference(data: unknown, file: string): z.infer<typeof ReferenceMetricsSchema> {
  return assertFormat(TRAIN_REFERENCE_FORMAT, data, file);
}
