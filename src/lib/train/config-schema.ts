// The one schema of a training configuration (its type, TrainConfig, lives in config.ts as z.infer of it).
import * as z from 'zod/mini';

/**
 * How a training run is set up: data sizes, epochs, batch, learning-rate schedule and seed. The sizes
 * are counts from the front of each part of the experiment's split (splits.ts): training digits
 * (≤ 7,000), validation digits scored after every epoch (≤ 1,000), test digits scored once, after the
 * last epoch (≤ 2,000).
 */
export const TrainConfigSchema = z.object({
  trainCount: z.int(),
  validationCount: z.int(),
  testCount: z.int(),
  epochs: z.int(),
  batchSize: z.int(),
  /** Adam's step size in the first epoch. */
  learningRate: z.number(),
  /** Adam's step size is multiplied by this after every epoch (1: constant). */
  learningRateDecay: z.number(),
  /** Seeds the initial weights and each epoch's order of the training digits. */
  seed: z.int(),
});
