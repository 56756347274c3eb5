/** Finds the tensors (and layers) that top-level variables hold, so a run's new tensors can be split into kept and leaked. */
import type { Tf } from './tf-backend';

type Tensor = InstanceType<Tf['Tensor']>;
type Layer = InstanceType<Tf['layers']['Layer']>;

/** What a set of values holds: live tensors by id (a layer's weights included) and the layers themselves. */
export interface Held {
  tensors: Map<number, Tensor>;
  layers: Set<Layer>;
}

/** Tensors and layers reachable from `values` (arrays, maps, plain objects to depth 3, and the weights of any layer or model). */
export function heldBy(tf: Tf, values: readonly unknown[]): Held {
  const held: Held = { tensors: new Map(), layers: new Set() };
  const seen = new Set<object>();
  const visit = (value: unknown, depth: number): void => {
    if (value === null || typeof value !== 'object' || seen.has(value) || depth > 3) return;
    seen.add(value);
    if (value instanceof tf.Tensor) {
      if (!value.isDisposed) held.tensors.set(value.id, value);
      return;
    }
    // A layer (models are layers too, and so are readers' own tf.layers.Layer subclasses) owns its
    // weights however deeply they are nested inside it: count them as kept, whatever the depth.
    if (value instanceof tf.layers.Layer) {
      held.layers.add(value);
      // Not `built` alone: a tf.sequential given an inputShape owns its weights before its own build().
      for (const weight of layerWeights(value)) {
        try {
          visit(weight.read(), 0);
        } catch {
          // The reader disposed this layer's weights: nothing of it is kept.
        }
      }
      return;
    }
    const items = Array.isArray(value) ? value.slice(0, 10_000) : value instanceof Map ? [...value.values()] : Object.values(value).slice(0, 1000);
    for (const item of items) visit(item, depth + 1);
  };
  for (const value of values) visit(value, 0);
  return held;
}

/** Ids of live tensors reachable from `store` (see {@link heldBy}). */
export function keptTensorIds(tf: Tf, store: Record<string, unknown>): Set<number> {
  return new Set(heldBy(tf, Object.values(store)).tensors.keys());
}

/** A layer's weights, or none when it has not created them yet (reading them then may throw). */
function layerWeights(layer: { weights: Array<{ read(): unknown }> }): Array<{ read(): unknown }> {
  try {
    return layer.weights;
  } catch {
    return [];
  }
}
