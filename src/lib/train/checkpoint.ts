// The stored state of a training run between epochs (see src/workers/train/checkpoint.ts), as one schema.
import * as z from 'zod/mini';
import { RunEpochSchema } from './experiment-format';

/** One stored tensor: its name (Adam's state is matched by it), shape and values. */
export const StoredTensorSchema = z.object({ name: z.string(), shape: z.array(z.int()), values: z.array(z.number()) });

/** A run's state after its last finished epoch: the epochs so far, every batch time, model weights, optimizer state. */
export const TrainCheckpointSchema = z.object({
  epochs: z.array(RunEpochSchema),
  /** Every batch's wall time so far, in ms (the run's median is taken over all of them). */
  batchTimes: z.array(z.number()),
  /** model.getWeights(), in order (batch-norm statistics included). */
  weights: z.array(StoredTensorSchema),
  /** The optimizer's getWeights(): its step count ('iter'), then its moments. */
  optimizer: z.array(StoredTensorSchema),
});

/** One stored tensor (see {@link StoredTensorSchema}). */
export type StoredTensor = z.infer<typeof StoredTensorSchema>;
/** A run's stored state (see {@link TrainCheckpointSchema}). */
export type TrainCheckpoint = z.infer<typeof TrainCheckpointSchema>;
