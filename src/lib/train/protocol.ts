/**
 * The training worker's job group (src/workers/train.worker.ts): its jobs' inputs, events and
 * results as zod/mini schemas, so the worker checks what it is asked and the page checks what it
 * is told. Loaded with the worker (see src/lib/jobs/table.ts), never in a page's first bundle.
 */
import * as z from 'zod/mini';
import { BackendEventSchema, BackendNameSchema as BackendSchema } from '../jobs/backend-event';
import { NO_DETAIL } from '../jobs/protocol';
import type { JobGroup } from '../jobs/spec';
import { TrainConfigSchema } from './config-schema';
import { DigitStringSchema, RunEpochSchema, SplitSchema } from './experiment-format';
import { EXPERIMENT_NETWORK_IDS } from './networks';

const NetworkIdSchema = z.enum(EXPERIMENT_NETWORK_IDS);
const probability = z.number().check(z.gte(0), z.lte(1));

/** Where the worker fetches the site's assets (absolute URLs, so the worker needs no base path): the digit pack and each net's shipped weights. */
export const AssetsSchema = z.object({ pack: z.string(), models: z.object({ standard: z.string(), separable: z.string(), thin: z.string() }) });

/** Which weights answer a drawn or picked digit: the shipped reference nets, or those trained on this page. */
export const WeightsSchema = z.enum(['shipped', 'trained']);

/** Job `train`: train the listed networks one after the other on `backend`. */
export const TrainInputSchema = z.object({
  backend: BackendSchema,
  assets: AssetsSchema,
  networks: z.array(NetworkIdSchema).check(z.minLength(1)),
  config: TrainConfigSchema,
});

/** Event `download`: bytes of the digit pack received so far, of `total` (0 when the server does not say). */
export const DownloadEventSchema = z.object({ loaded: z.int(), total: z.int() });

/** Event `batch`: training progress after one batch: this batch's own loss and accuracy, and their means over the epoch so far. */
export const BatchEventSchema = z.object({
  network: NetworkIdSchema, epoch: z.int(), batch: z.int(), batchesPerEpoch: z.int(), epochs: z.int(),
  loss: z.number(), accuracy: z.number(), batchLoss: z.number(), batchAccuracy: z.number(), batchMs: z.number(),
});

/**
 * Event `epoch`: one epoch of one network, as the reference stores it (validation figures; the test digits
 * are scored once, at the end), and how many of its batches were trained: fewer than an epoch has when Stop
 * ended it early (a part-epoch, whose seconds are not an epoch's).
 */
export const EpochEventSchema = z.extend(RunEpochSchema, { network: NetworkIdSchema, batches: z.int() });

/** A test digit a network got wrong: its index in the test set, grey levels 0–255 (784), true and predicted digit. */
export const WrongDigitSchema = z.object({ index: z.int(), label: z.int(), predicted: z.int(), pixels: z.array(z.int()) });

/**
 * Event `network`: a network finished (or was stopped): everything a results file stores of its run
 * (every epoch, test accuracy, each test digit's predicted label, ms per batch, wall time) and what the
 * page shows of it (confusion matrix, wrong digits).
 */
export const NetworkEventSchema = z.object({
  network: NetworkIdSchema, stopped: z.boolean(), testAccuracy: probability, testCount: z.int(),
  /** Every epoch trained, in order; the last is a part-epoch when Stop ended it early (see `batches`). */
  epochs: z.array(EpochEventSchema),
  /** Each test digit's predicted label, in test order. */
  testPredictions: DigitStringSchema,
  /** 10 × 10 counts, row = true digit, column = predicted digit. */
  confusion: z.array(z.int()),
  wrong: z.array(WrongDigitSchema),
  /** Median ms per batch over the whole run. */
  msPerBatch: z.number(),
  /** Mean wall seconds of the network's whole epochs (0 when Stop came before the first ended): a part-epoch is left out. */
  secondsPerEpoch: z.number(),
  /** Wall seconds from building the network to its test score. */
  wallSeconds: z.number(),
});

/**
 * Result of `train`: whether Stop ended it early, which networks have trained weights now, and what a
 * results file says about where they ran: TF.js's versions, the digits' split and the test labels.
 */
export const TrainResultSchema = z.object({
  stopped: z.boolean(), trained: z.array(NetworkIdSchema),
  versions: z.record(z.string(), z.string()), split: SplitSchema, testLabels: DigitStringSchema,
});

/** Job `predict`: classify one 28 × 28 digit (grey levels 0–1, ink high) with every net of the chosen weights. */
export const PredictInputSchema = z.object({ assets: AssetsSchema, weights: WeightsSchema, pixels: z.array(z.number()).check(z.length(784)) });

/** Result of `predict`: whose weights answered and, per network they hold (trained weights: only the nets trained here), the predicted digit and the ten probabilities. */
export const PredictResultSchema = z.object({
  source: WeightsSchema,
  predictions: z.array(z.object({ network: NetworkIdSchema, digit: z.int(), probabilities: z.array(probability) })),
});

/** Job `test-digit`: one digit of the test set, for readers who pick rather than draw. */
export const TestDigitInputSchema = z.object({ assets: AssetsSchema, index: z.int().check(z.gte(0), z.lt(2000)) });

/** Result of `test-digit`: grey levels 0–255 and the true digit. */
export const TestDigitResultSchema = z.object({ pixels: z.array(z.int()), label: z.int() });

/** Job `inspect`: the separable net's learned depthwise kernels and the standard and separable nets' feature maps of test digit `index`, from the chosen weights. */
export const InspectInputSchema = z.object({ assets: AssetsSchema, weights: WeightsSchema, index: z.int().check(z.gte(0), z.lt(2000)) });

/** Job `check-shipped`: the shipped weights' accuracy on the test digits, computed in this browser. */
export const CheckShippedInputSchema = z.object({ assets: AssetsSchema, backend: BackendSchema });

/** Result of `check-shipped`: test accuracy per network, 0–1, and the backend that computed it. */
export const CheckShippedResultSchema = z.object({ backend: BackendSchema, standard: probability, separable: probability, thin: probability, testCount: z.int() });

/** The types of the schemas above. */
export type TrainInput = z.infer<typeof TrainInputSchema>;
export type TrainAssets = z.infer<typeof AssetsSchema>;
export type Weights = z.infer<typeof WeightsSchema>;
export type BatchEvent = z.infer<typeof BatchEventSchema>;
export type EpochEvent = z.infer<typeof EpochEventSchema>;
export type NetworkEvent = z.infer<typeof NetworkEventSchema>;
export type { BackendEvent } from '../jobs/backend-event';
export type DownloadEvent = z.infer<typeof DownloadEventSchema>;
export type TrainResult = z.infer<typeof TrainResultSchema>;
export type PredictResult = z.infer<typeof PredictResultSchema>;
export type TestDigitResult = z.infer<typeof TestDigitResultSchema>;
export type CheckShippedResult = z.infer<typeof CheckShippedResultSchema>;

const MapsSchema = z.object({ title: z.string(), height: z.int(), width: z.int(), channels: z.int(), values: z.array(z.number()) });

/** Result of `inspect`: the depthwise filter [filterHeight, filterWidth, inChannels, chMul] and three feature-map blocks. */
export const InspectResultSchema = z.object({
  source: WeightsSchema,
  label: z.int(),
  kernels: z.object({ filterHeight: z.int(), filterWidth: z.int(), inChannels: z.int(), chMul: z.int(), values: z.array(z.number()) }),
  maps: z.array(MapsSchema),
});

/** The result of `inspect`. */
export type InspectResult = z.infer<typeof InspectResultSchema>;

const download = { download: DownloadEventSchema };

/** The training worker's jobs, by name. */
export const TRAIN_JOBS = {
  /** Trains the listed networks one after the other; pause waits between batches, cancel (Stop) ends after the current batch and keeps the weights. */
  train: {
    input: TrainInputSchema, result: TrainResultSchema, failure: NO_DETAIL,
    events: { backend: BackendEventSchema, ...download, batch: BatchEventSchema, epoch: EpochEventSchema, network: NetworkEventSchema },
  },
  /** Classifies a drawn digit with every network of the chosen weights. */
  predict: { input: PredictInputSchema, result: PredictResultSchema, events: {}, failure: NO_DETAIL },
  /** One digit of the test set. */
  'test-digit': { input: TestDigitInputSchema, result: TestDigitResultSchema, events: download, failure: NO_DETAIL },
  /** The separable net's kernels and both nets' feature maps of one test digit. */
  inspect: { input: InspectInputSchema, result: InspectResultSchema, events: download, failure: NO_DETAIL },
  /** The shipped weights' test accuracy, computed in this browser. */
  'check-shipped': { input: CheckShippedInputSchema, result: CheckShippedResultSchema, events: download, failure: NO_DETAIL },
} as const satisfies JobGroup;
