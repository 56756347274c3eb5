/**
 * A TF.js layers model read back as the project's layer specs (src/lib/cost's NetworkLayer), so a
 * step profile can charge time to layer kinds and weigh them by multiply-adds for any sequential
 * model built from these layer classes — the /train/ nets give back exactly networkLayers(id).
 */
import type * as TfLayers from '@tensorflow/tfjs-layers';
import type { ConvWorkload, NetworkLayer } from '../../lib/cost';

type Layer = TfLayers.layers.Layer;
type Pair = number | readonly [number, number];

/** A square pair as one number (as networks.ts writes sizes), any other pair as it is. */
function size(value: unknown, name: string, layer: Layer): Pair {
  if (typeof value === 'number') return value;
  if (Array.isArray(value) && value.length === 2 && value.every((item) => typeof item === 'number')) {
    const [height, width] = value as [number, number];
    return height === width ? height : [height, width];
  }
  throw new Error(`invalid ${name} of layer ${layer.name}: ${String(value)}`);
}

/** [inHeight, inWidth, inChannels] of a layer's (single) input. */
function inputSize(layer: Layer): number[] {
  // `layer.inputShape` is undefined in tfjs-layers 4.22 for layers of a Sequential model; the input's symbolic tensor knows it.
  const { input } = layer;
  const shape = Array.isArray(input) ? undefined : input.shape;
  if (!shape || shape.slice(1).some((length) => typeof length !== 'number')) {
    throw new Error(`invalid input of layer ${layer.name}: one built input of known size is needed, got ${JSON.stringify(shape)}`);
  }
  return shape.slice(1) as number[];
}

function convWorkload(layer: Layer, config: Record<string, unknown>, depthwise: boolean): ConvWorkload {
  const [inHeight, inWidth, inChannels] = inputSize(layer) as [number, number, number];
  const kernelSize = size(config.kernelSize, 'kernelSize', layer);
  const common = { inHeight, inWidth, inChannels, stride: size(config.strides, 'strides', layer), pad: config.padding as 'same' | 'valid', bias: config.useBias === true };
  if (depthwise) return { kind: 'depthwise', kernelSize, chMul: config.depthMultiplier as number, ...common };
  if (kernelSize === 1) return { kind: 'pointwise', outChannels: config.filters as number, ...common };
  return { kind: 'standard', kernelSize, outChannels: config.filters as number, ...common };
}

/** One TF.js layer as a layer spec; throws, naming the layer, on a class a step profile does not know. */
export function layerSpecOf(layer: Layer): NetworkLayer {
  const config = layer.getConfig() as Record<string, unknown>;
  switch (layer.getClassName()) {
    case 'Conv2D': return { layer: 'conv', workload: convWorkload(layer, config, false) };
    case 'DepthwiseConv2D': return { layer: 'conv', workload: convWorkload(layer, config, true) };
    case 'BatchNormalization': return { layer: 'batchNorm', channels: inputSize(layer).at(-1)! };
    case 'ReLU': return { layer: 'relu' };
    case 'GlobalAveragePooling2D': return { layer: 'globalAveragePool' };
    case 'Dense': return { layer: 'dense', inUnits: inputSize(layer).at(-1)!, units: config.units as number };
    default: throw new Error(`invalid layer ${layer.name}: a step profile knows Conv2D, DepthwiseConv2D, BatchNormalization, ReLU, GlobalAveragePooling2D and Dense, not ${layer.getClassName()}`);
  }
}

/** Every layer of a sequential model as layer specs, in order. */
export function layerSpecsOf(model: TfLayers.LayersModel): NetworkLayer[] {
  return model.layers.map(layerSpecOf);
}
