/** The worker's networks: the shipped reference weights (loaded on first use) and those trained in this page. */
import type * as TfLayers from '@tensorflow/tfjs-layers';
import type { NetworkId } from '../../lib/train/networks';
import type { TrainAssets } from '../../lib/train/protocol';
import type { TrainTf } from './build-network';

const shipped = new Map<NetworkId, Promise<TfLayers.LayersModel>>();
const trained = new Map<NetworkId, TfLayers.LayersModel>();

/** The shipped model of `id`, loaded once from the site (same origin). */
export function shippedModel(tf: TrainTf, assets: TrainAssets, id: NetworkId): Promise<TfLayers.LayersModel> {
  let model = shipped.get(id);
  if (!model) {
    model = tf.loadLayersModel(assets.models[id]);
    model.catch(() => shipped.delete(id));
    shipped.set(id, model);
  }
  return model;
}

/** Keeps a network trained here (replacing and freeing the previous one). */
export function keepTrained(id: NetworkId, model: TfLayers.LayersModel): void {
  const previous = trained.get(id);
  if (previous && previous !== model) {
    previous.optimizer?.dispose();
    previous.dispose();
  }
  trained.set(id, model);
}

/** The network trained in this page, if any. */
export function trainedModel(id: NetworkId): TfLayers.LayersModel | undefined {
  return trained.get(id);
}
