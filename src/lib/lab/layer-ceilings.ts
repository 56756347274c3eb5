// The best a kind of layer can do under one of the machine's roofs: the attainable GFLOP/s at each of its
// layers' intensities and the share of the roof's peak that is — what perfect kernels would reach, before
// any kernel is timed. The /cost/ lesson shows it for the /train/ nets' layers on the reader's own roof.
import { attainable } from './analysis';
import type { Roof } from './machine-roofs';

/** A layer to place under a roof: its label, kind and FLOP per byte. */
export interface LayerAtIntensity {
  label: string;
  kind: 'standard' | 'depthwise' | 'pointwise';
  intensity: number;
}

/** The ceiling of one kind of layer under a roof: its intensity range and what the roof allows across it. */
export interface KindCeiling {
  kind: LayerAtIntensity['kind'];
  /** Lowest and highest intensity of the kind's layers, FLOP/B. */
  intensity: [number, number];
  /** Attainable GFLOP/s at the lowest and the highest intensity. */
  gflops: [number, number];
  /** Those as shares of the roof's peak, 0–1. */
  shareOfPeak: [number, number];
  /** Whether every layer of the kind sits left of the ridge (memory-bound), right of it (compute-bound), or on both sides. */
  bound: 'memory' | 'compute' | 'both';
}

/** Each kind's ceiling under `roof`, in the order the kinds first appear in `layers`. */
export function kindCeilings(roof: Pick<Roof, 'bandwidth' | 'peak'>, layers: readonly LayerAtIntensity[]): KindCeiling[] {
  if (!(roof.bandwidth > 0) || !(roof.peak > 0)) throw new Error(`invalid roof: ${roof.bandwidth} GB/s, ${roof.peak} GFLOP/s`);
  const ridge = roof.peak / roof.bandwidth;
  const kinds = [...new Set(layers.map((layer) => layer.kind))];
  return kinds.map((kind) => {
    const values = layers.filter((layer) => layer.kind === kind).map((layer) => layer.intensity);
    const low = Math.min(...values);
    const high = Math.max(...values);
    const gflops: [number, number] = [attainable(roof, low), attainable(roof, high)];
    return {
      kind, intensity: [low, high], gflops, shareOfPeak: [gflops[0] / roof.peak, gflops[1] / roof.peak],
      bound: high < ridge ? 'memory' : low >= ridge ? 'compute' : 'both',
    };
  });
}
