/**
 * What a /train/ network is made of, beyond its multiply-add total: how many layers of each kind it
 * runs, how its multiply-adds split between layer kinds, and the arithmetic intensity of each of its
 * convolutions (src/lib/cost's model: fp32, each tensor moved once). The /cost/ lesson's "Why isn't
 * the separable net 7× faster?" states these numbers; a step profile measures the time beside them.
 */
import { arithmeticIntensity, layerCost, type ConvWorkload } from '../cost';
import { networkCostOf, networkLayers, type NetworkId } from './networks';
import { partOfLayer, type StepPart } from './step-profile';

/** One convolution of a network: its kind, the size of the input it sees and its FLOP per byte. */
export interface ConvolutionIntensity {
  kind: 'standard' | 'depthwise' | 'pointwise';
  /** Input height × width × channels, e.g. "14×14×16". */
  input: string;
  intensity: number;
}

/** A network's anatomy: its layers by kind, its multiply-adds by kind, and its convolutions' intensities. */
export interface NetworkAnatomy {
  network: NetworkId;
  /** Multiply-adds per image. */
  multiplyAdds: number;
  /** Layers of the model, every kind counted. */
  layers: number;
  /** Layers of each part of a training step's profile (convolutions by kind, batch norm, ReLU, pooling, dense). */
  layersOf: Partial<Record<StepPart, number>>;
  /** Each part's share of the multiply-adds, 0–1 (parts without multiply-adds are absent). */
  multiplyAddShare: Partial<Record<StepPart, number>>;
  convolutions: ConvolutionIntensity[];
}

/** The anatomy of network `id`. */
export function networkAnatomy(id: NetworkId): NetworkAnatomy {
  const layers = networkLayers(id);
  const total = networkCostOf(id).multiplyAdds;
  const layersOf: Partial<Record<StepPart, number>> = {};
  const multiplyAdds: Partial<Record<StepPart, number>> = {};
  const convolutions: ConvolutionIntensity[] = [];
  for (const layer of layers) {
    const part = partOfLayer(layer);
    layersOf[part] = (layersOf[part] ?? 0) + 1;
    const count = layerCost(layer).multiplyAdds;
    if (count > 0) multiplyAdds[part] = (multiplyAdds[part] ?? 0) + count;
    if (layer.layer === 'conv' && (part === 'standard' || part === 'depthwise' || part === 'pointwise')) {
      const workload: ConvWorkload = layer.workload;
      convolutions.push({ kind: part, input: `${workload.inHeight}×${workload.inWidth ?? workload.inHeight}×${workload.inChannels}`, intensity: arithmeticIntensity(workload) });
    }
  }
  const multiplyAddShare = Object.fromEntries(Object.entries(multiplyAdds).map(([part, count]) => [part, count / total])) as Partial<Record<StepPart, number>>;
  return { network: id, multiplyAdds: total, layers: layers.length, layersOf, multiplyAddShare, convolutions };
}

/** The lowest and highest intensity (FLOP/B) among a network's convolutions of one kind, or null when it has none. */
export function intensityRange(anatomy: NetworkAnatomy, kind: ConvolutionIntensity['kind']): [number, number] | null {
  const values = anatomy.convolutions.filter((conv) => conv.kind === kind).map((conv) => conv.intensity);
  return values.length === 0 ? null : [Math.min(...values), Math.max(...values)];
}
