// A whole network's cost, layer by layer: convolutions through the formulas of this folder, plus the
// batch normalization and dense layers a classifier adds, so a net's totals match TF.js's countParams().
import { assertExactCount, type ConvWorkload } from './layer';
import { parameterCount } from './parameters';
import { multiplyAdds } from './multiply-adds';

/** One layer of a network, with the input size it sees (convolutions as {@link ConvWorkload}s, batch 1). */
export type NetworkLayer =
  | { layer: 'conv'; workload: ConvWorkload }
  | { layer: 'batchNorm'; channels: number }
  | { layer: 'relu' }
  | { layer: 'globalAveragePool' }
  | { layer: 'dense'; inUnits: number; units: number };

/** What one network costs per image: parameters (trainable plus batch-norm statistics) and multiply-adds. */
export interface NetworkCost {
  /** Every weight TF.js stores, as countParams() counts it. */
  readonly parameters: number;
  /** Weights a gradient step changes (batch normalization's moving mean and variance excluded). */
  readonly trainableParameters: number;
  /** Multiply-adds of one forward pass on one image: convolutions and the dense layer (bias adds, normalization and pooling not counted). */
  readonly multiplyAdds: number;
}

/** The cost of one layer; batch normalization holds 4 numbers per channel, 2 of them trainable. */
export function layerCost(layer: NetworkLayer): NetworkCost {
  switch (layer.layer) {
    case 'conv': {
      const parameters = parameterCount(layer.workload);
      return { parameters, trainableParameters: parameters, multiplyAdds: multiplyAdds({ ...layer.workload, batch: 1 }) };
    }
    case 'batchNorm': return { parameters: 4 * layer.channels, trainableParameters: 2 * layer.channels, multiplyAdds: 0 };
    case 'dense': {
      const parameters = layer.inUnits * layer.units + layer.units;
      return { parameters, trainableParameters: parameters, multiplyAdds: layer.inUnits * layer.units };
    }
    default: return { parameters: 0, trainableParameters: 0, multiplyAdds: 0 };
  }
}

/** The summed cost of a network's layers. */
export function networkCost(layers: readonly NetworkLayer[]): NetworkCost {
  const total = { parameters: 0, trainableParameters: 0, multiplyAdds: 0 };
  for (const layer of layers) {
    const cost = layerCost(layer);
    total.parameters += cost.parameters;
    total.trainableParameters += cost.trainableParameters;
    total.multiplyAdds += cost.multiplyAdds;
  }
  return {
    parameters: assertExactCount('parameters', total.parameters),
    trainableParameters: assertExactCount('trainableParameters', total.trainableParameters),
    multiplyAdds: assertExactCount('multiplyAdds', total.multiplyAdds),
  };
}
