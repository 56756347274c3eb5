/** Job `inspect`: the separable net's learned depthwise kernels and what both nets make of one test digit. */
import type * as TfCore from '@tensorflow/tfjs-core';
import type * as TfLayers from '@tensorflow/tfjs-layers';
import { defineJob } from '../runtime/job-host';
import type { NetworkId } from '../../lib/train/networks';
import { TRAIN_JOBS, type TrainAssets, type Weights } from '../../lib/train/protocol';
import { trainStrings } from '../../lib/strings/train';
import { loadPack } from './load-pack';
import type { TrainTf } from './build-network';

type Answering = (assets: TrainAssets, weights: Weights) => Promise<{ tf: TrainTf; source: Weights; models: Partial<Record<NetworkId, TfLayers.LayersModel>> }>;

/** One feature-map block: a [height, width, channels] activation with its title. */
interface MapsPayload { title: string; height: number; width: number; channels: number; values: number[] }

/** The activation of layer `index` of `model` for `image`, as a feature-map payload. */
async function activation(tf: TrainTf, model: TfLayers.LayersModel, index: number, image: TfCore.Tensor4D, title: string): Promise<MapsPayload> {
  const probe = tf.model({ inputs: model.inputs, outputs: model.getLayer(index).output as TfLayers.SymbolicTensor });
  const output = probe.predict(image) as TfCore.Tensor;
  const [, height, width, channels] = output.shape as [number, number, number, number];
  const values = Array.from(await output.data());
  output.dispose();
  return { title, height, width, channels, values };
}

/** Index of the `nth` (1-based) ReLU layer of a model: the output of a conv → batch norm → ReLU step. */
function reluIndex(model: TfLayers.LayersModel, nth: number): number {
  let seen = 0;
  return model.layers.findIndex((layer) => layer.getClassName() === 'ReLU' && (seen += 1) === nth);
}

/** Defines the `inspect` job over the worker's currently answering models. */
export function inspectJob(answering: Answering) {
  return defineJob(TRAIN_JOBS.inspect, async (job) => {
    const { tf, source, models: { standard, separable } } = await answering(job.input.assets, job.input.weights);
    // The page offers this only when both nets answer; a direct call without them is refused, naming the missing net.
    if (!standard || !separable) throw new Error(`invalid weights: no ${standard ? 'separable' : 'standard'} network trained on this page`);
    const data = await loadPack(job.input.assets.pack, (loaded, total) => job.emit('download', { loaded, total }));
    const { index } = job.input;
    const pixels = data.test.pixels.subarray(index * 784, (index + 1) * 784);
    const image = tf.tensor4d(Float32Array.from(pixels, (value) => value / 255), [1, 28, 28, 1]);
    try {
      const depthwise = separable.layers.find((layer) => layer.getClassName() === 'DepthwiseConv2D');
      if (!depthwise) throw new Error('the separable net has no depthwise layer');
      const [kernel] = depthwise.getWeights();
      if (!kernel) throw new Error('the depthwise layer has no weights');
      const [filterHeight, filterWidth, inChannels, chMul] = kernel.shape as [number, number, number, number];
      const kernels = { filterHeight, filterWidth, inChannels, chMul, values: Array.from(await kernel.data()) };
      const maps = [
        await activation(tf, standard, reluIndex(standard, 2), image, trainStrings.mapsStandard),
        await activation(tf, separable, reluIndex(separable, 2), image, trainStrings.mapsDepthwise),
        await activation(tf, separable, reluIndex(separable, 3), image, trainStrings.mapsPointwise),
      ];
      return { source, label: data.test.labels[index] ?? 0, kernels, maps };
    } finally {
      image.dispose();
    }
  });
}

