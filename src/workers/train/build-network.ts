/**
 * Builds a /train/ network as a TF.js layers model from its one definition (src/lib/train/networks.ts),
 * with seeded initializers so a seed fixes the starting weights on every backend and machine.
 */
import type * as TfCore from '@tensorflow/tfjs-core';
import type * as TfLayers from '@tensorflow/tfjs-layers';
import type { NetworkLayer } from '../../lib/cost';
import { networkLayers, NETWORK_PLAN, type NetworkId } from '../../lib/train/networks';

/** The `tf` namespace training needs: tfjs-core ops plus tfjs-layers. */
export type TrainTf = typeof TfCore & typeof TfLayers;

/**
 * Batch normalization's moving-average momentum: 0.5, not Keras's 0.99. In a run of a few dozen batches
 * the depthwise layers' output variance halves within ten batches; measured here, at 0.9 the moving
 * statistics lagged so far that inference scored 14 % where training mode scored 63 %; at 0.5 both
 * give 61–63 %. One batch's statistics (≥ 3,136 values per channel) are steady enough for it.
 */
const BATCH_NORM_MOMENTUM = 0.5;

function makeLayer(tf: TrainTf, spec: NetworkLayer, seed: number, first: boolean): TfLayers.layers.Layer {
  const inputShape = first ? { inputShape: [NETWORK_PLAN.inHeight, NETWORK_PLAN.inWidth, NETWORK_PLAN.inChannels] } : {};
  const he = () => tf.initializers.heNormal({ seed });
  switch (spec.layer) {
    case 'conv': {
      const { workload } = spec;
      const common = { ...inputShape, strides: workload.stride as number, padding: 'same' as const, useBias: false };
      if (workload.kind === 'depthwise') {
        return tf.layers.depthwiseConv2d({ ...common, kernelSize: workload.kernelSize as number, depthMultiplier: workload.chMul ?? 1, depthwiseInitializer: he() });
      }
      return tf.layers.conv2d({ ...common, kernelSize: workload.kind === 'pointwise' ? 1 : workload.kernelSize as number, filters: workload.outChannels as number, kernelInitializer: he() });
    }
    case 'batchNorm': return tf.layers.batchNormalization({ momentum: BATCH_NORM_MOMENTUM });
    case 'relu': return tf.layers.reLU();
    case 'globalAveragePool': return tf.layers.globalAveragePooling2d({});
    case 'dense': return tf.layers.dense({ units: spec.units, activation: 'softmax', kernelInitializer: tf.initializers.glorotUniform({ seed }) });
  }
}

/**
 * The network `id` as an uncompiled sequential model, input [batch, 28, 28, 1] grey levels in 0–1,
 * output [batch, 10] class probabilities; layer k's initializer is seeded with seed · 1000 + k.
 */
export function buildNetwork(tf: TrainTf, id: NetworkId, seed: number): TfLayers.Sequential {
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`invalid seed: ${seed} (a whole number ≥ 0)`);
  const model = tf.sequential();
  networkLayers(id).forEach((spec, index) => model.add(makeLayer(tf, spec, seed * 1000 + index, index === 0)));
  return model;
}
