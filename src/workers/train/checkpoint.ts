/**
 * A run's state between epochs — every model weight (batch-norm statistics included), Adam's moments and
 * step count, the epochs so far — so a long run (the pilot, the reference) that is interrupted can go on
 * from its last finished epoch and end exactly as if it had never stopped (each epoch's digit order comes
 * from the seed and the epoch, not from the run's history).
 */
import type * as TfCore from '@tensorflow/tfjs-core';
import type * as TfLayers from '@tensorflow/tfjs-layers';
import type { StoredTensor, TrainCheckpoint } from '../../lib/train/checkpoint';
import type { RunEpoch } from '../../lib/train/experiment-format';

export type { TrainCheckpoint } from '../../lib/train/checkpoint';

async function store(tensors: { name: string; tensor: TfCore.Tensor }[]): Promise<StoredTensor[]> {
  return Promise.all(tensors.map(async ({ name, tensor }) => ({ name, shape: [...tensor.shape], values: Array.from(await tensor.data()) })));
}

/** Reads the state of `model` and its optimizer after epoch `epochs.length`. */
export async function takeCheckpoint(tf: typeof TfCore, model: TfLayers.LayersModel, epochs: readonly RunEpoch[], batchTimes: readonly number[]): Promise<TrainCheckpoint> {
  const named = await model.optimizer.getWeights();
  const optimizer = await store(named);
  // getWeights makes a fresh tensor for the step count; the moments are the optimizer's own variables.
  for (const { tensor } of named) if (!(tensor instanceof tf.Variable)) tensor.dispose();
  const weights = await store(model.getWeights().map((tensor, index) => ({ name: String(index), tensor })));
  return { epochs: [...epochs], batchTimes: [...batchTimes], weights, optimizer };
}

/** Puts a checkpoint's weights and optimizer state into a freshly built and compiled `model`. */
export async function restoreCheckpoint(tf: typeof TfCore, model: TfLayers.LayersModel, checkpoint: TrainCheckpoint): Promise<void> {
  const expected = model.getWeights().map((tensor) => tensor.shape.join('×'));
  const found = checkpoint.weights.map((weight) => weight.shape.join('×'));
  if (expected.join() !== found.join()) throw new Error(`invalid checkpoint: weights ${found.join(', ')} do not fit this network's ${expected.join(', ')}`);
  const weights = checkpoint.weights.map((weight) => tf.tensor(weight.values, weight.shape));
  model.setWeights(weights);
  tf.dispose(weights);
  const state = checkpoint.optimizer.map((weight) => ({ name: weight.name, tensor: tf.tensor(weight.values, weight.shape, weight.name === 'iter' ? 'int32' : 'float32') }));
  await model.optimizer.setWeights(state);
  tf.dispose(state.map((entry) => entry.tensor));
}
